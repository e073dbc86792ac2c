using System.Globalization;
using TikTokShopSandbox.Auth;
using TikTokShopSandbox.Campaigns;
using TikTokShopSandbox.Common;
using TikTokShopSandbox.Orders;
using TikTokShopSandbox.Products;
using TikTokShopSandbox.Showcase;
using TikTokShopSandbox.Signing;
using TikTokShopSandbox.World;

namespace TikTokShopSandbox.Performance;

/// <summary>P11 (per-product campaign statistics) and P12 (per-creator fulfilment for one product).</summary>
internal static class PerformanceEndpoints
{
    private static readonly EndpointSpec ReadOptionalCipher = new(Family.Partner, CipherRule.Optional, Scopes.PartnerCampaignRead);
    private static readonly EndpointSpec Read = new(Family.Partner, CipherRule.Required, Scopes.PartnerCampaignRead);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.OpenGet("/affiliate_partner/202501/campaigns/{campaign_id}/products/performance", ReadOptionalCipher, ProductStatistics);
        app.OpenGet("/affiliate_partner/202508/campaigns/{campaign_id}/products/{product_id}/performance", Read, Creators);
        ContentEndpoints.Map(app, Read);
    }

    private static object ProductStatistics(ApiCall call)
    {
        var campaign = PartnerLookup.Campaign(call);
        var size = call.Query.PageSize(1, 50, 10);
        var page = Paging.Slice(campaign.Products, size, call.Query["page_token"], $"product-performance|{campaign.Id}");
        var updated = (call.Now - call.Now % 3_600) * 1_000;
        return new
        {
            page.TotalCount,
            CampaignProductStatistics = page.Items.Select(p => Statistics(call.World, p, updated)).ToList(),
            page.NextPageToken,
        };
    }

    private static object Statistics(SandboxWorld world, CampaignProduct registration, long updated)
    {
        var product = registration.Product;
        var currency = product.Shop.Currency;
        var items = world.Showcase.Where(i => i.CampaignProduct == registration).ToList();
        var paid = world.Orders.Where(o => o.CampaignProduct == registration && o.AffiliateStatus != AffiliateStatus.Cancelled).ToList();
        var kept = paid.Where(o => o.Lines.All(l => l.KeptQuantity == l.Quantity)).ToList();
        var sellingCreators = paid.Select(o => o.Item.Creator).Distinct().Count();
        var promoted = items.Count(i => i.Contents.Any(c => c.PublishedAt <= world.Now));
        var sampled = world.Samples.Where(s => s.CampaignProduct == registration).Select(s => s.Creator).Distinct().Count();
        return new
        {
            DataUpdateTime = Text(updated),
            CreatorSalesNum = sellingCreators,
            CollaboratedCreatorsNum = items.Count,
            PromotedCreatorNum = promoted,
            SampleRequestedCreatorNum = sampled,
            CampaignProductDetail = new
            {
                ProductId = product.Id,
                ProductStatus = "PRODUCT_" + CampaignProduct.StatusName(registration.Status),
                ProductName = product.Name,
                ProductStockCount = Text(product.Inventory),
                TotalCommissionPercent = Text(registration.TotalRate),
                CreatorCommissionPercent = Text(registration.CreatorRate),
                PartnerCommissionPercent = Text(registration.PartnerRate),
                PlanCommissionPercent = Text(product.OpenCollaborationRate),
                ProductPrice = new
                {
                    MinPrice = Money.Format(product.LowestPrice, currency),
                    MaxPrice = Money.Format(product.HighestPrice, currency),
                    Currency = currency,
                },
                ProductThumbnail = new { Uri = product.ImageUri, UrlList = new[] { product.ImageUrl } },
                IndicatorData = new
                {
                    PaidOrderNum = Text(paid.Count),
                    ActualOrderNum = Text(kept.Count),
                    EstimatedAmount = Sum(paid, currency, a => a.Base),
                    ActualAmount = Sum(kept, currency, a => a.Base),
                    EstimatedPartnerCommission = Sum(paid, currency, a => a.Partner),
                    ActualPartnerCommission = Sum(kept, currency, a => a.Partner),
                    CreatorSalesNum = Text(sellingCreators),
                    CollaboratedCreatorsNum = Text(items.Count),
                    PromotedCreatorNum = Text(promoted),
                    SampleRequestedCreatorNum = Text(sampled),
                },
            },
        };
    }

    private static object Creators(ApiCall call)
    {
        var campaign = PartnerLookup.Campaign(call);
        var registration = PartnerLookup.Product(call, campaign);
        var size = call.Query.PageSize(1, 50, 10);
        var items = call.World.Showcase.Where(i => i.CampaignProduct == registration).ToList();
        var page = Paging.Slice(items, size, call.Query["page_token"], $"creator-performance|{campaign.Id}|{registration.Product.Id}");
        return new
        {
            TotalCreatorCount = page.TotalCount,
            PromotionCreators = page.Items.Select(i => Creator(call.World, i)).ToList(),
            page.NextPageToken,
        };
    }

    private static object Creator(SandboxWorld world, ShowcaseItem item)
    {
        var currency = item.Product.Shop.Currency;
        var paid = world.Orders.Where(o => o.Item == item && o.AffiliateStatus != AffiliateStatus.Cancelled).ToList();
        var contents = item.Contents.Where(c => c.PublishedAt <= world.Now).ToList();
        var sample = world.Samples.LastOrDefault(s => s.Creator == item.Creator && s.CampaignProduct == item.CampaignProduct);
        return new
        {
            Creator = new
            {
                NickName = item.Creator.Nickname,
                AvatarUrl = item.Creator.AvatarUrl,
                FollowerNum = item.Creator.Followers,
                UserName = item.Creator.Username,
                CreatorOpenId = item.Creator.OpenId,
            },
            item.AffiliateProductId,
            Commission = Text(item.CreatorRate),
            EffectiveStartTime = Text(item.AddedAt * 1_000),
            EffectiveEndTime = Text(item.CampaignProduct!.Campaign.CampaignEnd * 1_000),
            PaidAmount = new { Amount = Sum(paid, currency, a => a.Base), Currency = currency },
            VideoCount = contents.Count(c => c.Type == ContentType.Video),
            RoomCount = contents.Count(c => c.Type == ContentType.Live),
            FreeSampleStatus = sample?.Status ?? "NOT_REQUESTED",
        };
    }

    public static string Sum(IEnumerable<Order> orders, string currency, Func<LineAmounts, decimal> pick) =>
        Money.Format(orders.Sum(o => o.Lines.Sum(l => pick(LineAmounts.Estimated(o, l)))), currency);

    public static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
