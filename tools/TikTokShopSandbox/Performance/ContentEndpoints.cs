using System.Globalization;
using TikTokShopSandbox.Campaigns;
using TikTokShopSandbox.Common;
using TikTokShopSandbox.Orders;
using TikTokShopSandbox.Showcase;
using TikTokShopSandbox.Signing;

namespace TikTokShopSandbox.Performance;

/// <summary>P13 (a creator's videos and lives for a product) and P14 (the creator's sample shipment).</summary>
internal static class ContentEndpoints
{
    private const string Base = "/affiliate_partner/202508/campaigns/{campaign_id}/products/{product_id}/creator/{creator_temp_id}/content/statistics";

    public static void Map(IEndpointRouteBuilder app, EndpointSpec spec)
    {
        app.OpenGet(Base, spec, Statistics);
        app.OpenGet(Base + "/sample/status", spec, SampleStatus);
    }

    private static object Statistics(ApiCall call)
    {
        var item = Item(call);
        var affiliateProductId = call.Query.Required("affiliate_product_id");
        if (affiliateProductId != item.AffiliateProductId)
        {
            throw ApiException.Invalid("affiliate_product_id does not match this creator and product");
        }

        var type = call.Query.Enum("content_type", "1", "2") switch
        {
            "1" => ContentType.Video,
            "2" => ContentType.Live,
            _ => (ContentType?)null,
        };
        var now = call.Now;
        var orders = call.World.Orders
            .Where(o => o.Item == item && o.AffiliateStatus != AffiliateStatus.Cancelled)
            .SelectMany(o => o.Lines.Select(l => l.ContentId).OfType<string>().Distinct(StringComparer.Ordinal).Select(id => (id, o)))
            .ToLookup(x => x.id, x => x.o, StringComparer.Ordinal);
        var zone = Markets.TimeZone(item.Creator.Market);
        var contents = item.Contents
            .Where(c => c.PublishedAt <= now && (type is null || c.Type == type))
            .Select(c => Json(c, [.. orders[c.Id]], now, zone))
            .ToList();
        return new { CreatorContentStatistics = contents };
    }

    private static object SampleStatus(ApiCall call)
    {
        var item = Item(call);
        var sample = call.World.Samples.LastOrDefault(s => s.Creator == item.Creator && s.CampaignProduct == item.CampaignProduct && s.ApproveTime is not null);
        if (sample is null)
        {
            return new { };
        }

        var now = call.Now;
        var approved = sample.ApproveTime!.Value;
        var events = new List<(long Time, string Description, string Extended)> { (approved, "ORDER_PLACED", "order placed") };
        if (sample.ShipTime is { } shipped)
        {
            events.Add((shipped, "ORDER_PACKED_AND_READY_FOR_DROP_OFF_AT_CARRIERS_FACILITY", "handed to the carrier"));
        }

        if (sample.DeliveredTime is { } delivered)
        {
            events.Add((delivered - 5 * 3_600, "OUT_FOR_DELIVERY", "delivering"));
            events.Add((delivered, "THE_PACKAGE_HAS_BEEN_DELIVERED", "delivered"));
        }

        return new
        {
            SampleStatus = new
            {
                ShippingProviderName = "Sandbox Express",
                DeliveryOption = "ECONOMY_SHIPPING",
                EstimatedEarliestDeliveryDate = PerformanceEndpoints.Text(approved + 3 * 86_400),
                EstimatedLatestDeliveryDate = PerformanceEndpoints.Text(approved + 6 * 86_400),
                Quantity = 1,
                TrackingResults = events
                    .Where(e => e.Time <= now)
                    .OrderByDescending(e => e.Time)
                    .Select(e => new
                    {
                        TrackingEventUpdateDate = PerformanceEndpoints.Text(e.Time),
                        TrackingEventDescription = e.Description,
                        TrackingEventDescriptionExtended = e.Extended,
                    })
                    .ToList(),
            },
        };
    }

    private static ShowcaseItem Item(ApiCall call)
    {
        var campaign = PartnerLookup.Campaign(call);
        var registration = PartnerLookup.Product(call, campaign);
        var creatorId = call.Route("creator_temp_id");
        return call.World.Showcase.FirstOrDefault(i => i.CampaignProduct == registration && i.Creator.OpenId == creatorId)
            ?? throw new ApiException(ErrorCodes.CampaignProductNotFound, $"Creator {creatorId} does not promote product {registration.Product.Id} in this campaign");
    }

    /// <summary>One content with the item's uncancelled orders attributed to it; dates are the creator's local ones.</summary>
    private static object Json(Content content, List<Order> orders, long now, TimeZoneInfo zone)
    {
        var currency = content.Item.Product.Shop.Currency;
        var views = content.ViewsAt(now) + orders.Count * 40;
        var likes = views * content.LikePerMille / 1_000;
        var user = content.Item.Creator.Username;
        var url = content.Type == ContentType.Video
            ? $"https://www.tiktok.com/@{user}/video/{content.Id}"
            : $"https://www.tiktok.com/@{user}/live/replay/{content.Id}";
        return new
        {
            ContentType = content.Type == ContentType.Video ? "VIDEO" : "LIVE_ROOM",
            CoverImgUrl = content.Type == ContentType.Live ? $"https://p16-oec-va.ibyteimg.com/tos-maliva-live-cover/{content.Id}.jpeg" : null,
            SourceUrl = url,
            ViewCount = PerformanceEndpoints.Text(views),
            LikeCount = PerformanceEndpoints.Text(likes),
            CommentNum = PerformanceEndpoints.Text(likes / 20),
            PaidOrderNum = PerformanceEndpoints.Text(orders.Count),
            PaidAmount = Money.Format(orders.Sum(o => o.Lines.Where(l => l.ContentId == content.Id).Sum(l => l.Price * l.Quantity)), currency),
            LinkedTiktokVideo = content.Type == ContentType.Video ? url : null,
            PublishedDate = Date(content.PublishedAt, zone),
            ContentEndDate = content.EndedAt is { } end ? Date(end, zone) : null,
        };
    }

    private static string Date(long unix, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds(unix), zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
