using Tapbridge.Platform;
using Tapbridge.Platform.Security;

namespace Tapbridge.Modules.Accounts.ApiTokens;

/// <summary>A personal API token. Only its SHA-256 hash is stored; the secret is shown once, when it is issued.</summary>
internal sealed class ApiToken
{
    public const string SecretPrefix = "tbk_";
    public const int MaxNameLength = 80;
    private static readonly TimeSpan UsageResolution = TimeSpan.FromMinutes(1);

    private ApiToken()
    {
    }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public string Name { get; private set; } = "";
    public string Hint { get; private set; } = "";
    public string Hash { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ExpiresAt { get; private set; }
    public DateTimeOffset? LastUsedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    public static (ApiToken Token, string Secret) Issue(Guid userId, string name, int? expiresInDays, DateTimeOffset now)
    {
        name = name.Trim();
        if (name.Length is 0 or > MaxNameLength)
        {
            throw RuleViolationException.Say<AccountsRules>("ApiToken.NameLength", "name", MaxNameLength);
        }

        if (expiresInDays is < 1 or > 366)
        {
            throw RuleViolationException.Say<AccountsRules>("ApiToken.Expiry", "expiresInDays");
        }

        var secret = SecretPrefix + OpaqueToken.New();
        var token = new ApiToken
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            Name = name,
            Hint = secret[..(SecretPrefix.Length + 6)],
            Hash = HashOf(secret),
            CreatedAt = now,
            ExpiresAt = expiresInDays is { } days ? now.AddDays(days) : null,
        };
        return (token, secret);
    }

    public static string HashOf(string secret) => OpaqueToken.Hash(secret);

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);

    public void Revoke(DateTimeOffset now)
    {
        if (RevokedAt is not null)
        {
            throw RuleViolationException.Say<AccountsRules>("ApiToken.AlreadyRevoked", null);
        }

        RevokedAt = now;
    }

    /// <summary>Whether a use now should be written; per-request writes would make every API call a write.</summary>
    public bool UsageIsStale(DateTimeOffset now) => LastUsedAt is null || now - LastUsedAt >= UsageResolution;
}
