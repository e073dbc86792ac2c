using Tapbridge.Modules.Payouts.Methods;
using Tapbridge.Platform;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Tests.Modules.Payouts;

/// <summary>A payout method's rules: the account checked and kept only encrypted, holder names matched, a change held, codes used once.</summary>
public sealed class PayoutMethodRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 4, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Hold = TimeSpan.FromHours(72);

    [Theory]
    [InlineData("SANTOS, MARIA", "Maria Santos", true)]
    [InlineData("Nguyễn Văn An", "NGUYEN VAN AN", true)]
    [InlineData("Trần Bảo", "Bao Tran", true)]
    [InlineData("Đặng Thu", "dang thu", true)]
    [InlineData("Maria S.", "Maria Santos", false)]
    [InlineData("Maria Dela Cruz Santos", "Maria Dela Cruz", false)]
    [InlineData("Ramon Garcia", "Joy Garcia", false)]
    public void A_holder_name_matches_the_name_on_record_in_any_order_case_and_accents(string holder, string onRecord, bool matches) =>
        HolderNames.Match(holder, onRecord).ShouldBe(matches);

    [Fact]
    public void The_account_number_is_stored_only_encrypted_and_shown_as_its_last_four_digits()
    {
        string? protectedInput = null;
        var method = PayoutMethod.Add(Guid.NewGuid(), Market.Philippines, "Maria Dela Cruz", "gcash", " Maria Dela Cruz ", "0917-123 4567", s => { protectedInput = s; return "cipher"; }, false, Hold, Now);
        protectedInput.ShouldBe("09171234567");
        (method.ProtectedAccountNumber, method.MaskedAccountNumber, method.ProviderCode, method.Kind, method.HolderName).ShouldBe(("cipher", "••••4567", "GCASH", PayoutMethodKind.EWallet, "Maria Dela Cruz"));
        (method.Status, method.UsableFrom, method.Hold(Now)).ShouldBe((PayoutMethodStatus.Active, Now, null), "a first method is usable at once");
    }

    [Theory]
    [InlineData("BDO", "12345abc901", "accountNumber")]
    [InlineData("BDO", "123456789", "accountNumber")]
    [InlineData("BDO", "1234567890123", "accountNumber")]
    [InlineData("MOMO", "0903123456", "provider")]
    [InlineData("", "0903123456", "provider")]
    public void A_wrong_account_is_refused_naming_the_field_without_repeating_the_number(string provider, string number, string field)
    {
        var e = Should.Throw<RuleViolationException>(() => PayoutMethod.Add(Guid.NewGuid(), Market.Philippines, "Maria", provider, "Maria", number, s => s, false, Hold, Now));
        e.Field.ShouldBe(field);
        e.Message.ShouldNotContain(number);
        e.Message.ShouldNotContain(number[^4..]);
    }

    [Fact]
    public void A_holder_name_is_required()
    {
        Should.Throw<RuleViolationException>(() => PayoutMethod.Add(Guid.NewGuid(), Market.Vietnam, "An Le", "MOMO", " ", "0903123456", s => s, false, Hold, Now)).Field.ShouldBe("holderName");
    }

    [Fact]
    public void A_method_that_replaces_another_is_held_for_the_hours_configured()
    {
        var first = PayoutMethod.Add(Guid.NewGuid(), Market.Thailand, "Ploy Sukjai", "KBANK", "Ploy Sukjai", "7412039981", s => s, false, Hold, Now.AddDays(-30));
        var second = PayoutMethod.Add(first.CreatorId, Market.Thailand, "Ploy Sukjai", "PROMPTPAY", "Ploy Sukjai", "0812345678", s => s, true, Hold, Now);
        first.Replace(Now);
        (first.Status, first.EndedAt, first.IsCurrent).ShouldBe((PayoutMethodStatus.Replaced, Now, false));
        first.Hold(Now).ShouldNotBeNull();
        second.UsableFrom.ShouldBe(Now + Hold);
        second.Hold(Now.AddHours(71)).ShouldNotBeNull().ShouldContain("5 Dec 2026, 11:00");
        second.Hold(Now + Hold).ShouldBeNull();
        Should.Throw<RuleViolationException>(() => first.Replace(Now));
    }

    [Fact]
    public void A_holder_name_that_differs_waits_for_staff_who_accept_it_or_refuse_it_with_a_reason()
    {
        PayoutMethod Joy() => PayoutMethod.Add(Guid.NewGuid(), Market.Philippines, "Joy Garcia", "GCASH", "Ramon Garcia", "09175550123", s => s, false, Hold, Now);
        var accepted = Joy();
        accepted.Status.ShouldBe(PayoutMethodStatus.NeedsReview);
        accepted.Hold(Now).ShouldNotBeNull();
        accepted.Review(true, null, "Finance", Now);
        (accepted.Status, accepted.Hold(Now), accepted.ReviewedBy).ShouldBe((PayoutMethodStatus.Active, null, "Finance"));
        Should.Throw<RuleViolationException>(() => accepted.Review(true, null, "Finance", Now), "only a waiting method is reviewed");

        var refused = Joy();
        Should.Throw<RuleViolationException>(() => refused.Review(false, "no", "Finance", Now)).Field.ShouldBe("note");
        refused.Review(false, "The GCash account is your husband's; add one in your own name.", "Finance", Now);
        (refused.Status, refused.EndedAt).ShouldBe((PayoutMethodStatus.Rejected, Now));
        refused.Hold(Now).ShouldNotBeNull().ShouldContain("your husband's");
    }

    [Fact]
    public void A_code_holds_once_for_ten_minutes_and_five_wrong_tries_use_it_up()
    {
        var (code, digits) = PayoutMethodCode.Issue(Guid.NewGuid(), Now);
        digits.Length.ShouldBe(6);
        code.CodeHash.ShouldNotContain(digits);
        var wrong = digits == "000000" ? "111111" : "000000";
        for (var i = 0; i < PayoutMethodCode.MaxAttempts; i++)
        {
            Should.Throw<RuleViolationException>(() => code.Check(wrong, Now)).Field.ShouldBe("code");
        }

        Should.Throw<RuleViolationException>(() => code.Check(digits, Now)).Message.ShouldContain("Too many");
        Should.Throw<RuleViolationException>(() => code.Renew(Now.AddSeconds(30)), "at most one code a minute");
        var renewed = code.Renew(Now.AddMinutes(1));
        Should.Throw<RuleViolationException>(() => code.Check(renewed, Now.AddMinutes(11))).Message.ShouldContain("expired");
        code.Check(renewed, Now.AddMinutes(10).AddSeconds(-1));
    }
}
