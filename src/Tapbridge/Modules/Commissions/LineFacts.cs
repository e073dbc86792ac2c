namespace Tapbridge.Modules.Commissions;

/// <summary>What the ledger needs to know of an order line (from the Orders module), as of one version.</summary>
public sealed record LineFacts(
    Guid LineId,
    string MarketCode,
    string Currency,
    Guid? CreatorId,
    Guid? CampaignId,
    long PartnerCommission,
    long CreatorCommission,
    string? VoidReason,
    bool Frozen,
    string? OpenRequest,
    DateTimeOffset OrderedAt,
    DateTimeOffset? DeliveredAt);

/// <summary>The share of the agency's commission a creator gets on a line, and where that rate comes from.</summary>
public sealed record ShareRate(int Rate, string Source);
