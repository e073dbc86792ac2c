namespace Tapbridge.Modules.Commissions.Adjustments;

/// <summary>Finance posts an amount for one creator in one market (minor units, signed), with why and what it is about.</summary>
public sealed record AdjustmentRequest(Guid? CreatorId, string? Market, long? Amount, string? Reason, string? Reference, string? IdempotencyKey);

/// <summary>Why a posted adjustment is undone: the reversal posts the opposite amount.</summary>
public sealed record ReversalRequest(string? Reason, string? IdempotencyKey);

/// <summary>
/// An adjustment as staff see it, or as its creator sees it (<see cref="PostedBy"/> is then "The agency"). The pay
/// date is the payout the adjustment is in: it confirmed when posted. <see cref="CampaignId"/> is set on a campaign bonus.
/// </summary>
public sealed record AdjustmentView(
    Guid Id, Guid CreatorId, string? CreatorHandle, string Market, string Currency, long Amount, string Reason, string? Reference, Guid? ReversesId, Guid? ReversedById,
    EarningStage Stage, string PostedBy, DateTimeOffset PostedAt, DateOnly PayDate, DateTimeOffset? PayableAt, Guid? CampaignId)
{
    /// <summary>What <see cref="Reason"/> says when the agency's campaign bonus wrote it, for the page to say it in the reader's language.</summary>
    internal Phrase? ReasonPhrase { get; init; }
}

/// <summary>The adjustment a request posted, or (<see cref="Replayed"/>) the one the same key had already posted.</summary>
internal sealed record AdjustmentPosted(AdjustmentView Adjustment, bool Replayed);

/// <summary>A creator Finance may post an adjustment for.</summary>
internal sealed record AdjustableCreator(Guid Id, string Handle, string DisplayName, string Market);
