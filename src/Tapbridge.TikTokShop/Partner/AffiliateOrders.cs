using System.Text.Json.Serialization;
using Tapbridge.TikTokShop.Json;

namespace Tapbridge.TikTokShop.Partner;

/// <summary>TAP affiliate order status (Search Tap Affiliate Orders).</summary>
public enum AffiliateOrderStatus
{
    All,
    Processing,
    Completed,
    Cancelled,
    Frozen,
    Deducted,
}

/// <summary>Where the sale came from.</summary>
public enum ContentType
{
    Shop,
    Video,
    Live,
    PreLive,
    PromotionPage,
    Linkshare,
}

/// <summary>Body of Search Tap Affiliate Orders. Times are Unix seconds; one side left empty defaults on TikTok's side.</summary>
public sealed record AffiliateOrderQuery
{
    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? CreateTimeGe { get; init; }

    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? CreateTimeLt { get; init; }

    public string? CampaignId { get; init; }
}

public sealed record AffiliateOrder
{
    public string Id { get; init; } = "";

    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? CreateTime { get; init; }

    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? DeliveryTime { get; init; }

    public AffiliateOrderStatus Status { get; init; }

    /// <summary>Documented as an object; TikTok sends one entry per SKU line, so both shapes are read.</summary>
    [JsonConverter(typeof(SingleOrArrayConverter<AffiliateOrderSku>))]
    public IReadOnlyList<AffiliateOrderSku> Skus { get; init; } = [];
}

/// <summary>One order line with both estimated (at creation) and actual (after returns) amounts, as TikTok reports them.</summary>
public sealed record AffiliateOrderSku
{
    public string Id { get; init; } = "";
    public string ProductId { get; init; } = "";
    public string ProductName { get; init; } = "";
    public string? CampaignId { get; init; }
    public string CreatorUsername { get; init; } = "";
    public Money? Price { get; init; }
    public int Quantity { get; init; }
    public int RefundedQuantity { get; init; }
    public int ReturnedQuantity { get; init; }
    public ContentType? ContentType { get; init; }
    public string? ContentId { get; init; }

    /// <summary>"Between seller and TAP", 0.01 % units.</summary>
    public int TapCommissionRate { get; init; }

    /// <summary>"Between TAP and creator", 0.01 % units.</summary>
    public int CreatorCommissionRate { get; init; }

    public Money? EstimatedCommissionBase { get; init; }
    public Money? EstimatedTapCommission { get; init; }
    public Money? EstimatedCreatorCommission { get; init; }
    public Money? ActualCommissionBase { get; init; }
    public Money? ActualTapCommission { get; init; }
    public Money? ActualCreatorCommission { get; init; }
    public int PartnerCommissionRewardRate { get; init; }
    public Money? EstimatedPartnerCommissionRewardFee { get; init; }
    public Money? ActualPartnerCommissionRewardFee { get; init; }
    public int CreatorCommissionRewardRate { get; init; }
    public Money? EstimatedCreatorCommissionRewardFee { get; init; }
    public Money? ActualCreatorCommissionRewardFee { get; init; }
}

internal sealed record AffiliateOrderList(IReadOnlyList<AffiliateOrder>? Orders, string? NextPageToken, int? TotalCount);
