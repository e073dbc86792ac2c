using TikTokShopSandbox.Auth;
using TikTokShopSandbox.Common;
using TikTokShopSandbox.Signing;

namespace TikTokShopSandbox.Orders;

/// <summary>P10: the TAP affiliate orders of the category asset's campaigns, oldest first.</summary>
internal static class PartnerOrderEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.OpenPost("/affiliate_partner/202411/orders/search", new EndpointSpec(Family.Partner, CipherRule.Required, Scopes.PartnerCampaignRead), Search);

    private static object Search(ApiCall call)
    {
        var size = call.Query.PageSize(1, 100, null);
        var from = call.Body.Long("create_time_ge") ?? long.MinValue;
        var until = call.Body.Long("create_time_lt") ?? long.MaxValue;
        var campaignId = call.Body.String("campaign_id");
        var index = call.World.OrderIndex;
        var timeline = string.IsNullOrEmpty(campaignId) ? index.Of(call.Asset!)
            : call.World.CampaignsById.GetValueOrDefault(campaignId) is { } campaign && campaign.Asset == call.Asset ? index.Of(campaign)
            : OrderTimeline.Empty;
        var (start, count) = timeline.Window(from, until);
        var page = Paging.Slice(count, i => timeline[start + i], size, call.Query["page_token"], $"tap-orders|{call.Asset!.Cipher}|{from}|{until}|{campaignId}");
        return new
        {
            Orders = page.Items.Select(Json).ToList(),
            page.NextPageToken,
            page.TotalCount,
        };
    }

    private static object Json(Order order) => new
    {
        order.Id,
        order.CreateTime,
        order.DeliveryTime,
        Status = Order.AffiliateStatusName(order.AffiliateStatus),
        Skus = order.Lines.Select(line => Sku(order, line)).ToList(),
    };

    private static object Sku(Order order, OrderLine line)
    {
        var currency = order.Currency;
        var estimated = LineAmounts.Estimated(order, line);
        var actual = LineAmounts.Actual(order, line);
        var zero = Money.Of(0, currency);
        return new
        {
            line.Sku.Id,
            ProductId = order.CampaignProduct.Product.Id,
            ProductName = order.CampaignProduct.Product.Name,
            CampaignId = order.CampaignProduct.Campaign.Id,
            CreatorUsername = order.Item.Creator.Username,
            Price = Money.Of(line.Price, currency),
            line.Quantity,
            line.RefundedQuantity,
            line.ReturnedQuantity,
            line.ContentType,
            line.ContentId,
            TapCommissionRate = line.TapRate,
            CreatorCommissionRate = line.CreatorShareRate,
            EstimatedCommissionBase = Money.Of(estimated.Base, currency),
            EstimatedTapCommission = Money.Of(estimated.Tap, currency),
            EstimatedCreatorCommission = Money.Of(estimated.Creator, currency),
            ActualCommissionBase = Money.Of(actual.Base, currency),
            ActualTapCommission = Money.Of(actual.Tap, currency),
            ActualCreatorCommission = Money.Of(actual.Creator, currency),
            PartnerCommissionRewardRate = 0,
            EstimatedPartnerCommissionRewardFee = zero,
            ActualPartnerCommissionRewardFee = zero,
            CreatorCommissionRewardRate = 0,
            EstimatedCreatorCommissionRewardFee = zero,
            ActualCreatorCommissionRewardFee = zero,
        };
    }
}
