using TikTokShopSandbox.Campaigns;
using TikTokShopSandbox.Common;
using TikTokShopSandbox.Orders;
using TikTokShopSandbox.Products;
using TikTokShopSandbox.Showcase;
using TikTokShopSandbox.World;

namespace TikTokShopSandbox.Simulation;

/// <summary>
/// Benchmark orders: many TAP orders at once, evenly spread over a window and across the market's creators and the
/// campaign's approved products, with SKUs, quantities and outcomes drawn as the simulator draws them and settled as
/// of now. They exist only for P10 (no seller view, returns, performance or webhooks), so each keeps just what P10
/// prints and the seller-view fields stay empty: a million fit in a few hundred MB.
/// </summary>
internal static class SyntheticOrders
{
    public static int Create(SandboxWorld world, Campaign campaign, int count, long from, long until)
    {
        var products = campaign.Products.Where(p => p.Status == ReviewStatus.Approved).ToList();
        var promotions = world.Creators
            .Where(c => string.Equals(c.Market, campaign.Market, StringComparison.Ordinal))
            .SelectMany(creator => products.Select(registration => Promotion(creator, registration, from)))
            .ToList();
        var random = Seeds.Random(world.Seed, 40, campaign.Seq, world.OrderIndex.SequencesIssued);
        var orders = new List<Order>(count);
        for (var i = 0; i < count; i++)
        {
            var createTime = (long)(from + ((Int128)(until - from) * i / count));
            var order = New(world, promotions[i % promotions.Count], createTime, random);
            OrderLifecycle.Settle(order, OrderLifecycle.Draw(order, random), world.Now);
            orders.Add(order);
        }

        world.OrderIndex.AddSorted(campaign, orders);
        return count;
    }

    /// <summary>Not in the showcase: the live simulator must not start selling through it.</summary>
    private static ShowcaseItem Promotion(Creator creator, CampaignProduct registration, long from) => new()
    {
        Creator = creator,
        Product = registration.Product,
        Seq = -1,
        AffiliateProductId = "",
        CampaignProduct = registration,
        CreatorRate = registration.CreatorRate,
        AddedAt = from,
    };

    private static Order New(SandboxWorld world, ShowcaseItem promotion, long createTime, Random random)
    {
        var registration = promotion.CampaignProduct!;
        var skus = registration.Product.Skus;
        var first = random.Next(skus.Count);
        var picked = skus.Count > 1 && random.Chance(0.15) ? new[] { skus[first], skus[(first + 1) % skus.Count] } : [skus[first]];
        var share = OrderSimulator.CreatorShare(registration.TotalRate, promotion.CreatorRate);
        var lines = Array.ConvertAll(picked, sku => new OrderLine
        {
            Sku = sku,
            Quantity = random.Chance(0.75) ? 1 : random.Next(2, 4),
            Price = sku.Price,
            LineItemIds = [],
            ContentType = "SHOP",
            TapRate = registration.TotalRate,
            CreatorShareRate = share,
        });
        return new Order
        {
            Id = world.Ids.Next(IdKind.Order),
            Item = promotion,
            CampaignProduct = registration,
            BuyerUserId = "",
            PackageId = "",
            TrackingNumber = "",
            ShippingProvider = "",
            IsCod = false,
            CreateTime = createTime,
            UpdateTime = createTime,
            Lines = lines,
            Seq = world.OrderIndex.NextSeq(),
        };
    }
}
