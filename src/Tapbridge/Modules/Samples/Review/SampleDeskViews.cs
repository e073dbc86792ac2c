using Tapbridge.Modules.Creators;
using Tapbridge.Modules.Samples.Returns;

namespace Tapbridge.Modules.Samples.Review;

/// <summary>
/// Which samples the desk lists: by market and stage (all stages when none), overdue only, or decisions still to apply
/// in TikTok.
/// </summary>
internal sealed record SampleQuery
{
    public string? Market { get; init; }
    public SampleStage? Stage { get; init; }
    public bool OverdueOnly { get; init; }
    public bool? AwaitingTikTokOnly { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 25;
}

/// <summary>
/// A page of the desk, with the counts its tabs show: waiting for review, of which past the deadline; content overdue;
/// to apply in TikTok. <see cref="Total"/> counts the list's rows up to <see cref="SampleDesk.MaxCounted"/>.
/// </summary>
internal sealed record SampleDeskPage(
    IReadOnlyList<SampleQueueItem> Items, int Total, int Waiting, int ReviewOverdue, int ContentOverdue, int AwaitingTikTok);

/// <summary>One sample with what a reviewer weighs.</summary>
public sealed record SampleQueueItem(SampleView Sample, SampleCreator Creator, int Quota, int QuotaLeft, string Currency);

/// <summary>
/// The creator behind a request: reach, tier, niches, record over 90 days, how many samples she has received before and
/// what they led to (for staff only: a seller does not see what other sellers' samples led to).
/// </summary>
public sealed record SampleCreator(
    Guid Id, string Handle, string DisplayName, int Followers, CreatorTier Tier, IReadOnlyList<string> Niches,
    SampleFulfilment Fulfilment, int SamplesReceived, SampleReturnSums? PastReturns);

/// <summary>Approve, or reject with one of TikTok's reasons (a note is required for "other"), one sample or up to 100.</summary>
public sealed record SampleDecision(IReadOnlyList<Guid>? SampleIds, bool Approve, SampleRejectReason? Reason, string? Note);

internal sealed record SampleDecisionOutcome(Guid SampleId, bool Decided, string? Refusal);

/// <summary>
/// A shipment sent outside TikTok: the carrier, its tracking number, and what shipping cost (minor units), if the
/// seller says.
/// </summary>
public sealed record SampleShipment(string? Carrier, string? TrackingNumber, long? ShippingCost);
