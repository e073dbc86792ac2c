namespace Tapbridge.Modules.Orders;

/// <summary>
/// What money depends on in an order line, as of one version: Orders publishes it with every stored version, and
/// Commissions turns it into earnings and ledger entries (<see cref="ILinePostings"/>).
/// </summary>
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
