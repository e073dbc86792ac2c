using System.Text.Json.Serialization;

namespace Tapbridge.Modules.Campaigns;

/// <summary>TikTok's review states of a product registered into a campaign (reference §2.2).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RegistrationStatus>))]
public enum RegistrationStatus
{
    Pending,
    Approved,
    Rejected,

    /// <summary>The seller asked to close an approved product; the agency confirms or declines.</summary>
    PendingClosed,
    Closed,
}

/// <summary>The agency's answer to a pending registration, or to a close request (approve = close it, reject = keep it).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReviewDecision>))]
public enum ReviewDecision
{
    Approve,

    /// <summary>The seller may register the product again.</summary>
    Reject,

    /// <summary>The product may never be registered into this campaign again.</summary>
    RejectForever,
}

/// <summary>TikTok's rejection reasons; a rejection carries at least one.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RejectReason>))]
public enum RejectReason
{
    CommissionTooLow,
    ProductHardToPromote,
    ProductTooExpensive,
    NoSuitableCreator,
}

/// <summary>Where a registration was first made: the seller portal, or TikTok Seller Center (found by the sync).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RegistrationSource>))]
public enum RegistrationSource
{
    Portal,
    TikTok,
}

internal static class RejectReasonText
{
    public static string Describe(RejectReason reason) => reason switch
    {
        RejectReason.CommissionTooLow => "Commission too low",
        RejectReason.ProductHardToPromote => "Product hard to promote",
        RejectReason.ProductTooExpensive => "Product too expensive",
        RejectReason.NoSuitableCreator => "No suitable creator",
    };
}
