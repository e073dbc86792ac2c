using System.Text.Json.Serialization;
using Tapbridge.TikTokShop.Json;
using Tapbridge.TikTokShop.Partner;

namespace Tapbridge.TikTokShop.Seller;

public sealed record AuthorizedShop
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public string Region { get; init; } = "";
    public SellerType SellerType { get; init; }

    /// <summary>Pass as `shop_cipher` on this shop's seller APIs.</summary>
    public string Cipher { get; init; } = "";

    /// <summary>The shop code campaigns target (`target_shop_codes`).</summary>
    public string Code { get; init; } = "";
}

internal sealed record AuthorizedShopList(IReadOnlyList<AuthorizedShop>? Shops);

public enum OrderStatus
{
    Unpaid,
    OnHold,
    AwaitingShipment,
    PartiallyShipping,
    AwaitingCollection,
    InTransit,
    Delivered,
    Completed,
    Cancelled,
}

public sealed record OrderQuery
{
    public OrderStatus? OrderStatus { get; init; }

    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? CreateTimeGe { get; init; }

    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? CreateTimeLt { get; init; }

    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? UpdateTimeGe { get; init; }

    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? UpdateTimeLt { get; init; }
}

/// <summary>A seller order: status and the times that matter for commission (delivery starts the clock).</summary>
public sealed record Order
{
    public string Id { get; init; } = "";
    public OrderStatus Status { get; init; }

    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? CreateTime { get; init; }

    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? PaidTime { get; init; }

    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? UpdateTime { get; init; }

    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? DeliveryTime { get; init; }

    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? CancelTime { get; init; }

    /// <summary>Free-sample orders carry no commission.</summary>
    public bool IsSampleOrder { get; init; }
    public string? CancellationInitiator { get; init; }
    public IReadOnlyList<OrderLineItem> LineItems { get; init; } = [];
}

public sealed record OrderLineItem
{
    public string Id { get; init; } = "";
    public string SkuId { get; init; } = "";
    public string ProductId { get; init; } = "";
    public string ProductName { get; init; } = "";
    public string? SalePrice { get; init; }
    public string? OriginalPrice { get; init; }
    public string? Currency { get; init; }
    public string? DisplayStatus { get; init; }
    public string? PackageStatus { get; init; }
    public string? CancelReason { get; init; }
    public bool IsGift { get; init; }
}

internal sealed record OrderList(IReadOnlyList<Order>? Orders, string? NextPageToken, int? TotalCount);

public sealed record ReturnQuery
{
    public IReadOnlyList<string>? OrderIds { get; init; }
    public IReadOnlyList<string>? ReturnStatus { get; init; }

    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? UpdateTimeGe { get; init; }

    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? UpdateTimeLt { get; init; }
}

/// <summary>A return or refund (reference §9): its status as sent (RETURN_OR_REFUND_REQUEST_PENDING …).</summary>
public sealed record ReturnOrder
{
    public string ReturnId { get; init; } = "";
    public string OrderId { get; init; } = "";
    public string ReturnType { get; init; } = "";
    public string ReturnStatus { get; init; } = "";
    public string? ArbitrationStatus { get; init; }
    public string? Role { get; init; }

    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? CreateTime { get; init; }

    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? UpdateTime { get; init; }

    public IReadOnlyList<ReturnLineItem> ReturnLineItems { get; init; } = [];
    public RefundAmount? RefundAmount { get; init; }
}

public sealed record ReturnLineItem
{
    public string ReturnLineItemId { get; init; } = "";
    public string OrderLineItemId { get; init; } = "";
    public string SkuId { get; init; } = "";
    public string? ProductName { get; init; }
    public RefundAmount? RefundAmount { get; init; }
}

public sealed record RefundAmount
{
    public string Currency { get; init; } = "";
    public string? RefundTotal { get; init; }
    public string? RefundSubtotal { get; init; }
}

internal sealed record ReturnList(IReadOnlyList<ReturnOrder>? ReturnOrders, string? NextPageToken, int? TotalCount);

public sealed record CancellationQuery
{
    public IReadOnlyList<string>? OrderIds { get; init; }
    public IReadOnlyList<string>? CancelStatus { get; init; }

    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? UpdateTimeGe { get; init; }

    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? UpdateTimeLt { get; init; }
}

public sealed record Cancellation
{
    public string CancelId { get; init; } = "";
    public string OrderId { get; init; } = "";
    public string CancelType { get; init; } = "";
    public string CancelStatus { get; init; } = "";
    public string? Role { get; init; }
    public string? CancelReasonText { get; init; }

    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? CreateTime { get; init; }

    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? UpdateTime { get; init; }
}

internal sealed record CancellationList(IReadOnlyList<Cancellation>? Cancellations, string? NextPageToken, int? TotalCount);
