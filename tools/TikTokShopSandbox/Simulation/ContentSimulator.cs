using TikTokShopSandbox.Auth;
using TikTokShopSandbox.Common;
using TikTokShopSandbox.Showcase;
using TikTokShopSandbox.World;

namespace TikTokShopSandbox.Simulation;

/// <summary>Creators post videos (and bigger ones go live) about products they added from a campaign link.</summary>
internal static class ContentSimulator
{
    private const long Hour = 3_600;
    private const long Day = 86_400;

    public static void Plan(SandboxWorld world, ShowcaseItem item)
    {
        var random = Seeds.Random(world.Seed, 30, Seeds.Of(item.AffiliateProductId));
        var now = world.Now;
        var first = now + random.NextInt64(12 * Hour, 72 * Hour);
        var firstDraw = random.Next();
        world.Scheduler.At(first, () => Post(world, item, ContentType.Video, firstDraw, null));
        if (item.Creator.Followers > 50_000 && random.Chance(0.6))
        {
            var live = now + random.NextInt64(2 * Day, 6 * Day);
            var liveDraw = random.Next();
            var duration = random.NextInt64(Hour, 3 * Hour);
            world.Scheduler.At(live, () => Post(world, item, ContentType.Live, liveDraw, duration));
        }

        if (random.Chance(0.5))
        {
            var second = now + random.NextInt64(7 * Day, 12 * Day);
            var secondDraw = random.Next();
            world.Scheduler.At(second, () => Post(world, item, ContentType.Video, secondDraw, null));
        }
    }

    public static void Post(SandboxWorld world, ShowcaseItem item, ContentType type, int draw, long? duration)
    {
        var random = Seeds.Random(world.Seed, 31, draw);
        var content = new Content
        {
            Id = world.Ids.Next(IdKind.Content),
            Type = type,
            Item = item,
            PublishedAt = world.Now,
            EndedAt = duration is { } d ? world.Now + d : null,
            BaseViews = (long)(item.Creator.Followers * (0.05 + random.NextDouble() * 0.55)) + 100,
            LikePerMille = random.Next(30, 91),
        };
        world.Contents.Add(content);
        if (type == ContentType.Video && world.CreatorGrant(item.Creator)?.Has(Scopes.CreatorCollaborationRead) == true)
        {
            world.CreatorWebhook(item.Creator, 17, new
            {
                ProductId = item.Product.Id,
                Event = new { Type = "ADD", Scene = "VIDEO", ContentId = content.Id },
            });
        }
    }
}
