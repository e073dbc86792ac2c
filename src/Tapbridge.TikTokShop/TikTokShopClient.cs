using Tapbridge.TikTokShop.Auth;
using Tapbridge.TikTokShop.Creator;
using Tapbridge.TikTokShop.Partner;
using Tapbridge.TikTokShop.Seller;
using Tapbridge.TikTokShop.Transport;

namespace Tapbridge.TikTokShop;

/// <summary>
/// Entry point: one per app (thread-safe, holds the per-endpoint rate limiter). Pick the API family with the
/// identity it needs: <see cref="Partner"/> with a category asset cipher, <see cref="Seller"/> with a shop cipher,
/// <see cref="Creator"/> with a creator's token.
/// </summary>
public sealed class TikTokShopClient(HttpClient http, TikTokShopOptions options, TimeProvider clock) : IDisposable
{
    private readonly TikTokShopTransport transport = new(http, options, clock);

    public TikTokShopOptions Options => options;

    public TikTokShopAuth Auth { get; } = new(http, options);

    public AuthorizationClient Authorization(IAccessTokenSource token) => new(transport, token);

    public PartnerClient Partner(IAccessTokenSource token, string categoryAssetCipher) => new(transport, token, categoryAssetCipher);

    public SellerClient Seller(IAccessTokenSource token, string shopCipher) => new(transport, token, shopCipher);

    public CreatorClient Creator(IAccessTokenSource token) => new(transport, token);

    public void Dispose() => transport.Dispose();
}
