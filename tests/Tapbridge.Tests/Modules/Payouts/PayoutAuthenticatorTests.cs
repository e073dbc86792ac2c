using OtpNet;
using Tapbridge.Modules.Payouts.Methods;
using Tapbridge.Platform;

namespace Tapbridge.Tests.Modules.Payouts;

/// <summary>The authenticator app's rules: on after a first code, each code once, a step early or late, locked after five wrong ones.</summary>
public sealed class PayoutAuthenticatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_code_turns_it_on_and_each_code_is_accepted_once()
    {
        var (authenticator, secret) = Started(out var totp);
        Should.Throw<RuleViolationException>(() => authenticator.Check(totp.ComputeTotp(Now.UtcDateTime), s => s, Now)).Message.ShouldContain("No authenticator app is on");
        authenticator.Confirm(totp.ComputeTotp(Now.UtcDateTime), s => s, Now);
        authenticator.Enabled.ShouldBeTrue();
        secret.Length.ShouldBe(32);
        var next = Now.AddSeconds(30);
        authenticator.Check(totp.ComputeTotp(next.UtcDateTime), s => s, next);
        Should.Throw<RuleViolationException>(() => authenticator.Check(totp.ComputeTotp(next.UtcDateTime), s => s, next.AddSeconds(5))).Message.ShouldContain("already used");
        Should.Throw<RuleViolationException>(() => authenticator.Restart(s => s, next)).Message.ShouldContain("turn it off first");
    }

    [Fact]
    public void A_code_a_step_late_holds_and_two_steps_late_does_not()
    {
        var (authenticator, _) = Started(out var totp);
        authenticator.Confirm(totp.ComputeTotp(Now.UtcDateTime), s => s, Now);
        var later = Now.AddSeconds(60);
        Should.Throw<RuleViolationException>(() => authenticator.Check(totp.ComputeTotp(Now.AddSeconds(-1).UtcDateTime), s => s, later.AddSeconds(10)));
        authenticator.Check(totp.ComputeTotp(later.AddSeconds(-30).UtcDateTime), s => s, later.AddSeconds(10));
    }

    [Fact]
    public void Five_wrong_codes_lock_it_for_a_quarter_of_an_hour()
    {
        var (authenticator, _) = Started(out var totp);
        authenticator.Confirm(totp.ComputeTotp(Now.UtcDateTime), s => s, Now);
        var at = Now.AddMinutes(5);
        for (var i = 0; i < PayoutAuthenticator.MaxAttempts; i++)
        {
            Should.Throw<RuleViolationException>(() => authenticator.Check("12345", s => s, at)).Field.ShouldBe("code");
        }

        Should.Throw<RuleViolationException>(() => authenticator.Check(totp.ComputeTotp(at.UtcDateTime), s => s, at)).Message.ShouldContain("Too many wrong codes");
        var after = at + PayoutAuthenticator.Lockout;
        authenticator.Check(totp.ComputeTotp(after.UtcDateTime), s => s, after);
    }

    private static (PayoutAuthenticator Authenticator, string Secret) Started(out Totp totp)
    {
        var started = PayoutAuthenticator.Start(Guid.NewGuid(), s => s, Now);
        totp = new Totp(Base32Encoding.ToBytes(started.Secret));
        return started;
    }
}
