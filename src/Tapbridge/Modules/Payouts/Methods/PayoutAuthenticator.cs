using OtpNet;
using static Tapbridge.Platform.RuleViolationException;

namespace Tapbridge.Modules.Payouts.Methods;

/// <summary>
/// An authenticator app (TOTP, RFC 6238: six digits, 30 seconds) as the second factor for changing where payouts go,
/// in place of the mailed code. The shared secret is kept encrypted; it is on once the creator typed a code from the
/// app. A code is accepted once (its time step is remembered, so a code seen over a shoulder cannot be replayed),
/// one step early or late; five wrong codes lock it for <see cref="Lockout"/>.
/// </summary>
internal sealed class PayoutAuthenticator
{
    public const int MaxAttempts = 5;
    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);
    private static readonly VerificationWindow Window = new(previous: 1, future: 1);

    private PayoutAuthenticator()
    {
    }

    public Guid UserId { get; private set; }
    public string ProtectedSecret { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? EnabledAt { get; private set; }
    public long LastTimeStep { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset? LockedUntil { get; private set; }
    public int Version { get; private set; }

    public bool Enabled => EnabledAt is not null;

    /// <summary>A new secret waiting for its first code; returns it in Base32 for the app.</summary>
    public static (PayoutAuthenticator Authenticator, string Secret) Start(Guid userId, Func<string, string> protect, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(protect);
        var authenticator = new PayoutAuthenticator { UserId = userId };
        return (authenticator, authenticator.Restart(protect, now));
    }

    /// <summary>Replaces a secret never confirmed (the creator scanned it on another phone, or lost it half-way).</summary>
    public string Restart(Func<string, string> protect, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(protect);
        Require<PayoutsRules>(!Enabled, "code", "Authenticator.AlreadyOnMove");
        var secret = Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));
        (ProtectedSecret, CreatedAt, LastTimeStep, Attempts, LockedUntil) = (protect(secret), now, 0, 0, null);
        Version++;
        return secret;
    }

    /// <summary>The first code from the app turns it on.</summary>
    public void Confirm(string? code, Func<string, string> unprotect, DateTimeOffset now)
    {
        Require<PayoutsRules>(!Enabled, "code", "Authenticator.AlreadyOn");
        Verify(code, unprotect, now);
        EnabledAt = now;
    }

    /// <summary>Counts the try; refuses a wrong, reused or locked code. Save it whether it held or not.</summary>
    public void Check(string? code, Func<string, string> unprotect, DateTimeOffset now)
    {
        Require<PayoutsRules>(Enabled, "code", "Authenticator.OffUseMail");
        Verify(code, unprotect, now);
    }

    private void Verify(string? code, Func<string, string> unprotect, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(unprotect);
        Require<PayoutsRules>(LockedUntil is not { } until || now >= until, "code", "Authenticator.LockedOut");
        Version++;
        var digits = new string((code ?? "").Where(char.IsAsciiDigit).ToArray());
        var totp = new Totp(Base32Encoding.ToBytes(unprotect(ProtectedSecret)));
        if (digits.Length == 6 && totp.VerifyTotp(now.UtcDateTime, digits, out var step, Window))
        {
            Require<PayoutsRules>(step > LastTimeStep, "code", "Authenticator.CodeUsed");
            (LastTimeStep, Attempts, LockedUntil) = (step, 0, null);
            return;
        }

        Attempts++;
        if (Attempts >= MaxAttempts)
        {
            (Attempts, LockedUntil) = (0, now + Lockout);
        }

        throw Say<PayoutsRules>("Authenticator.WrongCode", "code");
    }
}
