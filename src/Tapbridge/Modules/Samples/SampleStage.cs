using System.Text.Json.Serialization;

namespace Tapbridge.Modules.Samples;

/// <summary>
/// Where a free sample stands, in TikTok's order (reference §5.3): asked, approved, on its way, with the creator,
/// posted.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<SampleStage>))]
public enum SampleStage
{
    /// <summary>Asked for; waiting for the agency's review (TikTok's PENDING).</summary>
    Requested,

    /// <summary>Approved; the seller has not shipped it yet (AWAITING_SHIPMENT, AWAITING_COLLECTION).</summary>
    AwaitingShipment,

    /// <summary>With the carrier (SHIPPED).</summary>
    Shipped,

    /// <summary>Delivered; the creator owes a video or a live by the content deadline (CONTENT_PENDING).</summary>
    ContentDue,

    /// <summary>The creator posted (COMPLETED).</summary>
    Completed,

    /// <summary>Ended without a post; <see cref="SampleRequest.CancelReason"/> says why.</summary>
    Cancelled,
}

/// <summary>Why a sample ended without a post, in TikTok's terms (the *_CANCELLED statuses).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SampleCancelReason>))]
public enum SampleCancelReason
{
    /// <summary>The agency said no (REJECT_CANCELLED).</summary>
    Rejected,

    /// <summary>The creator withdrew the request (WITHDRAW_CANCELLED).</summary>
    Withdrawn,

    /// <summary>Nobody decided in time (OVERDUE_CANCELLED).</summary>
    ReviewExpired,

    /// <summary>Delivered, and no video or live came by the deadline (UNFULFIL_CANCELLED).</summary>
    NoContent,

    /// <summary>The seller did not ship it (SELLER_NOT_SHIP_CANCELLED).</summary>
    NotShipped,

    /// <summary>The product left the campaign, or could not be sent (DEL_PLAN_CANCELLED, UNFULFILLABLE_CANCELLED).</summary>
    ProductUnavailable,

    /// <summary>TikTok's operations cancelled it (OPERATOR_MANUAL_CANCELLED, OPERATOR_MANUAL_FAILED).</summary>
    CancelledByTikTok,
}

/// <summary>The reasons TikTok offers for turning a sample request down.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SampleRejectReason>))]
public enum SampleRejectReason
{
    /// <summary>The creator's audience or content does not fit the product.</summary>
    NotAMatch,

    /// <summary>The product is no longer offered.</summary>
    ProductOffline,

    /// <summary>No stock to send.</summary>
    OutOfStock,

    Other,
}

/// <summary>How the creator will feature the product.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ContentFormat>))]
public enum ContentFormat
{
    Video,
    Live,
}

/// <summary>Where the request was made: in Tapbridge, or inside TikTok (seen by the sync).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SampleSource>))]
public enum SampleSource
{
    Tapbridge,
    TikTok,
}
