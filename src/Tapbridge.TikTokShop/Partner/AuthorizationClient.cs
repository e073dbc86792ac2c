using Tapbridge.TikTokShop.Auth;
using Tapbridge.TikTokShop.Seller;
using Tapbridge.TikTokShop.Transport;

namespace Tapbridge.TikTokShop.Partner;

/// <summary>What an authorization grants: a partner's category assets (ciphers per market), a seller's shops.</summary>
public sealed class AuthorizationClient(TikTokShopTransport transport, IAccessTokenSource token)
{
    public async Task<IReadOnlyList<CategoryAsset>> GetCategoryAssetsAsync(CancellationToken cancellationToken)
    {
        const string Path = "/authorization/202405/category_assets";
        return (await transport.SendAsync<CategoryAssetList>(new ApiCall(HttpMethod.Get, Path, Path, Retryable: true), token, cancellationToken)).CategoryAssets ?? [];
    }

    public async Task<IReadOnlyList<AuthorizedShop>> GetAuthorizedShopsAsync(CancellationToken cancellationToken)
    {
        const string Path = "/authorization/202309/shops";
        return (await transport.SendAsync<AuthorizedShopList>(new ApiCall(HttpMethod.Get, Path, Path, Retryable: true), token, cancellationToken)).Shops ?? [];
    }
}
