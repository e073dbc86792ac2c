using Tapbridge.Platform.Markets;
using Tapbridge.TikTokShop.Partner;
using static Tapbridge.Platform.RuleViolationException;

namespace Tapbridge.Modules.Samples;

/// <summary>
/// One free sample of a campaign product for one creator, from the request to the post (reference §5.3): the agency
/// decides (in Partner Center too when the campaign is on TikTok, which has no API for it), the seller ships, the
/// creator receives it and owes a video or a live by the content deadline. The SKU's price is kept as it was asked
/// for: it is what the sample cost the seller.
/// </summary>
internal sealed class SampleRequest
{
    private SampleRequest()
    {
    }

    public Guid Id { get; private set; }
    public Guid CreatorId { get; private set; }
    public Guid CampaignId { get; private set; }
    public Guid RegistrationId { get; private set; }
    public Guid? SellerId { get; private set; }
    public string MarketCode { get; private set; } = "";
    public string ProductId { get; private set; } = "";
    public string ProductTitle { get; private set; } = "";
    public string SkuId { get; private set; } = "";
    public string SkuName { get; private set; } = "";

    /// <summary>The SKU's price when asked for, in minor units: the sample's cost with <see cref="Quantity"/>.</summary>
    public long UnitPrice { get; private set; }
    public int Quantity { get; private set; }
    public SampleSource Source { get; private set; }
    public SampleStage Stage { get; private set; }
    public SampleCancelReason? CancelReason { get; private set; }
    public SampleRejectReason? RejectReason { get; private set; }
    public string? RejectNote { get; private set; }
    public ContentFormat Format { get; private set; }

    /// <summary>The day the creator plans to post (in the market's calendar); null for requests made inside TikTok.</summary>
    public DateOnly? PlannedPostOn { get; private set; }
    public string Recipient { get; private set; } = "";
    public string Phone { get; private set; } = "";
    public string Address { get; private set; } = "";
    public DateTimeOffset RequestedAt { get; private set; }
    public DateTimeOffset ReviewDueAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecidedBy { get; private set; }

    /// <summary>The campaign is on TikTok: decisions and shipping happen in Partner Center and come back through the sync.</summary>
    public bool OnTikTok { get; private set; }

    /// <summary>A decision made here that TikTok's sample status does not show yet (to apply in Partner Center).</summary>
    public bool AwaitingTikTok { get; private set; }
    public string? TikTokStatus { get; private set; }

    /// <summary>When the sync last saw TikTok's side change (a pass that finds nothing new writes nothing).</summary>
    public DateTimeOffset? TikTokSeenAt { get; private set; }
    public string? Carrier { get; private set; }
    public string? TrackingNumber { get; private set; }

    /// <summary>What the seller paid to ship it, when the seller says (minor units); part of the sample's cost.</summary>
    public long? ShippingCost { get; private set; }
    public DateTimeOffset? ShippedAt { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    public DateTimeOffset? ContentDueAt { get; private set; }
    public string? ContentUrl { get; private set; }
    public DateTimeOffset? PostedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public DateTimeOffset? DueReminderSentAt { get; private set; }
    public DateTimeOffset? OverdueNoticeSentAt { get; private set; }
    public int Version { get; private set; }

    public Market Market => Market.Get(MarketCode);

    /// <summary>
    /// The stages of a sample still running: one per creator and product (a partial unique index), counted against the
    /// creator's open samples. Queries, the index and <see cref="IsOpen"/> all read this list.
    /// </summary>
    public static readonly IReadOnlyList<SampleStage> OpenStages =
        [SampleStage.Requested, SampleStage.AwaitingShipment, SampleStage.Shipped, SampleStage.ContentDue];

    /// <summary>Still running: it holds a place of the product's quota and counts against the creator's open samples.</summary>
    public bool IsOpen => OpenStages.Contains(Stage);

    /// <summary>Whether it takes one of the product's samples: everything but a request that ended before it shipped.</summary>
    public bool HoldsQuota => Stage != SampleStage.Cancelled || ShippedAt is not null;

    public bool ReviewOverdue(DateTimeOffset now) => Stage == SampleStage.Requested && now > ReviewDueAt;

    public bool ContentOverdue(DateTimeOffset now) => Stage == SampleStage.ContentDue && now > ContentDueAt;

    /// <summary>The sample's cost to the seller: the SKU's price times the quantity, plus shipping when known.</summary>
    public long Cost => UnitPrice * Quantity + (ShippingCost ?? 0);

    public static SampleRequest Ask(SampleAsk ask, SampleDelivery delivery, DateTimeOffset now, TimeSpan reviewTime)
    {
        ArgumentNullException.ThrowIfNull(ask);
        ArgumentNullException.ThrowIfNull(delivery);
        return new SampleRequest
        {
            Id = Guid.CreateVersion7(now),
            CreatorId = ask.CreatorId,
            CampaignId = ask.CampaignId,
            RegistrationId = ask.RegistrationId,
            SellerId = ask.SellerId,
            MarketCode = ask.MarketCode,
            ProductId = ask.ProductId,
            ProductTitle = ask.ProductTitle,
            SkuId = ask.SkuId,
            SkuName = ask.SkuName,
            UnitPrice = ask.UnitPrice,
            Quantity = 1,
            Source = ask.Source,
            Stage = SampleStage.Requested,
            Format = delivery.Format,
            PlannedPostOn = delivery.PlannedPostOn,
            Recipient = delivery.Recipient,
            Phone = delivery.Phone,
            Address = delivery.Address,
            RequestedAt = now,
            ReviewDueAt = now + reviewTime,
            OnTikTok = ask.OnTikTok,
        };
    }

    /// <summary>
    /// A request the sync found in TikTok: TikTok does not say which SKU or where to, so the product's first SKU stands
    /// for it.
    /// </summary>
    public static SampleRequest FromTikTok(SampleAsk ask, DateTimeOffset now, TimeSpan reviewTime) =>
        Ask(ask, new SampleDelivery("", "", "", ContentFormat.Video, null), now, reviewTime);

    public void Approve(string by, DateTimeOffset now)
    {
        RequireStage(SampleStage.Requested, "Stage.NotRequested");
        (Stage, DecidedAt, DecidedBy) = (SampleStage.AwaitingShipment, now, by);
        AwaitingTikTok = OnTikTok;
        Version++;
    }

    public void Reject(string by, SampleRejectReason reason, string? note, DateTimeOffset now)
    {
        RequireStage(SampleStage.Requested, "Stage.NotRequested");
        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        Require<SamplesRules>(reason != SampleRejectReason.Other || trimmed is not null, "note", "Reject.SayWhy");
        Require<SamplesRules>(trimmed is null || trimmed.Length <= 500, "note", "Reject.NoteLength");
        (DecidedAt, DecidedBy, RejectReason, RejectNote) = (now, by, reason, trimmed);
        Close(SampleCancelReason.Rejected, now);
        AwaitingTikTok = OnTikTok;
        Version++;
    }

    /// <summary>The creator changes her mind, until the seller has shipped.</summary>
    public void Withdraw(DateTimeOffset now)
    {
        Require<SamplesRules>(Stage is SampleStage.Requested or SampleStage.AwaitingShipment, null, "Withdraw.TooLate");
        Close(SampleCancelReason.Withdrawn, now);
        Version++;
    }

    public void Ship(string carrier, string trackingNumber, long? shippingCost, DateTimeOffset now)
    {
        RequireStage(SampleStage.AwaitingShipment, "Stage.NotAwaitingShipment");
        var name = carrier.Trim();
        var tracking = trackingNumber.Trim();
        Require<SamplesRules>(name.Length is >= 2 and <= 60, "carrier", "Ship.Carrier");
        Require<SamplesRules>(tracking.Length is >= 4 and <= 40 && tracking.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'),
            "trackingNumber", "Ship.Tracking");
        Require<SamplesRules>(shippingCost is null || (shippingCost >= 0 && shippingCost <= Market.MaxAmount), "shippingCost", "Ship.Cost");
        (Stage, Carrier, TrackingNumber, ShippingCost, ShippedAt) = (SampleStage.Shipped, name, tracking, shippingCost, now);
        Version++;
    }

    /// <summary>The parcel arrived: the content deadline starts.</summary>
    public void Deliver(DateTimeOffset now, TimeSpan contentTime)
    {
        Require<SamplesRules>(Stage is SampleStage.Shipped or SampleStage.AwaitingShipment, null, "Deliver.NotOnItsWay");
        ShippedAt ??= now;
        (Stage, DeliveredAt, ContentDueAt) = (SampleStage.ContentDue, now, now + contentTime);
        Version++;
    }

    /// <summary>The creator's video or live for the product: completes the sample, late or not.</summary>
    public void Post(Uri content, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        Require<SamplesRules>(
            Stage == SampleStage.ContentDue || (Stage == SampleStage.Cancelled && CancelReason == SampleCancelReason.NoContent),
            "contentUrl", "Post.NotDelivered");
        (Stage, CancelReason, ContentUrl, PostedAt, ClosedAt) = (SampleStage.Completed, null, content.ToString(), now, now);
        Version++;
    }

    /// <summary>The post TikTok's content data (P13) shows for a sample TikTok completed; a link the creator gave stays.</summary>
    public bool PostedOnTikTok(Uri content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (ContentUrl is not null || Stage != SampleStage.Completed)
        {
            return false;
        }

        ContentUrl = content.ToString();
        Version++;
        return true;
    }

    /// <summary>
    /// TikTok's sample status as the sync read it. TikTok is the truth for TikTok campaigns: its stage replaces ours,
    /// except that a decision made here and not applied in Partner Center yet stays until TikTok moves off PENDING.
    /// Returns whether anything changed.
    /// </summary>
    public bool SeenOnTikTok(FreeSampleStatus status, TikTokShipment? shipment, DateTimeOffset now, TimeSpan contentTime)
    {
        var before = (Stage, CancelReason, TikTokStatus, AwaitingTikTok, Carrier, TrackingNumber, DeliveredAt);
        TikTokStatus = status.ToString();
        var (stage, reason) = SampleTikTokStatus.Stage(status);
        if (stage is { } seen && !(AwaitingTikTok && seen == SampleStage.Requested))
        {
            AwaitingTikTok = false;
            Follow(seen, reason, shipment, now, contentTime);
        }

        if (shipment is not null)
        {
            (Carrier, TrackingNumber) = (shipment.Carrier ?? Carrier, shipment.TrackingNumber ?? TrackingNumber);
        }

        var changed = before != (Stage, CancelReason, TikTokStatus, AwaitingTikTok, Carrier, TrackingNumber, DeliveredAt);
        if (changed)
        {
            TikTokSeenAt = now;
            Version++;
        }

        return changed;
    }

    private void Follow(SampleStage seen, SampleCancelReason? reason, TikTokShipment? shipment, DateTimeOffset now, TimeSpan contentTime)
    {
        if (seen is SampleStage.Shipped or SampleStage.ContentDue or SampleStage.Completed)
        {
            ShippedAt ??= shipment?.ShippedAt ?? now;
        }

        if (seen is SampleStage.ContentDue or SampleStage.Completed && DeliveredAt is null)
        {
            DeliveredAt = shipment?.DeliveredAt ?? now;
            ContentDueAt = DeliveredAt + contentTime;
        }

        if (seen == SampleStage.Completed && Stage != SampleStage.Completed)
        {
            (PostedAt, ClosedAt) = (PostedAt ?? now, now);
        }

        if (seen == SampleStage.Cancelled && Stage != SampleStage.Cancelled)
        {
            Close(reason ?? SampleCancelReason.CancelledByTikTok, now);
            return;
        }

        // A post the creator linked here completes the sample before TikTok's status catches up: TikTok moves it on, not back.
        if (seen != SampleStage.Cancelled && !(Stage == SampleStage.Completed && seen < SampleStage.Completed))
        {
            (Stage, CancelReason) = (seen, null);
        }
    }

    private void Close(SampleCancelReason reason, DateTimeOffset now) =>
        (Stage, CancelReason, ClosedAt) = (SampleStage.Cancelled, reason, now);

    private void RequireStage(SampleStage stage, string key) => Require<SamplesRules>(Stage == stage, null, key);
}

/// <summary>What is asked for: which product and SKU, by whom, at what price.</summary>
internal sealed record SampleAsk(
    Guid CreatorId, Guid CampaignId, Guid RegistrationId, Guid? SellerId, string MarketCode, string ProductId, string ProductTitle,
    string SkuId, string SkuName, long UnitPrice, SampleSource Source, bool OnTikTok);

/// <summary>Where and how: the address the parcel goes to, and the creator's plan for the content.</summary>
internal sealed record SampleDelivery(string Recipient, string Phone, string Address, ContentFormat Format, DateOnly? PlannedPostOn);

/// <summary>The shipment facts TikTok's P14 gives (carrier, tracking, the delivery event's time).</summary>
internal sealed record TikTokShipment(string? Carrier, string? TrackingNumber, DateTimeOffset? ShippedAt, DateTimeOffset? DeliveredAt);
