using TikTokShopSandbox.Common;
using TikTokShopSandbox.Products;
using TikTokShopSandbox.Signing;

namespace TikTokShopSandbox.Campaigns;

/// <summary>Finds the path's campaign and product among the calling partner's own.</summary>
internal static class PartnerLookup
{
    /// <summary>With a cipher the campaign must belong to that category asset; without one, to any of the partner's.</summary>
    public static Campaign Campaign(ApiCall call)
    {
        var id = call.Route("campaign_id");
        if (call.World.CampaignsById.TryGetValue(id, out var campaign)
            && call.Grant.Subject.Partner?.Assets.Contains(campaign.Asset) == true
            && (call.Asset is null || campaign.Asset == call.Asset))
        {
            return campaign;
        }

        throw new ApiException(ErrorCodes.CampaignNotFound, $"Campaign {id} not found");
    }

    public static CampaignProduct Product(ApiCall call, Campaign campaign)
    {
        var id = call.Route("product_id");
        return campaign.ProductsById.TryGetValue(id, out var product)
            ? product
            : throw new ApiException(ErrorCodes.CampaignProductNotFound, $"Product {id} is not registered in campaign {campaign.Id}");
    }
}
