using TikTokShopSandbox.Auth;
using TikTokShopSandbox.Campaigns;
using TikTokShopSandbox.Common;
using TikTokShopSandbox.Signing;
using TikTokShopSandbox.World;

namespace TikTokShopSandbox.Products;

/// <summary>P8 (one link with a chosen creator rate) and P9 (links for up to 50 products at the seller's split).</summary>
internal static class PromotionLinkEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.OpenPost(
            "/affiliate_partner/202405/campaigns/{campaign_id}/products/{product_id}/promotion_link/generate",
            new EndpointSpec(Family.Partner, CipherRule.Required, Scopes.PartnerPromotionLinkWrite),
            Generate);
        app.OpenPost(
            "/affiliate_partner/202505/campaigns/{campaign_id}/products/promotion_links/generate_batch",
            new EndpointSpec(Family.Partner, CipherRule.Optional, Scopes.PartnerCampaignRead),
            GenerateBatch);
    }

    public static PromotionLink NewLink(SandboxWorld world, CampaignProduct registration, int creatorRate)
    {
        string url;
        do
        {
            url = "https://affiliate.tiktok.com/api/v1/share/" + world.AuthRandom.Token(12);
        }
        while (world.Links.ContainsKey(url));

        var link = new PromotionLink(url, registration, creatorRate, world.Now);
        world.Links.Add(url, link);
        return link;
    }

    private static object Generate(ApiCall call)
    {
        var campaign = OnlineCampaign(call);
        var registration = PartnerLookup.Product(call, campaign);
        if (!registration.IsSelling)
        {
            throw new ApiException(ErrorCodes.OperationDenied, $"Operation denied: links are only generated for APPROVED products (this one is {CampaignProduct.StatusName(registration.Status)})");
        }

        var rate = call.Body.Int("creator_commission_rate") ?? throw ApiException.Invalid("creator_commission_rate is required");
        if (rate < 0 || rate > registration.TotalRate)
        {
            throw ApiException.Invalid($"creator_commission_rate must be between 0 and the product's total commission rate ({registration.TotalRate})");
        }

        return new { ProductPromotionLink = NewLink(call.World, registration, rate).Url };
    }

    private static object GenerateBatch(ApiCall call)
    {
        var campaign = OnlineCampaign(call);
        var ids = call.Body.StringList("product_ids");
        if (ids is null || ids.Count == 0)
        {
            throw ApiException.Invalid("product_ids is required");
        }

        if (ids.Count > 50)
        {
            throw ApiException.Invalid("product_ids can hold at most 50 ids");
        }

        var links = new List<object>();
        var failed = new List<string>();
        foreach (var id in ids)
        {
            if (campaign.ProductsById.TryGetValue(id, out var registration) && registration.IsSelling)
            {
                links.Add(new { ProductId = id, Link = NewLink(call.World, registration, registration.CreatorRate).Url });
            }
            else
            {
                failed.Add(id);
            }
        }

        return new { ProductPromotionLinks = links, FailedProductIds = failed };
    }

    private static Campaign OnlineCampaign(ApiCall call)
    {
        var campaign = PartnerLookup.Campaign(call);
        return campaign.IsOnline(call.Now)
            ? campaign
            : throw new ApiException(ErrorCodes.CampaignNotOnline, "Product operation denied, please ensure campaign is under online status (UPCOMING or ONGOING)");
    }
}
