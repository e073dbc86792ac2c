using Tapbridge.Modules.Commissions;
using Tapbridge.Modules.Orders;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Tests.Modules.Commissions;

public sealed class CommissionRulesTests
{
    private static readonly DateTimeOffset Ordered = new(2026, 3, 2, 3, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(12_345, 1000, 1_235)]
    [InlineData(12_344, 1000, 1_234)]
    [InlineData(5, 5000, 3)]
    [InlineData(-5, 5000, -3)]
    [InlineData(129_000, 1250, 16_125)]
    public void A_rate_rounds_half_away_from_zero_to_a_minor_unit(long amount, int rate, long expected) =>
        Rates.Apply(amount, rate).ShouldBe(expected);

    [Fact]
    public void Earnings_confirmed_in_March_are_paid_on_25_April_and_the_cycle_closes_at_midnight_in_market_time()
    {
        var ph = Market.Philippines;
        var march = new DateTimeOffset(2026, 3, 18, 10, 0, 0, TimeSpan.Zero);
        PayoutCalendar.Default.PayDateFor(march, ph).ShouldBe(new DateOnly(2026, 4, 25));
        PayoutCalendar.Default.CutOffAfter(march, ph).ShouldBe(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.FromHours(8)));
        // 31 March 17:00 UTC is already 1 April in Manila: the next cycle.
        PayoutCalendar.Default.PayDateFor(new DateTimeOffset(2026, 3, 31, 17, 0, 0, TimeSpan.Zero), ph).ShouldBe(new DateOnly(2026, 5, 25));
    }

    [Fact]
    public void The_next_payout_is_this_months_25th_until_it_passes()
    {
        PayoutCalendar.Default.NextPayDate(new DateTimeOffset(2026, 12, 1, 18, 0, 0, TimeSpan.Zero), Market.Philippines).ShouldBe(new DateOnly(2026, 12, 25));
        PayoutCalendar.Default.NextPayDate(new DateTimeOffset(2026, 12, 25, 15, 0, 0, TimeSpan.Zero), Market.Philippines).ShouldBe(new DateOnly(2026, 12, 25));
        PayoutCalendar.Default.NextPayDate(new DateTimeOffset(2026, 12, 25, 16, 30, 0, TimeSpan.Zero), Market.Philippines).ShouldBe(new DateOnly(2027, 1, 25));
    }

    [Fact]
    public void An_earning_waits_for_delivery_then_the_hold_then_confirms_then_becomes_payable_at_the_cut_off()
    {
        var creator = Guid.NewGuid();
        var earning = LineEarning.For(Facts(creator, delivered: null));
        earning.Apply(Facts(creator, delivered: null), _ => new ShareRate(2000, "test"), 14, "v1", "first", Ordered).ShouldHaveSingleItem();
        earning.Share.ShouldBe(2_000);
        earning.Hold(Ordered).ShouldStartWith("Not delivered yet");
        earning.Mature(PayoutCalendar.Default, Ordered.AddDays(30)).ShouldBeNull();

        var delivered = Ordered.AddDays(3);
        earning.Apply(Facts(creator, delivered), _ => throw new InvalidOperationException("the rate is fixed once the creator is known"), 14, "v2", "delivered", delivered);
        earning.Mature(PayoutCalendar.Default, delivered.AddDays(13)).ShouldBeNull();
        earning.Hold(delivered.AddDays(13))!.ShouldStartWith("In the hold after delivery");

        var confirmed = earning.Mature(PayoutCalendar.Default, delivered.AddDays(14))!;
        earning.Stage.ShouldBe(EarningStage.Confirmed);
        confirmed.Legs.Single(l => l.Account == LedgerAccount.CreatorPending).Amount.ShouldBe(2_000);
        confirmed.Legs.Single(l => l.Account == LedgerAccount.CreatorConfirmed).Amount.ShouldBe(-2_000);
        earning.PayDate.ShouldBe(new DateOnly(2026, 4, 25));

        earning.Mature(PayoutCalendar.Default, new DateTimeOffset(2026, 3, 31, 15, 59, 0, TimeSpan.Zero)).ShouldBeNull();
        earning.Mature(PayoutCalendar.Default, new DateTimeOffset(2026, 3, 31, 16, 0, 0, TimeSpan.Zero)).ShouldNotBeNull();
        earning.Stage.ShouldBe(EarningStage.Payable);
    }

    [Fact]
    public void A_return_after_confirmation_reverses_from_the_confirmed_account_and_a_cancellation_voids_the_share()
    {
        var creator = Guid.NewGuid();
        var delivered = Ordered.AddDays(2);
        var earning = LineEarning.For(Facts(creator, delivered));
        earning.Apply(Facts(creator, delivered), _ => new ShareRate(1000, "test"), 14, "v1", "first", Ordered);
        earning.Mature(PayoutCalendar.Default, delivered.AddDays(15));
        var half = earning.Apply(Facts(creator, delivered, partner: 5_000), _ => new ShareRate(1000, "test"), 14, "v2", "half returned", delivered.AddDays(16)).Single();
        half.Legs.Single(l => l.Account == LedgerAccount.CreatorConfirmed).Amount.ShouldBe(500);
        half.Legs.Single(l => l.Account == LedgerAccount.TikTokReceivable).Amount.ShouldBe(-5_000);
        half.Legs.Sum(l => l.Amount).ShouldBe(0);

        var voided = earning.Apply(Facts(creator, delivered, partner: 0, voidReason: "Returned in full"), _ => new ShareRate(1000, "test"), 14, "v3", "all returned", delivered.AddDays(17)).Single();
        earning.Stage.ShouldBe(EarningStage.Void);
        voided.Legs.Single(l => l.Account == LedgerAccount.CreatorConfirmed).Amount.ShouldBe(500);
        earning.Share.ShouldBe(0);
    }

    [Fact]
    public void Frozen_or_disputed_earnings_do_not_confirm_and_unattributed_ones_have_no_share()
    {
        var creator = Guid.NewGuid();
        var delivered = Ordered.AddDays(2);
        var frozen = LineEarning.For(Facts(creator, delivered));
        frozen.Apply(Facts(creator, delivered) with { Frozen = true }, _ => new ShareRate(1000, "test"), 14, "v1", "", Ordered);
        frozen.Mature(PayoutCalendar.Default, delivered.AddDays(40)).ShouldBeNull();
        frozen.Hold(delivered.AddDays(40))!.ShouldContain("Frozen");

        var disputed = LineEarning.For(Facts(creator, delivered));
        disputed.Apply(Facts(creator, delivered) with { OpenRequest = "Return requested by the buyer" }, _ => new ShareRate(1000, "test"), 14, "v1", "", Ordered);
        disputed.Mature(PayoutCalendar.Default, delivered.AddDays(40)).ShouldBeNull();

        var nobody = LineEarning.For(Facts(null, delivered));
        nobody.Apply(Facts(null, delivered), _ => throw new InvalidOperationException(), 14, "v1", "", Ordered).Single().Legs.ShouldNotContain(l => l.Account == LedgerAccount.CreatorPending);
        nobody.Receivable.ShouldBe(10_000);
        nobody.Mature(PayoutCalendar.Default, delivered.AddDays(40)).ShouldBeNull();
    }

    [Fact]
    public void An_earning_held_past_its_hold_confirms_as_of_the_day_the_hold_lifted()
    {
        var creator = Guid.NewGuid();
        var delivered = Ordered.AddDays(2);
        var earning = LineEarning.For(Facts(creator, delivered));
        earning.Apply(Facts(creator, delivered) with { Frozen = true }, _ => new ShareRate(1000, "test"), 14, "v1", "", Ordered);
        var released = new DateTimeOffset(2026, 4, 3, 2, 0, 0, TimeSpan.Zero);
        earning.Apply(Facts(creator, delivered), _ => new ShareRate(1000, "test"), 14, "v2", "released", released);
        earning.Mature(PayoutCalendar.Default, released.AddHours(1)).ShouldNotBeNull();
        earning.ConfirmedAt.ShouldBe(released);
        earning.PayDate.ShouldBe(new DateOnly(2026, 5, 25), "held through March, it belongs to April's cycle, not to the one its delivery date would have given");
    }

    [Fact]
    public void A_line_given_to_another_creator_posts_one_entry_per_creator_each_balanced()
    {
        var (former, next) = (Guid.NewGuid(), Guid.NewGuid());
        var delivered = Ordered.AddDays(2);
        var earning = LineEarning.For(Facts(former, delivered));
        earning.Apply(Facts(former, delivered), _ => new ShareRate(1000, "test"), 14, "v1", "first", Ordered);
        var entries = earning.Apply(Facts(next, delivered), _ => new ShareRate(2000, "test"), 14, "v2", "assigned", delivered);

        entries.Select(e => (e.SourceKey, e.CreatorId)).ShouldBe([("v2:from", former), ("v2", next)]);
        entries.ShouldAllBe(e => e.Legs.Sum(l => l.Amount) == 0);
        entries[0].Amount(LedgerAccount.CreatorPending).ShouldBe(1_000, "the former creator's share is taken back");
        entries[0].Amount(LedgerAccount.TikTokPaidCreatorCommission).ShouldBe(-4_000);
        entries[0].Amount(LedgerAccount.TikTokReceivable).ShouldBe(0);
        entries[1].Amount(LedgerAccount.CreatorPending).ShouldBe(-2_000);
        entries[1].Amount(LedgerAccount.TikTokPaidCreatorCommission).ShouldBe(4_000);
        (earning.ShareCreatorId, earning.MemoCreatorId, earning.Share).ShouldBe((next, next, 2_000));

        var unmatched = LineEarning.For(Facts(null, delivered));
        unmatched.Apply(Facts(null, delivered), _ => throw new InvalidOperationException(), 14, "v1", "first", Ordered).Single().Amount(LedgerAccount.TikTokPaidCreatorCommission).ShouldBe(4_000);
        var assigned = unmatched.Apply(Facts(next, delivered), _ => new ShareRate(1000, "test"), 14, "v2", "assigned by staff", delivered);
        assigned.Select(e => (e.CreatorId, e.Amount(LedgerAccount.TikTokPaidCreatorCommission))).ShouldBe([(null, -4_000), (next, 4_000)], "what TikTok paid nobody known moves to the creator");
    }

    [Fact]
    public void An_entry_that_does_not_balance_or_mixes_creators_is_refused()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        Should.Throw<InvalidOperationException>(() => LedgerEntry.Post("k", null, EntryKind.LineUpdate, "PHP", "", Ordered, [(LedgerAccount.TikTokReceivable, null, 5)]));
        Should.Throw<InvalidOperationException>(() => LedgerEntry.Post("k", null, EntryKind.LineUpdate, "PHP", "", Ordered, [(LedgerAccount.CreatorPending, a, 5), (LedgerAccount.CreatorPending, b, -5)]));
        Should.Throw<InvalidOperationException>(() => LedgerEntry.Post("k", null, EntryKind.LineUpdate, "PHP", "", Ordered, [(LedgerAccount.TikTokPaidCreatorCommission, null, 5), (LedgerAccount.TikTokPaidCreatorCommission, a, -5)]));
        Should.Throw<InvalidOperationException>(() => LedgerEntry.Post("k", null, EntryKind.LineUpdate, "PHP", "", Ordered, [(LedgerAccount.CreatorPending, a, 5), (LedgerAccount.CreatorShareExpense, a, -5)]));
        LedgerEntry.Post("k", null, EntryKind.LineUpdate, "PHP", "", Ordered, [(LedgerAccount.TikTokReceivable, null, 0)]).ShouldBeNull();
    }

    private static LineFacts Facts(Guid? creator, DateTimeOffset? delivered, long partner = 10_000, string? voidReason = null) =>
        new(Guid.Parse("0197a000-0000-7000-8000-000000000001"), "PH", "PHP", creator, null, partner, 4_000, voidReason, false, null, Ordered, delivered);
}
