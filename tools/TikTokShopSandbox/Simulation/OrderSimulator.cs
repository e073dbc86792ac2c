using TikTokShopSandbox.Campaigns;
using TikTokShopSandbox.Common;
using TikTokShopSandbox.Orders;
using TikTokShopSandbox.Showcase;
using TikTokShopSandbox.World;

namespace TikTokShopSandbox.Simulation;

/// <summary>A buyer orders a campaign product through a creator's showcase, video or live.</summary>
internal static class OrderSimulator
{
    /// <summary>The order, or null when the item's product is not selling in an ongoing campaign now.</summary>
    public static Order? Create(SandboxWorld world, ShowcaseItem item, long hour, int index)
    {
        if (item.CampaignProduct is not { IsSelling: true } registration || registration.Campaign.StatusAt(world.Now) != CampaignStatus.Ongoing)
        {
            return null;
        }

        var random = Seeds.Random(world.Seed, 21, hour, item.Seq, index);
        var product = registration.Product;
        var skus = product.Skus.OrderBy(_ => random.Next()).Take(product.Skus.Count > 1 && random.Chance(0.15) ? 2 : 1).ToList();
        var (contentType, contentId) = Attribution(world, item, random);
        var tapRate = registration.TotalRate;
        var share = CreatorShare(tapRate, item.CreatorRate);
        var lines = skus.Select(sku =>
        {
            var quantity = random.Chance(0.75) ? 1 : random.Next(2, 4);
            return new OrderLine
            {
                Sku = sku,
                Quantity = quantity,
                Price = sku.Price,
                LineItemIds = [.. Enumerable.Range(0, quantity).Select(_ => world.Ids.Next(IdKind.LineItem))],
                ContentType = contentType,
                ContentId = contentId,
                TapRate = tapRate,
                CreatorShareRate = share,
            };
        }).ToList();
        var order = new Order
        {
            Id = world.Ids.Next(IdKind.Order),
            Item = item,
            CampaignProduct = registration,
            BuyerUserId = world.Ids.Next(IdKind.Buyer),
            PackageId = world.Ids.Next(IdKind.Package),
            TrackingNumber = "SBX" + random.Token(12, "0123456789"),
            ShippingProvider = Carrier(product.Shop.Region),
            IsCod = product.Shop.Region != "US" && random.Chance(0.4),
            CreateTime = world.Now,
            UpdateTime = world.Now,
            Lines = lines,
            Seq = world.OrderIndex.NextSeq(),
        };
        world.Orders.Add(order);
        world.OrdersById.Add(order.Id, order);
        world.OrderIndex.Add(order);
        OrderLifecycle.StatusWebhook(world, order, "AWAITING_SHIPMENT");
        OrderLifecycle.Plan(world, order, random);
        return order;
    }

    /// <summary>The creator's share of the TAP commission, so that base × tap rate × share = the link's creator rate.</summary>
    public static int CreatorShare(int tapRate, int creatorRate) =>
        tapRate == 0 ? 0 : (int)Math.Min(10_000, Math.Round(creatorRate * 10_000m / tapRate, MidpointRounding.AwayFromZero));

    /// <summary>
    /// An order comes from a live on air, else often from a posted video (the more watched, the likelier), else from
    /// the showcase.
    /// </summary>
    private static (string Type, string? Id) Attribution(SandboxWorld world, ShowcaseItem item, Random random)
    {
        var now = world.Now;
        var posted = item.Contents.Where(c => c.PublishedAt <= now).ToList();
        var live = posted.FirstOrDefault(c => c.Type == ContentType.Live && now < c.EndedAt);
        var videos = posted.Where(c => c.Type == ContentType.Video).ToList();
        var roll = random.NextDouble();
        if (live is not null && roll < 0.7)
        {
            return ("LIVE", live.Id);
        }

        return videos.Count > 0 && roll < 0.75 ? ("VIDEO", ByViews(videos, now, random).Id) : ("SHOP", null);
    }

    /// <summary>A video drawn in proportion to its views now; one more each keeps a video posted this instant in the draw.</summary>
    private static Content ByViews(List<Content> videos, long now, Random random)
    {
        var weights = videos.Select(v => v.ViewsAt(now) + 1.0).ToList();
        var point = random.NextDouble() * weights.Sum();
        for (var i = 0; i < videos.Count - 1; i++)
        {
            point -= weights[i];
            if (point < 0)
            {
                return videos[i];
            }
        }

        return videos[^1];
    }

    private static string Carrier(string region) => region switch
    {
        "VN" => "Giao Hang Nhanh",
        "PH" or "ID" => "J&T Express",
        "TH" => "Flash Express",
        "MY" or "SG" => "Ninja Van",
        _ => "USPS",
    };
}
