using TikTokShopSandbox.Campaigns;
using TikTokShopSandbox.World;

namespace TikTokShopSandbox.Products;

/// <summary>Sellers registering products into published campaigns (the simulator and the admin endpoint).</summary>
internal static class Registrations
{
    private const long ReRegisterAfter = 86_400;

    /// <summary>Products of the shop that are not in the campaign, or were rejected (not forever) a day ago or more.</summary>
    public static List<Product> Candidates(Campaign campaign, Shop shop, long now) =>
        [.. shop.Products.Where(p => !campaign.ProductsById.TryGetValue(p.Id, out var registered)
            || (registered.Status == ReviewStatus.Rejected && !registered.RejectedForever && now >= registered.RejectedAt + ReRegisterAfter))];

    /// <summary>A seller's offer: at least the campaign's rate, split into creator and partner parts.</summary>
    public static (int Total, int Creator, int SampleQuota) Offer(Random random, Campaign campaign)
    {
        var total = Math.Min(8000, campaign.CommissionRate + random.Next(0, 16) * 100);
        var creator = (int)Math.Round(total * (0.3 + random.NextDouble() * 0.3) / 100) * 100;
        return (total, Math.Clamp(creator, 0, total), random.Next(0, 31));
    }

    public static CampaignProduct Register(Campaign campaign, Product product, long now, int total, int creator, int sampleQuota)
    {
        if (campaign.ProductsById.TryGetValue(product.Id, out var existing))
        {
            existing.Status = ReviewStatus.Pending;
            existing.RegisteredAt = now;
            existing.TotalRate = total;
            existing.CreatorRate = creator;
            existing.SampleQuota = sampleQuota;
            existing.RejectedAt = null;
            existing.RejectReasons = [];
            return existing;
        }

        var registration = new CampaignProduct
        {
            Campaign = campaign,
            Product = product,
            RegisteredAt = now,
            TotalRate = total,
            CreatorRate = creator,
            SampleQuota = sampleQuota,
        };
        campaign.ProductsById.Add(product.Id, registration);
        campaign.Products.Add(registration);
        return registration;
    }
}
