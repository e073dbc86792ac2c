using TikTokShopSandbox.Campaigns;
using TikTokShopSandbox.Common;
using TikTokShopSandbox.Products;
using TikTokShopSandbox.Showcase;
using TikTokShopSandbox.Simulation;
using TikTokShopSandbox.World;

namespace TikTokShopSandbox.Samples;

/// <summary>
/// Free samples for partner campaigns: a creator asks (which adds the product to the showcase), the agency
/// approves or rejects in Partner Center, then the seller ships, the creator receives it and posts a video.
/// </summary>
internal static class SampleService
{
    private const long Hour = 3_600;
    private const long Day = 86_400;

    public static SampleRequest Request(SandboxWorld world, Creator creator, CampaignProduct registration, string? skuId)
    {
        var sku = skuId is null
            ? registration.Product.Skus[0]
            : registration.Product.Skus.FirstOrDefault(s => s.Id == skuId) ?? throw AdminException.NotFound($"SKU {skuId} is not a SKU of product {registration.Product.Id}");
        if (!registration.IsSelling || !registration.Campaign.IsOnline(world.Now))
        {
            throw AdminException.Conflict("Samples are only requested for APPROVED products of UPCOMING or ONGOING campaigns");
        }

        if (world.Samples.Any(s => s.Creator == creator && s.CampaignProduct == registration && s.IsOpen))
        {
            throw AdminException.Conflict("The creator already has an open sample request for this product");
        }

        if (ShowcaseService.Find(world, creator, registration.Product.Id)?.CampaignProduct != registration)
        {
            var added = ShowcaseService.AddCampaignProduct(world, creator, registration, registration.CreatorRate, null, world.Now);
            if (added.Item is null)
            {
                throw AdminException.Conflict(added.Message);
            }
        }

        var sample = new SampleRequest
        {
            Id = world.Ids.Next(IdKind.Sample),
            Creator = creator,
            CampaignProduct = registration,
            Sku = sku,
            CreateTime = world.Now,
            Status = "PENDING",
        };
        world.Samples.Add(sample);
        return sample;
    }

    public static void Approve(SandboxWorld world, SampleRequest sample)
    {
        RequirePending(sample);
        var registration = sample.CampaignProduct;
        if (registration.Campaign.StatusAt(world.Now) == CampaignStatus.Closed)
        {
            throw AdminException.Conflict("The campaign has ended");
        }

        var approved = world.Samples.Count(s => s.CampaignProduct == registration && s.ApproveTime is not null);
        if (approved >= registration.SampleQuota)
        {
            throw AdminException.Conflict($"The sample quota ({registration.SampleQuota}) of this product is used up");
        }

        sample.Status = "AWAITING_SHIPMENT";
        sample.ApproveTime = world.Now;
        var plan = Plan(world, sample);
        world.Scheduler.At(plan.Shipped, () => Ship(world, sample));
        world.Scheduler.At(plan.Delivered, () => Deliver(world, sample));
        world.Scheduler.At(plan.Posted, () => Complete(world, sample));
    }

    /// <summary>The seller hands the parcel to the carrier: on the planned day, or at once when the sandbox's admin says so.</summary>
    public static void Ship(SandboxWorld world, SampleRequest sample)
    {
        if (sample.Status != "AWAITING_SHIPMENT")
        {
            return;
        }

        sample.Status = "SHIPPED";
        sample.ShipTime = world.Now;
        sample.TrackingNumber = Plan(world, sample).Tracking;
    }

    /// <summary>The carrier delivers; the creator's content is now due.</summary>
    public static void Deliver(SandboxWorld world, SampleRequest sample)
    {
        if (sample.Status != "SHIPPED")
        {
            return;
        }

        sample.Status = "CONTENT_PENDING";
        sample.DeliveredTime = world.Now;
    }

    private static void Complete(SandboxWorld world, SampleRequest sample)
    {
        if (sample.Status != "CONTENT_PENDING")
        {
            return;
        }

        sample.Status = "COMPLETED";
        sample.CompleteTime = world.Now;
        if (ShowcaseService.Find(world, sample.Creator, sample.CampaignProduct.Product.Id) is { } item)
        {
            ContentSimulator.Post(world, item, ContentType.Video, Plan(world, sample).Draw, null);
        }
    }

    /// <summary>
    /// A sample's course after approval, drawn from the seed and its id: shipped within 12-48 h, delivered 2-4 days
    /// later, posted 1-5 days after that. A step taken early by the admin leaves the later ones planned as they were,
    /// and a planned step that finds the sample already past it does nothing.
    /// </summary>
    private static (long Shipped, long Delivered, long Posted, string Tracking, int Draw) Plan(SandboxWorld world, SampleRequest sample)
    {
        var random = Seeds.Random(world.Seed, 40, Seeds.Of(sample.Id));
        var shipped = sample.ApproveTime!.Value + random.NextInt64(12 * Hour, 48 * Hour);
        var delivered = shipped + random.NextInt64(2 * Day, 4 * Day);
        var posted = delivered + random.NextInt64(Day, 5 * Day);
        return (shipped, delivered, posted, "SBXS" + random.Token(11, "0123456789"), random.Next());
    }

    public static void Reject(SampleRequest sample)
    {
        RequirePending(sample);
        sample.Status = "REJECT_CANCELLED";
    }

    public static object Json(SampleRequest s) => new
    {
        s.Id,
        CreatorOpenId = s.Creator.OpenId,
        CampaignId = s.CampaignProduct.Campaign.Id,
        ProductId = s.CampaignProduct.Product.Id,
        SkuId = s.Sku.Id,
        s.Status,
        s.CreateTime,
        s.ApproveTime,
        s.ShipTime,
        s.DeliveredTime,
        s.CompleteTime,
        s.TrackingNumber,
    };

    private static void RequirePending(SampleRequest sample)
    {
        if (sample.Status != "PENDING")
        {
            throw AdminException.Conflict($"The sample request is {sample.Status}, not PENDING");
        }
    }
}
