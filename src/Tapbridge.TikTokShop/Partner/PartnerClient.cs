using Tapbridge.TikTokShop.Auth;
using Tapbridge.TikTokShop.Transport;

namespace Tapbridge.TikTokShop.Partner;

/// <summary>
/// The Affiliate Partner (TAP) APIs for one category asset (one market): campaigns, registrations and reviews,
/// promotion links, affiliate orders and performance. Every call carries the partner token and the asset's cipher.
/// </summary>
public sealed class PartnerClient(TikTokShopTransport transport, IAccessTokenSource token, string categoryAssetCipher)
{
    private const string Campaigns = "/affiliate_partner/202405/campaigns";

    public Task<CreatedCampaign> CreateCampaignAsync(CampaignFields campaign, CancellationToken cancellationToken) =>
        SendAsync<CreatedCampaign>(Write(HttpMethod.Post, Campaigns, Campaigns, retryable: false, campaign), cancellationToken);

    /// <summary>Partial edit: only the fields set are changed. Idempotent, so retried like a read.</summary>
    public Task EditCampaignAsync(string campaignId, CampaignFields changes, CancellationToken cancellationToken) =>
        SendAsync<object>(Write(HttpMethod.Post, $"{Campaigns}/{{campaign_id}}/partial_edit", $"{Campaigns}/{Id(campaignId)}/partial_edit", retryable: true, changes), cancellationToken);

    public Task PublishCampaignAsync(string campaignId, CancellationToken cancellationToken) =>
        SendAsync<object>(Write(HttpMethod.Post, $"{Campaigns}/{{campaign_id}}/publish", $"{Campaigns}/{Id(campaignId)}/publish", retryable: true, new { }), cancellationToken);

    public async Task<Page<CampaignSummary>> ListCampaignsPageAsync(CampaignStatus? status, int pageSize, string? pageToken, CancellationToken cancellationToken)
    {
        var call = Read(Campaigns, Campaigns).With("page_size", pageSize).With("page_token", pageToken).With("status", Name(status));
        var list = await SendAsync<CampaignList>(call, cancellationToken);
        return new(list.Campaigns ?? [], list.NextPageToken, list.TotalCount);
    }

    public IAsyncEnumerable<CampaignSummary> ListCampaignsAsync(CampaignStatus? status, CancellationToken cancellationToken, int pageSize = 100) =>
        Paging.AllAsync((next, ct) => ListCampaignsPageAsync(status, pageSize, next, ct), cancellationToken);

    public Task<CampaignDetail> GetCampaignAsync(string campaignId, CancellationToken cancellationToken) =>
        SendAsync<CampaignDetail>(Read($"{Campaigns}/{{campaign_id}}", $"{Campaigns}/{Id(campaignId)}"), cancellationToken);

    public async Task<Page<CampaignProduct>> ListCampaignProductsPageAsync(
        string campaignId, CampaignProductFilter? filter, int pageSize, string? pageToken, CancellationToken cancellationToken)
    {
        var call = Read($"{Campaigns}/{{campaign_id}}/products", $"{Campaigns}/{Id(campaignId)}/products")
            .With("page_size", pageSize).With("page_token", pageToken)
            .With("review_status", Name(filter?.ReviewStatus)).With("product_name", filter?.ProductName).With("product_id", filter?.ProductId)
            .With("shop_name", filter?.ShopName).With("category_id", filter?.CategoryId);
        var list = await SendAsync<CampaignProductList>(call, cancellationToken);
        return new(list.Products ?? [], list.NextPageToken, list.TotalCount);
    }

    public IAsyncEnumerable<CampaignProduct> ListCampaignProductsAsync(string campaignId, CampaignProductFilter? filter, CancellationToken cancellationToken, int pageSize = 50) =>
        Paging.AllAsync((next, ct) => ListCampaignProductsPageAsync(campaignId, filter, pageSize, next, ct), cancellationToken);

    /// <summary>Approve, reject (the seller may register again) or reject forever, with TikTok's reasons.</summary>
    public Task ReviewCampaignProductAsync(string campaignId, string productId, ReviewResult result, IReadOnlyList<RejectReason>? reasons, CancellationToken cancellationToken) =>
        SendAsync<object>(Write(HttpMethod.Post, $"{Campaigns}/{{campaign_id}}/products/{{product_id}}/review", $"{Campaigns}/{Id(campaignId)}/products/{Id(productId)}/review",
            retryable: true, new ReviewBody(result, reasons is { Count: > 0 } ? reasons : null)), cancellationToken);

    /// <summary>A promotion link with the creator's rate; the partner keeps total − creator rate. The split is fixed now.</summary>
    public async Task<PromotionLink> GeneratePromotionLinkAsync(string campaignId, string productId, int creatorCommissionRate, CancellationToken cancellationToken)
    {
        var link = await SendAsync<GeneratedPromotionLink>(Write(HttpMethod.Post,
            $"{Campaigns}/{{campaign_id}}/products/{{product_id}}/promotion_link/generate", $"{Campaigns}/{Id(campaignId)}/products/{Id(productId)}/promotion_link/generate",
            retryable: false, new PromotionLinkBody(creatorCommissionRate)), cancellationToken);
        return new PromotionLink(productId, link.ProductPromotionLink);
    }

    /// <summary>Links for up to 50 products at the products' default split.</summary>
    public Task<BatchPromotionLinks> GeneratePromotionLinksAsync(string campaignId, IReadOnlyList<string> productIds, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(productIds.Count, 50, nameof(productIds));
        const string Path = "/affiliate_partner/202505/campaigns/{campaign_id}/products/promotion_links/generate_batch";
        return SendAsync<BatchPromotionLinks>(Write(HttpMethod.Post, Path, Path.Replace("{campaign_id}", Id(campaignId), StringComparison.Ordinal),
            retryable: false, new BatchLinkBody(productIds)), cancellationToken);
    }

    /// <summary>A page of TAP affiliate orders. A search, so it is a read even though it is a POST.</summary>
    public async Task<Page<AffiliateOrder>> SearchAffiliateOrdersPageAsync(AffiliateOrderQuery query, int pageSize, string? pageToken, CancellationToken cancellationToken)
    {
        const string Path = "/affiliate_partner/202411/orders/search";
        var call = Write(HttpMethod.Post, Path, Path, retryable: true, query).With("page_size", pageSize).With("page_token", pageToken);
        var list = await SendAsync<AffiliateOrderList>(call, cancellationToken);
        return new(list.Orders ?? [], list.NextPageToken, list.TotalCount);
    }

    public IAsyncEnumerable<AffiliateOrder> SearchAffiliateOrdersAsync(AffiliateOrderQuery query, CancellationToken cancellationToken, int pageSize = 100) =>
        Paging.AllAsync((next, ct) => SearchAffiliateOrdersPageAsync(query, pageSize, next, ct), cancellationToken);

    public async Task<Page<CampaignProductStatistics>> GetCampaignProductPerformancePageAsync(string campaignId, int pageSize, string? pageToken, CancellationToken cancellationToken)
    {
        const string Path = "/affiliate_partner/202501/campaigns/{campaign_id}/products/performance";
        var call = Read(Path, Path.Replace("{campaign_id}", Id(campaignId), StringComparison.Ordinal)).With("page_size", pageSize).With("page_token", pageToken);
        var list = await SendAsync<CampaignProductStatisticsList>(call, cancellationToken);
        return new(list.CampaignProductStatistics ?? [], list.NextPageToken, list.TotalCount);
    }

    public async Task<Page<PromotionCreator>> GetProductCreatorPerformancePageAsync(string campaignId, string productId, int pageSize, string? pageToken, CancellationToken cancellationToken)
    {
        const string Path = "/affiliate_partner/202508/campaigns/{campaign_id}/products/{product_id}/performance";
        var call = Read(Path, Path.Replace("{campaign_id}", Id(campaignId), StringComparison.Ordinal).Replace("{product_id}", Id(productId), StringComparison.Ordinal))
            .With("page_size", pageSize).With("page_token", pageToken);
        var list = await SendAsync<PromotionCreatorList>(call, cancellationToken);
        return new(list.PromotionCreators ?? [], list.NextPageToken, list.TotalCreatorCount);
    }

    public async Task<IReadOnlyList<CreatorContentStatistics>> GetCreatorContentStatisticsAsync(
        string campaignId, string productId, string creatorOpenId, string affiliateProductId, ContentKind? kind, CancellationToken cancellationToken)
    {
        const string Path = "/affiliate_partner/202508/campaigns/{campaign_id}/products/{product_id}/creator/{creator_temp_id}/content/statistics";
        var call = Read(Path, CreatorPath(Path, campaignId, productId, creatorOpenId))
            .With("affiliate_product_id", affiliateProductId).With("content_type", (int?)kind);
        return (await SendAsync<CreatorContentStatisticsList>(call, cancellationToken)).CreatorContentStatistics ?? [];
    }

    public async Task<SampleStatus?> GetCreatorSampleStatusAsync(string campaignId, string productId, string creatorOpenId, CancellationToken cancellationToken)
    {
        const string Path = "/affiliate_partner/202508/campaigns/{campaign_id}/products/{product_id}/creator/{creator_temp_id}/content/statistics/sample/status";
        return (await SendAsync<SampleStatusEnvelope>(Read(Path, CreatorPath(Path, campaignId, productId, creatorOpenId)), cancellationToken)).SampleStatus;
    }

    private Task<T> SendAsync<T>(ApiCall call, CancellationToken cancellationToken) =>
        transport.SendAsync<T>(call.With("category_asset_cipher", categoryAssetCipher), token, cancellationToken);

    private static ApiCall Read(string endpoint, string path) => new(HttpMethod.Get, endpoint, path, Retryable: true);

    private static ApiCall Write(HttpMethod method, string endpoint, string path, bool retryable, object body) =>
        new(method, endpoint, path, retryable) { Body = body };

    private static string CreatorPath(string template, string campaignId, string productId, string creatorOpenId) => template
        .Replace("{campaign_id}", Id(campaignId), StringComparison.Ordinal)
        .Replace("{product_id}", Id(productId), StringComparison.Ordinal)
        .Replace("{creator_temp_id}", Uri.EscapeDataString(creatorOpenId), StringComparison.Ordinal);

    /// <summary>TikTok ids are decimal strings; anything else would change the signed path.</summary>
    private static string Id(string id) =>
        id.Length is > 0 and <= 32 && id.All(char.IsAsciiDigit) ? id : throw new ArgumentException($"'{id}' is not a TikTok id.", nameof(id));

    /// <summary>The enum as TikTok spells it in a query string (UPPER_SNAKE).</summary>
    private static string? Name<TEnum>(TEnum? value) where TEnum : struct, Enum =>
        value is { } v ? System.Text.Json.JsonNamingPolicy.SnakeCaseUpper.ConvertName(v.ToString()) : null;
}
