using TikTokShopSandbox.Products;
using TikTokShopSandbox.World;

namespace TikTokShopSandbox.Samples;

/// <summary>A creator's free-sample request for a campaign product, decided by the agency.</summary>
internal sealed class SampleRequest
{
    public required string Id { get; init; }

    public required Creator Creator { get; init; }

    public required CampaignProduct CampaignProduct { get; init; }

    public required Sku Sku { get; init; }

    public required long CreateTime { get; init; }

    public required string Status { get; set; }

    public long? ApproveTime { get; set; }

    public long? ShipTime { get; set; }

    public long? DeliveredTime { get; set; }

    public long? CompleteTime { get; set; }

    public string? TrackingNumber { get; set; }

    public bool IsOpen => Status is "PENDING" or "AWAITING_SHIPMENT" or "SHIPPED" or "CONTENT_PENDING";
}
