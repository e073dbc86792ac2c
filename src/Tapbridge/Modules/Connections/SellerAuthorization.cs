using Tapbridge.TikTokShop.Auth;

namespace Tapbridge.Modules.Connections;

/// <summary>A shop the seller's authorization covers, as TikTok lists it (the id webhooks name, the code Seller Center shows).</summary>
public sealed record AuthorizedShopView(string ShopId, string Code, string Name, string Region);

/// <summary>
/// A seller's authorization of the agency's app in TikTok (seller token, user type 0): the shops it covers and its
/// tokens, encrypted. TikTok sends the app the webhooks of these shops (order status, cancellations, returns), which
/// is how the agency hears of a return before the next poll.
/// </summary>
internal sealed class SellerAuthorization
{
    private SellerAuthorization()
    {
    }

    public Guid SellerId { get; private set; }
    public string OpenId { get; private set; } = "";
    public string SellerName { get; private set; } = "";
    public IReadOnlyList<AuthorizedShopView> Shops { get; private set; } = [];
    public string ProtectedAccessToken { get; private set; } = "";
    public DateTimeOffset? AccessTokenExpiresAt { get; private set; }
    public string ProtectedRefreshToken { get; private set; } = "";
    public string GrantedScopes { get; private set; } = "";
    public DateTimeOffset AuthorizedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    public static SellerAuthorization Create(Guid sellerId) => new() { SellerId = sellerId };

    public void Authorize(TikTokShopToken token, IReadOnlyList<AuthorizedShopView> shops, Func<string, string> protect, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(protect);
        (OpenId, SellerName, Shops, AuthorizedAt, RevokedAt) = (token.OpenId, token.SellerName, shops, now, null);
        (ProtectedAccessToken, AccessTokenExpiresAt, ProtectedRefreshToken) = (protect(token.AccessToken), token.AccessTokenExpiresAt, protect(token.RefreshToken));
        GrantedScopes = string.Join(' ', token.GrantedScopes);
    }

    /// <summary>The seller withdrew the authorization in TikTok (webhook 6): its shops' webhooks stop.</summary>
    public bool Revoke(DateTimeOffset now)
    {
        if (RevokedAt is not null)
        {
            return false;
        }

        RevokedAt = now;
        return true;
    }
}
