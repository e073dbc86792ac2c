using Tapbridge.TikTokShop.Auth;
using Tapbridge.TikTokShop.Partner;

namespace Tapbridge.Modules.Connections;

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ConnectionStatus>))]
public enum ConnectionStatus
{
    Active,

    /// <summary>TikTok refused the tokens (revoked, or the refresh token expired): an admin must connect again.</summary>
    NeedsReconnect,
}

/// <summary>
/// The agency's authorization of the app as a TikTok Affiliate Partner: its tokens (encrypted), the scopes it granted
/// and one category asset (cipher) per market, with the health of each.
/// </summary>
internal sealed class TikTokConnection
{
    private readonly List<TikTokMarketAsset> markets = [];

    private TikTokConnection()
    {
    }

    public Guid Id { get; private set; }
    public string OpenId { get; private set; } = "";
    public string PartnerName { get; private set; } = "";
    public string BaseRegion { get; private set; } = "";
    public string ProtectedAccessToken { get; private set; } = "";
    public DateTimeOffset? AccessTokenExpiresAt { get; private set; }
    public string ProtectedRefreshToken { get; private set; } = "";
    public DateTimeOffset? RefreshTokenExpiresAt { get; private set; }
    public string GrantedScopes { get; private set; } = "";
    public ConnectionStatus Status { get; private set; }
    public DateTimeOffset ConnectedAt { get; private set; }
    public Guid ConnectedBy { get; private set; }
    public DateTimeOffset? LastRefreshedAt { get; private set; }
    public DateTimeOffset? LastSuccessAt { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset? LastErrorAt { get; private set; }
    public IReadOnlyList<TikTokMarketAsset> Markets => markets;

    public static TikTokConnection Create(string openId, DateTimeOffset now) => new() { Id = Guid.CreateVersion7(now), OpenId = openId };

    public void Connect(TikTokShopToken token, Func<string, string> protect, IReadOnlyList<CategoryAsset> assets, Guid by, DateTimeOffset now)
    {
        PartnerName = token.SellerName;
        BaseRegion = token.SellerBaseRegion;
        StoreTokens(token, protect);
        ConnectedAt = now;
        ConnectedBy = by;
        Status = ConnectionStatus.Active;
        LastError = null;
        LastSuccessAt = now;
        foreach (var asset in assets)
        {
            var existing = markets.FirstOrDefault(m => m.Market == asset.TargetMarket);
            if (existing is null)
            {
                markets.Add(new TikTokMarketAsset(Id, asset.TargetMarket, asset.Cipher, asset.Category?.Id ?? 0, asset.Category?.Name ?? "", now));
            }
            else
            {
                existing.Update(asset.Cipher, asset.Category?.Id ?? 0, asset.Category?.Name ?? "", now);
            }
        }

        markets.RemoveAll(m => assets.All(a => a.TargetMarket != m.Market));
    }

    public void Refreshed(TikTokShopToken token, Func<string, string> protect, DateTimeOffset now)
    {
        StoreTokens(token, protect);
        LastRefreshedAt = now;
        Succeeded(now);
    }

    public void Succeeded(DateTimeOffset now)
    {
        LastSuccessAt = now;
        LastError = null;
        Status = ConnectionStatus.Active;
    }

    public void Failed(string error, bool needsReconnect, DateTimeOffset now)
    {
        LastError = error.Length > 500 ? error[..500] : error;
        LastErrorAt = now;
        if (needsReconnect)
        {
            Status = ConnectionStatus.NeedsReconnect;
        }
    }

    private void StoreTokens(TikTokShopToken token, Func<string, string> protect)
    {
        ProtectedAccessToken = protect(token.AccessToken);
        AccessTokenExpiresAt = token.AccessTokenExpiresAt;
        ProtectedRefreshToken = protect(token.RefreshToken);
        RefreshTokenExpiresAt = token.RefreshTokenExpiresAt;
        GrantedScopes = string.Join(' ', token.GrantedScopes);
    }
}

/// <summary>A market the partner authorized: the category asset cipher every partner call for that market carries.</summary>
internal sealed class TikTokMarketAsset
{
    private TikTokMarketAsset()
    {
    }

    public TikTokMarketAsset(Guid connectionId, string market, string cipher, long categoryId, string categoryName, DateTimeOffset now)
    {
        ConnectionId = connectionId;
        Market = market;
        Cipher = cipher;
        CategoryId = categoryId;
        CategoryName = categoryName;
        AuthorizedAt = now;
    }

    public Guid ConnectionId { get; private set; }
    public string Market { get; private set; } = "";
    public string Cipher { get; private set; } = "";
    public long CategoryId { get; private set; }
    public string CategoryName { get; private set; } = "";
    public DateTimeOffset AuthorizedAt { get; private set; }

    public void Update(string cipher, long categoryId, string categoryName, DateTimeOffset now)
    {
        (Cipher, CategoryId, CategoryName, AuthorizedAt) = (cipher, categoryId, categoryName, now);
    }
}
