namespace Tapbridge.TikTokShop;

/// <summary>
/// The app's credentials and where TikTok lives. Defaults are TikTok's production hosts for the rest of the world;
/// <see cref="ForUnitedStates"/> and <see cref="ForSandbox"/> point elsewhere.
/// </summary>
public sealed class TikTokShopOptions
{
    public required string AppKey { get; init; }

    public required string AppSecret { get; init; }

    /// <summary>The app's service id, used in the partner and seller consent URLs.</summary>
    public string ServiceId { get; init; } = "";

    public Uri OpenApiBaseUrl { get; init; } = new("https://open-api.tiktokglobalshop.com");

    public Uri AuthBaseUrl { get; init; } = new("https://auth.tiktok-shops.com");

    public Uri PartnerConsentBaseUrl { get; init; } = new("https://partner.tiktokshop.com");

    public Uri SellerConsentBaseUrl { get; init; } = new("https://services.tiktokshop.com");

    /// <summary>
    /// Added to the seller consent address. TikTok tells sellers from partners by host; the sandbox serves both at one
    /// origin and is told by <c>user_type=0</c>.
    /// </summary>
    public string SellerConsentQuery { get; init; } = "";

    public Uri CreatorConsentBaseUrl { get; init; } = new("https://shop.tiktok.com");

    /// <summary>Per attempt; a call that retries can take longer in total.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Retries of reads (and idempotent writes) after 429, 5xx, TikTok's internal error or a timeout.</summary>
    public int MaxRetries { get; init; } = 3;

    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>TikTok allows 50 requests per second per API per app and shop; the client stays under it per endpoint.</summary>
    public int RequestsPerSecondPerEndpoint { get; init; } = 50;

    /// <summary>Access tokens this close to expiry are refreshed before use.</summary>
    public TimeSpan RefreshAhead { get; init; } = TimeSpan.FromHours(12);

    public static TikTokShopOptions ForUnitedStates(string appKey, string appSecret, string serviceId) => new()
    {
        AppKey = appKey,
        AppSecret = appSecret,
        ServiceId = serviceId,
        PartnerConsentBaseUrl = new("https://partner.us.tiktokshop.com"),
        SellerConsentBaseUrl = new("https://services.tiktokshops.us"),
    };

    /// <summary>Every host at one origin: the local sandbox (tools/TikTokShopSandbox) serves them all, at its own rate limit.</summary>
    public static TikTokShopOptions ForSandbox(Uri baseUrl, string appKey, string appSecret, string serviceId, int requestsPerSecond = 50) => new()
    {
        RequestsPerSecondPerEndpoint = requestsPerSecond,
        AppKey = appKey,
        AppSecret = appSecret,
        ServiceId = serviceId,
        OpenApiBaseUrl = baseUrl,
        AuthBaseUrl = baseUrl,
        PartnerConsentBaseUrl = baseUrl,
        SellerConsentBaseUrl = baseUrl,
        SellerConsentQuery = "&user_type=0",
        CreatorConsentBaseUrl = baseUrl,
    };
}
