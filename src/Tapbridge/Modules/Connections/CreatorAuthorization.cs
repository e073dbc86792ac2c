using Tapbridge.TikTokShop.Auth;

namespace Tapbridge.Modules.Connections;

/// <summary>
/// A creator's authorization of the app in TikTok (creator token, user type 1): the TikTok account it belongs to and
/// its tokens, encrypted. Lets Tapbridge prove the handle and read the creator's Showcase.
/// </summary>
internal sealed class CreatorAuthorization
{
    private CreatorAuthorization()
    {
    }

    public Guid CreatorId { get; private set; }
    public string OpenId { get; private set; } = "";
    public string Username { get; private set; } = "";
    public string ProtectedAccessToken { get; private set; } = "";
    public DateTimeOffset? AccessTokenExpiresAt { get; private set; }
    public string ProtectedRefreshToken { get; private set; } = "";
    public DateTimeOffset? RefreshTokenExpiresAt { get; private set; }
    public string GrantedScopes { get; private set; } = "";
    public DateTimeOffset AuthorizedAt { get; private set; }
    public bool Revoked { get; private set; }

    public static CreatorAuthorization Create(Guid creatorId) => new() { CreatorId = creatorId };

    public void Authorize(TikTokShopToken token, Func<string, string> protect, DateTimeOffset now)
    {
        (OpenId, Username, AuthorizedAt, Revoked) = (token.OpenId, token.SellerName, now, false);
        Store(token, protect);
    }

    public void Store(TikTokShopToken token, Func<string, string> protect)
    {
        ProtectedAccessToken = protect(token.AccessToken);
        AccessTokenExpiresAt = token.AccessTokenExpiresAt;
        ProtectedRefreshToken = protect(token.RefreshToken);
        RefreshTokenExpiresAt = token.RefreshTokenExpiresAt;
        GrantedScopes = string.Join(' ', token.GrantedScopes);
    }

    public void Revoke() => Revoked = true;

    /// <summary>Refreshed a day ahead, so a call never starts with a token about to lapse.</summary>
    public bool DueAt(DateTimeOffset now) => AccessTokenExpiresAt is { } expires && expires - now < TimeSpan.FromDays(1);
}
