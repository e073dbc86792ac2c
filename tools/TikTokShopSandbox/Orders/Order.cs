using TikTokShopSandbox.Products;
using TikTokShopSandbox.Showcase;
using TikTokShopSandbox.World;

namespace TikTokShopSandbox.Orders;

/// <summary>Seller order status (order API and webhook 1 use the same words, except CANCEL in webhooks).</summary>
internal enum SellerStatus
{
    AwaitingShipment,
    AwaitingCollection,
    InTransit,
    Delivered,
    Completed,
    Cancelled,
}

/// <summary>Status of the TAP affiliate order (P10).</summary>
internal enum AffiliateStatus
{
    Processing,
    Completed,
    Cancelled,
    Frozen,
}

/// <summary>One order from one creator's promotion of one campaign product; the seller and TAP views share it.</summary>
internal sealed class Order
{
    public required string Id { get; init; }

    public required ShowcaseItem Item { get; init; }

    public required CampaignProduct CampaignProduct { get; init; }

    public required string BuyerUserId { get; init; }

    public required string PackageId { get; init; }

    public required string TrackingNumber { get; init; }

    public required string ShippingProvider { get; init; }

    public required bool IsCod { get; init; }

    public required long CreateTime { get; init; }

    public required IReadOnlyList<OrderLine> Lines { get; init; }

    public required int Seq { get; init; }

    public Shop Shop => CampaignProduct.Product.Shop;

    public string Currency => Shop.Currency;

    public SellerStatus SellerStatus { get; set; } = SellerStatus.AwaitingShipment;

    public AffiliateStatus AffiliateStatus { get; set; } = AffiliateStatus.Processing;

    public long UpdateTime { get; set; }

    public long? RtsTime { get; set; }

    public long? CollectionTime { get; set; }

    public long? DeliveryTime { get; set; }

    public long? CompleteTime { get; set; }

    public long? CancelTime { get; set; }

    public bool CancelRequested { get; set; }

    public decimal SubTotal => Lines.Sum(l => l.Price * l.Quantity);

    public static string SellerStatusName(SellerStatus status) => status switch
    {
        SellerStatus.AwaitingShipment => "AWAITING_SHIPMENT",
        SellerStatus.AwaitingCollection => "AWAITING_COLLECTION",
        SellerStatus.InTransit => "IN_TRANSIT",
        SellerStatus.Delivered => "DELIVERED",
        SellerStatus.Completed => "COMPLETED",
        SellerStatus.Cancelled => "CANCELLED",
    };

    public static string AffiliateStatusName(AffiliateStatus status) => status switch
    {
        AffiliateStatus.Processing => "PROCESSING",
        AffiliateStatus.Completed => "COMPLETED",
        AffiliateStatus.Cancelled => "CANCELLED",
        AffiliateStatus.Frozen => "FROZEN",
    };
}

/// <summary>One SKU of an order. The seller view lists one line item per unit, as TikTok does.</summary>
internal sealed class OrderLine
{
    public required Sku Sku { get; init; }

    public required int Quantity { get; init; }

    public required decimal Price { get; init; }

    public required IReadOnlyList<string> LineItemIds { get; init; }

    public required string ContentType { get; init; }

    public string? ContentId { get; init; }

    /// <summary>The product's total rate: between seller and TAP.</summary>
    public required int TapRate { get; init; }

    /// <summary>The creator's share of the TAP commission, so that base × tap × share = the link's creator rate.</summary>
    public required int CreatorShareRate { get; init; }

    public int ReturnedQuantity { get; set; }

    public int RefundedQuantity { get; set; }

    public int KeptQuantity => Quantity - ReturnedQuantity - RefundedQuantity;
}

internal sealed class ReturnRecord
{
    public required string Id { get; init; }

    public required Order Order { get; init; }

    public required OrderLine Line { get; init; }

    public required string ReturnType { get; init; }

    public required int Quantity { get; init; }

    public required long CreateTime { get; init; }

    public required string LineItemId { get; init; }

    public required string Status { get; set; }

    public required long UpdateTime { get; set; }
}

internal sealed class CancellationRecord
{
    public required string Id { get; init; }

    /// <summary>One cancellation line per order line item, in the order's line-item order.</summary>
    public required IReadOnlyList<string> LineItemIds { get; init; }

    public required Order Order { get; init; }

    public required long CreateTime { get; init; }

    public required string Status { get; set; }

    public required long UpdateTime { get; set; }
}
