using TikTokShopSandbox.World;

namespace TikTokShopSandbox.Auth;

/// <summary>Who consents: the partner, a seller (all of its shops) or a creator.</summary>
internal sealed record Subject(int UserType, Partner? Partner, Seller? Seller, Creator? Creator)
{
    public string OpenId => Partner?.OpenId ?? Seller?.OpenId ?? Creator!.OpenId;

    public string Name => Partner?.Name ?? Seller?.Name ?? Creator!.Username;

    public string BaseRegion => Partner?.BaseRegion ?? Seller?.BaseRegion ?? Creator!.Market;
}

/// <summary>One completed consent: its scopes, refresh token and every access token issued from it.</summary>
internal sealed class Grant
{
    public required Subject Subject { get; init; }

    public required IReadOnlyList<string> Scopes { get; init; }

    public required string RefreshToken { get; init; }

    public required long RefreshExpiresAt { get; init; }

    public bool Revoked { get; set; }

    public int UserType => Subject.UserType;

    public bool Has(string scope) => Scopes.Contains(scope, StringComparer.Ordinal);
}

internal sealed record AccessToken(string Value, Grant Grant, long ExpiresAt);

internal sealed class AuthCode
{
    public required string Value { get; init; }

    public required Subject Subject { get; init; }

    public required IReadOnlyList<string> Scopes { get; init; }

    public required long ExpiresAt { get; init; }

    public bool Used { get; set; }
}
