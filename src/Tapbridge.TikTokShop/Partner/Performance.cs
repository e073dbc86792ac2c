using System.Text.Json.Serialization;
using Tapbridge.TikTokShop.Json;

namespace Tapbridge.TikTokShop.Partner;

/// <summary>Per-product campaign statistics (P11). TikTok sends the counts and amounts as strings.</summary>
public sealed record CampaignProductStatistics
{
    [JsonConverter(typeof(UnixMillisecondsConverter))]
    public DateTimeOffset? DataUpdateTime { get; init; }

    public int CreatorSalesNum { get; init; }
    public int CollaboratedCreatorsNum { get; init; }
    public int PromotedCreatorNum { get; init; }
    public int SampleRequestedCreatorNum { get; init; }
    public CampaignProductDetail? CampaignProductDetail { get; init; }
}

public sealed record CampaignProductDetail
{
    public string ProductId { get; init; } = "";

    /// <summary>PRODUCT_PENDING … PRODUCT_CLOSED, as sent.</summary>
    public string ProductStatus { get; init; } = "";
    public string ProductName { get; init; } = "";
    public int ProductStockCount { get; init; }
    public int TotalCommissionPercent { get; init; }
    public int CreatorCommissionPercent { get; init; }
    public int PartnerCommissionPercent { get; init; }
    public int PlanCommissionPercent { get; init; }
    public ProductPriceRange? ProductPrice { get; init; }
    public IndicatorData? IndicatorData { get; init; }
}

public sealed record ProductPriceRange(string MinPrice, string MaxPrice, string Currency);

public sealed record IndicatorData
{
    public int PaidOrderNum { get; init; }
    public int ActualOrderNum { get; init; }
    public string EstimatedAmount { get; init; } = "0";
    public string ActualAmount { get; init; } = "0";
    public string EstimatedPartnerCommission { get; init; } = "0";
    public string ActualPartnerCommission { get; init; } = "0";
}

internal sealed record CampaignProductStatisticsList(IReadOnlyList<CampaignProductStatistics>? CampaignProductStatistics, string? NextPageToken, int? TotalCount);

public enum FreeSampleStatus
{
    NotRequested,
    Pending,
    AwaitingShipment,
    AwaitingCollection,
    Shipped,
    ContentPending,
    RejectCancelled,
    OverdueCancelled,
    UnfulfilCancelled,
    DelPlanCancelled,
    SellerNotShipCancelled,
    WithdrawCancelled,
    UnfulfillableCancelled,
    OperatorManualCancelled,
    OperatorManualFailed,
    OperatorManualCompleted,
    Completed,
}

/// <summary>A creator promoting a campaign product (P12).</summary>
public sealed record PromotionCreator
{
    public PromotionCreatorProfile? Creator { get; init; }
    public string AffiliateProductId { get; init; } = "";

    /// <summary>0.01 % units, sent as a string.</summary>
    public int Commission { get; init; }

    [JsonConverter(typeof(UnixMillisecondsConverter))]
    public DateTimeOffset? EffectiveStartTime { get; init; }

    [JsonConverter(typeof(UnixMillisecondsConverter))]
    public DateTimeOffset? EffectiveEndTime { get; init; }

    public Money? PaidAmount { get; init; }
    public int VideoCount { get; init; }
    public int RoomCount { get; init; }
    public FreeSampleStatus? FreeSampleStatus { get; init; }
}

public sealed record PromotionCreatorProfile(string NickName, string UserName, string? AvatarUrl, int FollowerNum, string CreatorOpenId);

internal sealed record PromotionCreatorList(int? TotalCreatorCount, IReadOnlyList<PromotionCreator>? PromotionCreators, string? NextPageToken);

/// <summary>Content statistics of a creator for a product (P13): videos and lives.</summary>
public sealed record CreatorContentStatistics
{
    /// <summary>VIDEO or LIVE_ROOM, as sent.</summary>
    public string ContentType { get; init; } = "";
    public string? CoverImgUrl { get; init; }
    public string? SourceUrl { get; init; }
    public long ViewCount { get; init; }
    public long LikeCount { get; init; }
    public long CommentNum { get; init; }
    public int PaidOrderNum { get; init; }
    public string PaidAmount { get; init; } = "0";
    public string? LinkedTiktokVideo { get; init; }
    public string? PublishedDate { get; init; }
    public string? ContentEndDate { get; init; }
}

public enum ContentKind
{
    Video = 1,
    LiveRoom = 2,
}

internal sealed record CreatorContentStatisticsList(IReadOnlyList<CreatorContentStatistics>? CreatorContentStatistics);

/// <summary>Shipment tracking of a creator's sample (P14). Dates are Unix seconds sent as strings.</summary>
public sealed record SampleStatus
{
    public string? ShippingProviderName { get; init; }
    public string? DeliveryOption { get; init; }

    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? EstimatedEarliestDeliveryDate { get; init; }

    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? EstimatedLatestDeliveryDate { get; init; }

    public int Quantity { get; init; }
    public IReadOnlyList<TrackingResult> TrackingResults { get; init; } = [];
}

public sealed record TrackingResult
{
    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? TrackingEventUpdateDate { get; init; }

    public string TrackingEventDescription { get; init; } = "";
    public string? TrackingEventDescriptionExtended { get; init; }
}

internal sealed record SampleStatusEnvelope(SampleStatus? SampleStatus);
