using System.Linq.Expressions;
using Tapbridge.Modules.Commissions;

namespace Tapbridge.Tests.Modules.Commissions;

/// <summary>The chart lists every account once with a column of its own, so posting, legs and the check cover them all.</summary>
public sealed class ChartOfAccountsTests
{
    [Fact]
    public void Every_account_is_in_the_chart_once_and_every_amount_column_of_an_entry_is_an_account()
    {
        ChartOfAccounts.All.Select(a => a.Account).ShouldBe(Enum.GetValues<LedgerAccount>(), "in the enum's order, each once");
        var columns = ChartOfAccounts.All.Select(a => ((MemberExpression)a.Column.Body).Member.Name).ToList();
        columns.ShouldBeUnique();
        typeof(LedgerEntry).GetProperties().Where(p => p.PropertyType == typeof(long)).Select(p => p.Name).ShouldBe(columns, ignoreOrder: true);
    }

    [Fact]
    public void A_posted_entry_reads_back_each_leg_from_its_account_s_column()
    {
        var creator = Guid.NewGuid();
        var entry = LedgerEntry.Post("test:1", null, EntryKind.Adjustment, "PHP", "Test", DateTimeOffset.UnixEpoch,
        [
            (LedgerAccount.CreatorShareExpense, null, 700), (LedgerAccount.CreatorConfirmed, creator, -500), (LedgerAccount.CreatorConfirmed, creator, -200),
            (LedgerAccount.TikTokPaidCreatorCommission, creator, 90), (LedgerAccount.TikTokPaidCreatorCommissionContra, null, -90),
        ])!;

        (entry.CreatorShareExpense, entry.CreatorConfirmed, entry.TikTokPaidCreatorCommission, entry.TikTokPaidCreatorCommissionContra).ShouldBe((700, -700, 90, -90));
        entry.Legs.ShouldBe(
        [
            new LedgerLeg(LedgerAccount.CreatorShareExpense, null, 700), new LedgerLeg(LedgerAccount.CreatorConfirmed, creator, -700),
            new LedgerLeg(LedgerAccount.TikTokPaidCreatorCommission, creator, 90), new LedgerLeg(LedgerAccount.TikTokPaidCreatorCommissionContra, null, -90),
        ]);
        ChartOfAccounts.Unbalanced.Compile()(entry).ShouldBeFalse();
        Should.Throw<InvalidOperationException>(() => LedgerEntry.Post("test:2", null, EntryKind.Adjustment, "PHP", "Test", DateTimeOffset.UnixEpoch,
            [(LedgerAccount.CommissionRevenue, creator, -5), (LedgerAccount.TikTokReceivable, null, 5)])).Message.ShouldContain("agency account a creator");
    }
}
