using TikTokShopSandbox.Showcase;
using TikTokShopSandbox.World;

namespace TikTokShopSandbox.Simulation;

/// <summary>
/// A showcase item added in the past: each hour from then to the current one draws the arrivals the live simulator
/// would have drawn, and every content and order step up to now runs at once in time order, the clock showing each
/// past instant meanwhile. It runs on a scheduler of its own, so the live queue and its last planned hour are left
/// alone; webhooks stay muted, since TikTok would have delivered them back then. Steps still ahead join the live queue.
/// </summary>
internal static class HistoryBackfill
{
    public static void Run(SandboxWorld world, ShowcaseItem item)
    {
        var live = world.Scheduler;
        var now = world.Now;
        var past = new Scheduler();
        world.Scheduler = past;
        world.WebhooksMuted = true;
        world.Now = item.AddedAt;
        try
        {
            ContentSimulator.Plan(world, item);
            var hour = FirstHourFrom(item.AddedAt);
            while (true)
            {
                var nextEvent = past.NextTime ?? long.MaxValue;
                if (hour <= world.LastBucket && hour <= nextEvent)
                {
                    world.Now = Math.Max(world.Now, hour);
                    MarketSimulator.PlanArrivals(world, item, hour);
                    hour += MarketSimulator.BucketSeconds;
                    continue;
                }

                if (nextEvent > now)
                {
                    break;
                }

                world.Now = Math.Max(world.Now, nextEvent);
                past.Dequeue()();
            }
        }
        finally
        {
            world.Now = now;
            world.Scheduler = live;
            world.WebhooksMuted = false;
        }

        past.MoveTo(live);
    }

    /// <summary>The live simulator starts an item at the first hour that begins at or after it was added.</summary>
    private static long FirstHourFrom(long addedAt)
    {
        var offset = addedAt % MarketSimulator.BucketSeconds;
        return offset == 0 ? addedAt : addedAt - offset + MarketSimulator.BucketSeconds;
    }
}
