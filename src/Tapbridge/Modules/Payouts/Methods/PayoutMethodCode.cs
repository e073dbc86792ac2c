using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using static Tapbridge.Platform.RuleViolationException;

namespace Tapbridge.Modules.Payouts.Methods;

/// <summary>
/// The second factor for changing where payouts go: a six-digit code mailed to the account's address, valid
/// <see cref="Lifetime"/>, used once, refused after <see cref="MaxAttempts"/> wrong tries. Only its hash is stored, in
/// the database, so any instance can check it.
/// </summary>
public sealed class PayoutMethodCode
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan ResendAfter = TimeSpan.FromMinutes(1);
    public const int MaxAttempts = 5;

    private PayoutMethodCode()
    {
    }

    public Guid UserId { get; private set; }
    public string CodeHash { get; private set; } = "";
    public DateTimeOffset SentAt { get; private set; }
    public int Attempts { get; private set; }
    public int Version { get; private set; }

    public DateTimeOffset ExpiresAt => SentAt + Lifetime;

    public static (PayoutMethodCode Code, string Digits) Issue(Guid userId, DateTimeOffset now)
    {
        var code = new PayoutMethodCode { UserId = userId };
        return (code, code.Renew(now));
    }

    /// <summary>A fresh code in place of the last one (at most one a minute).</summary>
    public string Renew(DateTimeOffset now)
    {
        Require<PayoutsRules>(CodeHash.Length == 0 || now >= SentAt + ResendAfter, "code", "Code.TooSoon");
        var digits = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        (CodeHash, SentAt, Attempts) = (Hash(digits), now, 0);
        Version++;
        return digits;
    }

    /// <summary>Counts the try; refuses a wrong, expired or exhausted code. A code that holds must then be removed (used once).</summary>
    public void Check(string? digits, DateTimeOffset now)
    {
        Require<PayoutsRules>(now < ExpiresAt, "code", "Code.Expired");
        Require<PayoutsRules>(Attempts < MaxAttempts, "code", "Code.TooManyWrong");
        Attempts++;
        Version++;
        var matches = CryptographicOperations.FixedTimeEquals(Convert.FromHexString(Hash((digits ?? "").Trim())), Convert.FromHexString(CodeHash));
        Require<PayoutsRules>(matches, "code", "Code.Wrong");
    }

    private string Hash(string digits) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{UserId:N}:{digits}")));
}
