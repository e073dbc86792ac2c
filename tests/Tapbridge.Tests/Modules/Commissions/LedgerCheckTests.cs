using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Commissions;
using Tapbridge.Platform.Data;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Modules.Commissions;

/// <summary>
/// The ledger check finds what it exists to find: an entry whose columns do not sum to zero, and a balanced entry the
/// earnings do not account for. Each tampering is undone before the test ends, and the check is clean again.
/// </summary>
public abstract class LedgerCheckTests(TapbridgeApp fixture) : AppTests(fixture)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 3, 4, 5, TimeSpan.Zero);

    [Fact]
    public async Task An_unbalanced_entry_and_a_balance_the_earnings_do_not_explain_are_reported_and_nothing_is_corrected()
    {
        (await CheckAsync()).Problems.ShouldBeEmpty();
        var creator = Guid.NewGuid();
        var unbalanced = LedgerEntry.Post($"tamper:{Guid.NewGuid()}", null, EntryKind.Adjustment, "PHP", "tampered", Now,
            [(LedgerAccount.CreatorShareExpense, null, 700), (LedgerAccount.CreatorConfirmed, creator, -700)])!;
        var unexplained = LedgerEntry.Post($"tamper:{Guid.NewGuid()}", null, EntryKind.Adjustment, "VND", "no earning behind it", Now,
            [(LedgerAccount.TikTokReceivable, null, 9_000), (LedgerAccount.CommissionRevenue, null, -9_000)])!;
        await using (var scope = App.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
            db.AddRange(unbalanced, unexplained);
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlAsync($"UPDATE ledger_entries SET \"CreatorConfirmed\" = -701 WHERE \"SourceKey\" = {unbalanced.SourceKey}");
        }

        try
        {
            var report = await CheckAsync();
            report.Balanced.ShouldBeFalse();
            report.Problems.ShouldContain($"Entry {unbalanced.SourceKey} does not balance in PHP: off by -1.");
            report.Problems.ShouldContain($"CreatorConfirmed of creator {creator} in PHP: entries sum to -701, the earnings and adjustments say 0.");
            report.Problems.ShouldContain("TikTokReceivable in VND: entries sum to 9000, the earnings and adjustments say 0.");
            report.Problems.ShouldContain("CreatorShareExpense in PHP: entries sum to 700, the earnings and adjustments say 0.");
            await using var scope = App.Scope();
            var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
            (await db.Set<LedgerEntry>().AsNoTracking().SingleAsync(e => e.SourceKey == unbalanced.SourceKey)).CreatorConfirmed.ShouldBe(-701, "the check reports; it never corrects");
        }
        finally
        {
            await using var scope = App.Scope();
            var keys = new[] { unbalanced.SourceKey, unexplained.SourceKey };
            await scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>().Set<LedgerEntry>().Where(e => keys.Contains(e.SourceKey)).ExecuteDeleteAsync();
        }

        (await CheckAsync()).Problems.ShouldBeEmpty();
    }

    private async Task<LedgerCheckReport> CheckAsync()
    {
        await using var scope = App.Scope();
        return await scope.ServiceProvider.GetRequiredService<LedgerCheck>().RunAsync(CancellationToken.None);
    }
}

public sealed class LedgerCheckTestsOnSqlite(SqliteApp app) : LedgerCheckTests(app), IClassFixture<SqliteApp>;

public sealed class LedgerCheckTestsOnPostgres(PostgresApp app) : LedgerCheckTests(app), IClassFixture<PostgresApp>;
