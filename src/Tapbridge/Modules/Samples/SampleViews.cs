using Tapbridge.Modules.Samples.Returns;

namespace Tapbridge.Modules.Samples;

/// <summary>Where a sample goes.</summary>
public sealed record SampleShipTo(string Recipient, string Phone, string Address);

/// <summary>One sample as its creator, the agency and the product's seller see it; amounts in the market's minor units.</summary>
public sealed record SampleView(
    Guid Id,
    Guid ProductId,
    string ProductTitle,
    string? ImageUrl,
    string SkuName,
    string Market,
    long Cost,
    SampleSource Source,
    SampleStage Stage,
    SampleCancelReason? CancelReason,
    SampleRejectReason? RejectReason,
    string? RejectNote,
    ContentFormat Format,
    DateOnly? PlannedPostOn,
    DateTimeOffset RequestedAt,
    DateTimeOffset ReviewDueAt,
    DateTimeOffset? DecidedAt,
    DateTimeOffset? ShippedAt,
    string? Carrier,
    string? TrackingNumber,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset? ContentDueAt,
    string? ContentUrl,
    DateTimeOffset? PostedAt,
    bool OnTikTok,
    bool AwaitingTikTok,
    bool ReviewOverdue,
    bool ContentOverdue,
    SampleShipTo ShipTo,
    SampleReturnFigures? Return)
{
    internal static SampleView Of(SampleRequest s, string? imageUrl, DateTimeOffset now, SampleReturnFigures? figures) => new(
        s.Id, s.RegistrationId, s.ProductTitle, imageUrl, s.SkuName, s.MarketCode, s.Cost, s.Source, s.Stage, s.CancelReason,
        s.RejectReason, s.RejectNote, s.Format, s.PlannedPostOn, s.RequestedAt, s.ReviewDueAt, s.DecidedAt, s.ShippedAt, s.Carrier,
        s.TrackingNumber, s.DeliveredAt, s.ContentDueAt, s.ContentUrl, s.PostedAt, s.OnTikTok, s.AwaitingTikTok, s.ReviewOverdue(now),
        s.ContentOverdue(now), new SampleShipTo(s.Recipient, s.Phone, s.Address), figures);
}

/// <summary>What a creator sees before asking for a sample of a product: the SKUs, what is left, and whatever stands in the way.</summary>
internal sealed record SampleOffer(
    Guid ProductId,
    string Market,
    int Quota,
    int Left,
    IReadOnlyList<SampleSku> Skus,
    IReadOnlyList<SampleBlock> Blocks,
    SampleShipTo? ShipTo,
    int ContentDays,
    DateOnly LastPostDay,
    SampleFulfilment Fulfilment,
    bool OnTikTok);

internal sealed record SampleSku(string SkuId, string Name, long Price, bool InStock);

/// <summary>A creator's request: the SKU, where to send it, and when and how she will post.</summary>
public sealed record AskForSample(
    Guid ProductId, string SkuId, string Recipient, string Phone, string Address, ContentFormat Format, DateOnly PlannedPostOn);

/// <summary>The signed-in creator's samples, newest first, with her record and what her delivered samples led to.</summary>
internal sealed record CreatorSamplesView(
    IReadOnlyList<SampleView> Samples, SampleFulfilment Fulfilment, int MaxOpen, int MinFulfilmentPercent, SampleReturnSums? Led);

public sealed record PostForSample(string ContentUrl);
