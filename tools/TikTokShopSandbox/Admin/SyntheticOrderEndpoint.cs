using TikTokShopSandbox.Common;
using TikTokShopSandbox.Products;
using TikTokShopSandbox.Simulation;

namespace TikTokShopSandbox.Admin;

/// <summary><c>POST /sandbox/orders/synthetic</c>: bulk TAP orders for benchmarking P10.</summary>
internal static class SyntheticOrderEndpoint
{
    public const int MaxCount = 2_000_000;

    public static object Create(AdminCall call)
    {
        var world = call.World;
        var body = call.Body;
        var campaignId = body.String("campaign_id") ?? throw AdminException.BadRequest("campaign_id is required");
        var campaign = world.CampaignsById.GetValueOrDefault(campaignId) ?? throw AdminException.NotFound($"Campaign {campaignId} not found");
        var count = body.Long("count") ?? throw AdminException.BadRequest("count is required");
        if (count is < 1 or > MaxCount)
        {
            throw AdminException.BadRequest($"count must be between 1 and {MaxCount}");
        }

        var from = body.Long("from_time") ?? throw AdminException.BadRequest("from_time is required");
        var until = body.Long("until_time") ?? throw AdminException.BadRequest("until_time is required");
        if (from >= until)
        {
            throw AdminException.BadRequest("from_time must be before until_time");
        }

        if (until > world.Now)
        {
            throw AdminException.BadRequest($"until_time {until} is after the sandbox's now ({world.Now}): orders cannot be created in the future");
        }

        if (!campaign.Products.Any(p => p.Status == ReviewStatus.Approved))
        {
            throw AdminException.Conflict("The campaign has no APPROVED product to order");
        }

        return new { Created = SyntheticOrders.Create(world, campaign, (int)count, from, until) };
    }
}
