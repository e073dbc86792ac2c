using TikTokShopSandbox.Campaigns;
using TikTokShopSandbox.Common;
using TikTokShopSandbox.Products;
using TikTokShopSandbox.Showcase;
using TikTokShopSandbox.World;

namespace TikTokShopSandbox.Simulation;

/// <summary>
/// Moves the world to a later instant. Time is cut into hours: on entering an hour the simulator draws that hour's
/// seller registrations and buyer orders (from streams keyed by the hour and the campaign, shop or showcase item),
/// then every scheduled change runs in time order. Advancing in one step or many gives the same world.
/// </summary>
internal static class MarketSimulator
{
    public const long BucketSeconds = 3_600;
    private const double RegistrationChancePerHour = 0.15;

    /// <summary>Runs until <paramref name="target"/>, or stops right after a change that queued a webhook.</summary>
    /// <returns>Whether the clock reached the target.</returns>
    public static bool RunUntil(SandboxWorld world, long target, bool stopOnWebhook)
    {
        var queued = world.Webhooks.All.Count;
        while (true)
        {
            var nextBucket = world.LastBucket + BucketSeconds;
            var nextEvent = world.Scheduler.NextTime ?? long.MaxValue;
            var next = Math.Min(nextBucket, nextEvent);
            if (next > target)
            {
                break;
            }

            world.Now = Math.Max(world.Now, next);
            if (nextBucket <= nextEvent)
            {
                world.LastBucket = nextBucket;
                PlanHour(world, nextBucket);
                continue;
            }

            world.Scheduler.Dequeue()();
            if (stopOnWebhook && world.Webhooks.All.Count > queued)
            {
                return world.Now >= target;
            }
        }

        world.Now = Math.Max(world.Now, target);
        return true;
    }

    private static void PlanHour(SandboxWorld world, long hour)
    {
        foreach (var campaign in world.Campaigns.Where(c => c.RegistrationOpenAt(hour)))
        {
            foreach (var shop in world.Shops.Where(campaign.Targets))
            {
                var random = Seeds.Random(world.Seed, 10, hour, campaign.Seq, shop.Seq);
                if (random.Chance(RegistrationChancePerHour))
                {
                    var draw = random.Next();
                    world.Scheduler.At(hour + random.Next((int)BucketSeconds), () => Register(world, campaign, shop, draw));
                }
            }
        }

        foreach (var item in world.Showcase.ToList())
        {
            PlanArrivals(world, item, hour);
        }
    }

    /// <summary>Schedules the orders one showcase item gets in the hour starting at <paramref name="hour"/>.</summary>
    public static void PlanArrivals(SandboxWorld world, ShowcaseItem item, long hour)
    {
        if (item.CampaignProduct is not { IsSelling: true } registration
            || registration.Campaign.StatusAt(hour) != CampaignStatus.Ongoing
            || item.AddedAt > hour)
        {
            return;
        }

        var random = Seeds.Random(world.Seed, 20, hour, item.Seq);
        var perHour = (0.4 + item.Creator.Followers / 100_000.0) / 24;
        var arrivals = random.Poisson(perHour);
        for (var k = 0; k < arrivals; k++)
        {
            var index = k;
            world.Scheduler.At(hour + random.Next((int)BucketSeconds), () => OrderSimulator.Create(world, item, hour, index));
        }
    }

    private static void Register(SandboxWorld world, Campaign campaign, Shop shop, int draw)
    {
        if (!campaign.RegistrationOpenAt(world.Now) || !campaign.Targets(shop))
        {
            return;
        }

        var candidates = Registrations.Candidates(campaign, shop, world.Now);
        if (candidates.Count == 0)
        {
            return;
        }

        var random = Seeds.Random(world.Seed, 11, draw);
        var product = random.Pick(candidates);
        var (total, creator, quota) = Registrations.Offer(random, campaign);
        Registrations.Register(campaign, product, world.Now, total, creator, quota);
    }
}
