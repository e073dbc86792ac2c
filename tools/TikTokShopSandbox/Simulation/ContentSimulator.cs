using TikTokShopSandbox.Auth;
using TikTokShopSandbox.Campaigns;
using TikTokShopSandbox.Common;
using TikTokShopSandbox.Showcase;
using TikTokShopSandbox.World;

namespace TikTokShopSandbox.Simulation;

/// <summary>
/// Creators post videos (and bigger ones go live) about products they added from a campaign link, again and again
/// while the campaign runs, at instants shaped by their <see cref="PostingHabit"/>. Each post plans the next one when
/// it goes out, so a history backfill, which runs the past on a queue of its own, replays the whole chain.
/// </summary>
internal static class ContentSimulator
{
    private const long Hour = 3_600;
    private const long Day = 86_400;
    private const int MaxPerItem = 40;
    private const long LiveFollowers = 50_000;

    /// <summary>A day moved to fit the habit may bring a post closer to the one before, but never this close.</summary>
    private const long MinimumGap = 12 * Hour;

    public static void Plan(SandboxWorld world, ShowcaseItem item)
    {
        PlanNext(world, item, ContentType.Video, 0, world.Now);
        if (item.Creator.Followers > LiveFollowers)
        {
            PlanNext(world, item, ContentType.Live, 0, world.Now);
        }
    }

    public static void Post(SandboxWorld world, ShowcaseItem item, ContentType type, int draw, long? duration)
    {
        var random = Seeds.Random(world.Seed, 31, draw);
        var now = world.Now;
        var reach = item.Creator.Followers * (0.05 + random.NextDouble() * 0.55);
        var noise = 0.85 + random.NextDouble() * 0.3;
        var content = new Content
        {
            Id = world.Ids.NextTimed(IdKind.Content, now),
            Type = type,
            Item = item,
            PublishedAt = now,
            EndedAt = duration is { } d ? now + d : null,
            FinalViews = (long)(reach * PostingHabit.Of(world, item.Creator).Multiplier(now) * noise) + 100,
            LikePerMille = random.Next(30, 91),
        };
        item.Contents.Add(content);
        if (type == ContentType.Video && world.CreatorGrant(item.Creator)?.Has(Scopes.CreatorCollaborationRead) == true)
        {
            world.CreatorWebhook(item.Creator, 17, new
            {
                ProductId = item.Product.Id,
                Event = new { Type = "ADD", Scene = "VIDEO", ContentId = content.Id },
            });
        }
    }

    /// <summary>Videos come 12–72 h after the add, then every 2–6 days; lives 2–6 days after it, then every 2–3 weeks.</summary>
    private static void PlanNext(SandboxWorld world, ShowcaseItem item, ContentType type, int index, long after)
    {
        var random = Seeds.Random(world.Seed, type == ContentType.Video ? 33 : 34, Seeds.Of(item.AffiliateProductId), index);
        var gap = (type, index) switch
        {
            (ContentType.Video, 0) => random.NextInt64(12 * Hour, 72 * Hour),
            (ContentType.Video, _) => random.NextInt64(2 * Day, 6 * Day),
            (ContentType.Live, 0) => random.NextInt64(2 * Day, 6 * Day),
            (ContentType.Live, _) => random.NextInt64(14 * Day, 21 * Day),
        };
        var at = PostingHabit.Of(world, item.Creator).PostingInstant(random, after + gap, after + MinimumGap);
        var draw = random.Next();
        long? duration = type == ContentType.Live ? random.NextInt64(Hour, 3 * Hour) : null;
        world.Scheduler.At(at, () => PostInChain(world, item, type, index, draw, duration));
    }

    /// <summary>The first post goes out whatever the campaign's state; later ones only while it is ongoing.</summary>
    private static void PostInChain(SandboxWorld world, ShowcaseItem item, ContentType type, int index, int draw, long? duration)
    {
        var campaign = item.CampaignProduct?.Campaign;
        if (index == 0 || campaign?.StatusAt(world.Now) == CampaignStatus.Ongoing)
        {
            Post(world, item, type, draw, duration);
        }

        if (index + 1 < MaxPerItem && campaign?.IsOnline(world.Now) == true)
        {
            PlanNext(world, item, type, index + 1, world.Now);
        }
    }
}
