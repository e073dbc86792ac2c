using Tapbridge.Modules.Commissions;
using Tapbridge.Modules.Commissions.Adjustments;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Tests.Modules.Commissions;

public sealed class AdjustmentRulesTests
{
    private static readonly DateTimeOffset Posted = new(2026, 3, 18, 10, 0, 0, TimeSpan.Zero);
    private static readonly Actor Finance = new(Guid.NewGuid(), Guid.NewGuid(), OrganizationKind.Agency, "Quang Nguyen", new HashSet<string> { Roles.Finance });
    private static readonly Guid Creator = Guid.NewGuid();

    [Fact]
    public void A_positive_adjustment_is_confirmed_when_posted_as_the_agencys_expense_owed_to_the_creator()
    {
        var (adjustment, entry) = Post(50_000);
        adjustment.Stage.ShouldBe(EarningStage.Confirmed);
        (adjustment.PostedBy, adjustment.PostedByUserId, adjustment.PostedAt).ShouldBe(("Quang Nguyen", Finance.UserId, Posted));
        entry.SourceKey.ShouldBe($"adj:{adjustment.Id}");
        entry.Kind.ShouldBe(EntryKind.Adjustment);
        entry.Legs.Select(l => (l.Account, l.CreatorId, l.Amount)).ShouldBe(
            new (LedgerAccount, Guid?, long)[] { (LedgerAccount.CreatorShareExpense, null, 50_000), (LedgerAccount.CreatorConfirmed, Creator, -50_000) }, ignoreOrder: true);
        adjustment.PayDate.ShouldBe(new DateOnly(2026, 4, 25), "posted in March, it is in the payout of the cycle that closes on 1 April");
        adjustment.CycleCloseAt.ShouldBe(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.FromHours(8)));
    }

    [Fact]
    public void A_negative_adjustment_takes_back_from_the_creators_confirmed_earnings()
    {
        var (_, entry) = Post(-12_345);
        entry.Legs.Single(l => l.Account == LedgerAccount.CreatorConfirmed).Amount.ShouldBe(12_345);
        entry.Legs.Single(l => l.Account == LedgerAccount.CreatorShareExpense).Amount.ShouldBe(-12_345);
    }

    [Fact]
    public void An_adjustment_becomes_payable_at_the_cycles_cut_off_once()
    {
        var (adjustment, _) = Post(50_000);
        adjustment.Mature(new DateTimeOffset(2026, 3, 31, 15, 59, 0, TimeSpan.Zero)).ShouldBeNull();
        var payable = adjustment.Mature(new DateTimeOffset(2026, 3, 31, 16, 0, 0, TimeSpan.Zero))!;
        payable.SourceKey.ShouldBe($"adjpayable:{adjustment.Id}");
        payable.Legs.Select(l => (l.Account, l.CreatorId, l.Amount)).ShouldBe(
            new (LedgerAccount, Guid?, long)[] { (LedgerAccount.CreatorConfirmed, Creator, 50_000), (LedgerAccount.CreatorPayable, Creator, -50_000) }, ignoreOrder: true);
        (adjustment.Stage, adjustment.PayableAt).ShouldBe((EarningStage.Payable, adjustment.CycleCloseAt));
        adjustment.Mature(Posted.AddDays(60)).ShouldBeNull();
    }

    [Theory]
    [InlineData(0, "A reason of enough words.", "key", "amount")]
    [InlineData(55_000_001, "A reason of enough words.", "key", "amount")]
    [InlineData(-55_000_001, "A reason of enough words.", "key", "amount")]
    [InlineData(100, null, "key", "reason")]
    [InlineData(100, "  too short ", "key", "reason")]
    [InlineData(100, "A reason of enough words.", "", "Idempotency-Key")]
    [InlineData(100, "A reason of enough words.", "bad\nkey", "Idempotency-Key")]
    public void An_adjustment_is_refused_naming_the_field_at_fault(long amount, string? reason, string key, string field) =>
        Should.Throw<RuleViolationException>(() => CreatorAdjustment.Post(Market.Philippines, Creator, amount, reason, null, key, Finance, Posted, PayoutCalendar.Default))
            .Field.ShouldBe(field);

    [Fact]
    public void The_bound_is_about_the_same_money_in_every_currency_and_a_reason_or_reference_has_a_length()
    {
        CreatorAdjustment.MaxAmount(Market.Vietnam).ShouldBe(250_000_000);
        CreatorAdjustment.MaxAmount(Market.Philippines).ShouldBe(55_000_000);
        CreatorAdjustment.Post(Market.Vietnam, Creator, -250_000_000, "Largest clawback allowed.", null, "k", Finance, Posted, PayoutCalendar.Default).Adjustment.Amount.ShouldBe(-250_000_000);
        Should.Throw<RuleViolationException>(() => CreatorAdjustment.Post(Market.Philippines, Creator, 1, new string('x', 501), null, "k", Finance, Posted, PayoutCalendar.Default)).Field.ShouldBe("reason");
        Should.Throw<RuleViolationException>(() => CreatorAdjustment.Post(Market.Philippines, Creator, 1, "A reason of enough words.", new string('x', 101), "k", Finance, Posted, PayoutCalendar.Default)).Field.ShouldBe("reference");
        Should.Throw<RuleViolationException>(() => CreatorAdjustment.Post(Market.Philippines, Creator, 1, "A reason of enough words.", null, new string('k', 101), Finance, Posted, PayoutCalendar.Default)).Field.ShouldBe("Idempotency-Key");
    }

    [Fact]
    public void A_reversal_posts_the_opposite_amount_naming_the_original_and_is_not_reversed_itself()
    {
        var (original, _) = Post(50_000, reference: "Home Essentials PH");
        var (reversal, entry) = original.Reverse("Posted for the wrong creator.", "r1", Finance, Posted.AddDays(2), PayoutCalendar.Default);
        (reversal.Amount, reversal.ReversesId, reversal.Reference, reversal.CreatorId).ShouldBe((-50_000, original.Id, "Home Essentials PH", Creator));
        entry.Legs.Single(l => l.Account == LedgerAccount.CreatorConfirmed).Amount.ShouldBe(50_000);
        Should.Throw<RuleViolationException>(() => original.Reverse(null, "r2", Finance, Posted, PayoutCalendar.Default)).Field.ShouldBe("reason");
        Should.Throw<RuleViolationException>(() => reversal.Reverse("Undo the undo, please.", "r3", Finance, Posted, PayoutCalendar.Default)).Field.ShouldBeNull();
        reversal.IsSameReversal(original.Id, " Posted for the wrong creator. ").ShouldBeTrue();
        reversal.IsSameReversal(original.Id, "Another reason entirely.").ShouldBeFalse();
    }

    [Fact]
    public void A_repeated_request_is_recognised_only_with_the_same_payload()
    {
        var (adjustment, _) = Post(50_000, reference: " Order 5781 ");
        adjustment.IsSameRequest(Creator, "PH", 50_000, "  A reason of enough words.", "Order 5781", null).ShouldBeTrue();
        adjustment.IsSameRequest(Creator, "PH", 50_001, "A reason of enough words.", "Order 5781", null).ShouldBeFalse();
        adjustment.IsSameRequest(Guid.NewGuid(), "PH", 50_000, "A reason of enough words.", "Order 5781", null).ShouldBeFalse();
        adjustment.IsSameRequest(Creator, "PH", 50_000, "A reason of enough words.", null, null).ShouldBeFalse();
    }

    [Theory]
    [InlineData("PH", "12.34", 1_234)]
    [InlineData("PH", "-0.5", -50)]
    [InlineData("VN", "150000", 150_000)]
    public void An_amount_typed_in_the_currency_becomes_minor_units(string market, string typed, long minor) =>
        CreatorAdjustments.MinorUnits(Market.Get(market), decimal.Parse(typed, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(minor);

    [Theory]
    [InlineData("PH", "12.345")]
    [InlineData("VN", "1000.5")]
    public void An_amount_with_more_decimals_than_the_currency_is_refused(string market, string typed) =>
        Should.Throw<RuleViolationException>(() => CreatorAdjustments.MinorUnits(Market.Get(market), decimal.Parse(typed, System.Globalization.CultureInfo.InvariantCulture))).Field.ShouldBe("amount");

    [Fact]
    public void Header_and_body_keys_must_agree_when_both_are_sent()
    {
        CreatorAdjustments.Key("k1", null).ShouldBe("k1");
        CreatorAdjustments.Key(null, "k2").ShouldBe("k2");
        CreatorAdjustments.Key("k3", " k3 ").ShouldBe("k3");
        Should.Throw<RuleViolationException>(() => CreatorAdjustments.Key("k1", "k2")).Field.ShouldBe("Idempotency-Key");
    }

    private static (CreatorAdjustment Adjustment, LedgerEntry Entry) Post(long amount, string? reference = null) =>
        CreatorAdjustment.Post(Market.Philippines, Creator, amount, "A reason of enough words.", reference, Guid.NewGuid().ToString("N"), Finance, Posted, PayoutCalendar.Default);
}
