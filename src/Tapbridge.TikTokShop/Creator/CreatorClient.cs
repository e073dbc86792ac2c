using Tapbridge.TikTokShop.Auth;
using Tapbridge.TikTokShop.Transport;

namespace Tapbridge.TikTokShop.Creator;

/// <summary>Creator APIs for a creator who authorized the app (creator token, no cipher): profile and showcase.</summary>
public sealed class CreatorClient(TikTokShopTransport transport, IAccessTokenSource token)
{
    public Task<CreatorProfile> GetProfileAsync(CancellationToken cancellationToken)
    {
        const string Path = "/affiliate_creator/202508/profiles";
        return transport.SendAsync<CreatorProfile>(new ApiCall(HttpMethod.Get, Path, Path, Retryable: true), token, cancellationToken);
    }

    public async Task<Page<ShowcaseProduct>> ListShowcaseProductsPageAsync(ShowcaseOrigin origin, int pageSize, string? pageToken, CancellationToken cancellationToken)
    {
        const string Path = "/affiliate_creator/202405/showcases/products";
        var call = new ApiCall(HttpMethod.Get, Path, Path, Retryable: true)
            .With("page_size", pageSize).With("page_token", pageToken).With("origin", origin.ToString().ToUpperInvariant());
        var list = await transport.SendAsync<ShowcaseProductList>(call, token, cancellationToken);
        return new(list.Products ?? [], list.NextPageToken, list.TotalCount);
    }

    public IAsyncEnumerable<ShowcaseProduct> ListShowcaseProductsAsync(ShowcaseOrigin origin, CancellationToken cancellationToken, int pageSize = 20) =>
        Paging.AllAsync((next, ct) => ListShowcaseProductsPageAsync(origin, pageSize, next, ct), cancellationToken);

    /// <summary>Adds a product by its promotion link (e.g. a TAP campaign link). Returns TikTok's per-product errors, empty on success.</summary>
    public Task<IReadOnlyList<ShowcaseAddError>> AddShowcaseProductByLinkAsync(string productLink, CancellationToken cancellationToken) =>
        AddAsync(new AddShowcaseBody("PRODUCT_LINK", null, productLink), cancellationToken);

    public Task<IReadOnlyList<ShowcaseAddError>> AddShowcaseProductsAsync(IReadOnlyList<string> productIds, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(productIds.Count, 20, nameof(productIds));
        return AddAsync(new AddShowcaseBody("PRODUCT_ID", productIds, null), cancellationToken);
    }

    private async Task<IReadOnlyList<ShowcaseAddError>> AddAsync(AddShowcaseBody body, CancellationToken cancellationToken)
    {
        const string Path = "/affiliate_creator/202405/showcases/products/add";
        var result = await transport.SendAsync<ShowcaseAddResult>(new ApiCall(HttpMethod.Post, Path, Path, Retryable: true) { Body = body }, token, cancellationToken);
        return result.Errors ?? [];
    }
}
