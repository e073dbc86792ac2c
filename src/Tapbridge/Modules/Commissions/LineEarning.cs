using System.Globalization;
using Tapbridge.Modules.Orders;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Commissions;

/// <summary>
/// The money of one order line: what TikTok owes the agency on it, the creator's agency-funded share and where that
/// share stands (pending → confirmed → payable, or void), and the TikTok-paid commission mirrored for the creator.
/// It remembers what it has posted, so each change posts only the difference to what is true now: a balanced entry,
/// keyed by its source so it posts once. Balances are always derivable from the entries (see <see cref="LedgerCheck"/>).
/// </summary>
internal sealed class LineEarning
{
    private LineEarning()
    {
    }

    public Guid LineId { get; private set; }
    public string MarketCode { get; private set; } = "";
    public string Currency { get; private set; } = "";
    public Guid? CreatorId { get; private set; }
    public Guid? CampaignId { get; private set; }
    public EarningStage Stage { get; private set; }
    public int ShareRate { get; private set; }
    public string ShareRateSource { get; private set; } = "";

    /// <summary>Posted: the partner commission receivable from TikTok.</summary>
    public long Receivable { get; private set; }

    /// <summary>Posted: the creator's share, in the account of <see cref="Stage"/>, for <see cref="ShareCreatorId"/>.</summary>
    public long Share { get; private set; }
    public Guid? ShareCreatorId { get; private set; }

    /// <summary>Posted: the TikTok-paid creator commission, mirrored for <see cref="MemoCreatorId"/>.</summary>
    public long Memo { get; private set; }
    public Guid? MemoCreatorId { get; private set; }
    public DateTimeOffset OrderedAt { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    public DateTimeOffset? ConfirmDueAt { get; private set; }

    /// <summary>When the last hold (frozen, an open return or cancellation, no creator) ended: an earning never confirms as of a day it was held.</summary>
    public DateTimeOffset? HoldClearedAt { get; private set; }
    public DateTimeOffset? ConfirmedAt { get; private set; }
    public DateTimeOffset? CycleCloseAt { get; private set; }
    public DateTimeOffset? PayableAt { get; private set; }
    public DateOnly? PayDate { get; private set; }
    public string? VoidReason { get; private set; }
    public bool Frozen { get; private set; }
    public string? OpenRequest { get; private set; }
    public int Version { get; private set; }

    public Market Market => Market.Get(MarketCode);

    /// <summary>What a campaign bonus counts of this line (see <see cref="CampaignBonusRule"/>): its creator, campaign and order date, or nothing when it is void or has no creator or campaign.</summary>
    internal (Guid Creator, Guid Campaign, DateTimeOffset OrderedAt)? BonusCount =>
        Stage != EarningStage.Void && CreatorId is { } creator && CampaignId is { } campaign ? (creator, campaign, OrderedAt) : null;

    public static LineEarning For(LineFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return new() { LineId = facts.LineId, MarketCode = facts.MarketCode, Currency = facts.Currency, OrderedAt = facts.OrderedAt };
    }

    /// <summary>
    /// Takes the line's facts as they are now and posts the difference. <paramref name="rate"/> is asked for only when the
    /// line first gets its creator (or another one): the share rate is fixed when the creator is known.
    /// </summary>
    public IReadOnlyList<LedgerEntry> Apply(LineFacts facts, Func<Guid, ShareRate> rate, int holdDays, string sourceKey, string description, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(rate);
        if (facts.CreatorId is { } creator && (creator != CreatorId || ShareRateSource.Length == 0))
        {
            (ShareRate, ShareRateSource) = rate(creator);
        }

        var wasHeld = Version > 0 && (Frozen || OpenRequest is not null || CreatorId is null);
        (CreatorId, CampaignId, VoidReason, Frozen, OpenRequest, OrderedAt, DeliveredAt) =
            (facts.CreatorId, facts.CampaignId, facts.VoidReason, facts.Frozen, facts.OpenRequest, facts.OrderedAt, facts.DeliveredAt);
        if (wasHeld && !Frozen && OpenRequest is null && CreatorId is not null)
        {
            HoldClearedAt = now;
        }
        ConfirmDueAt = DeliveredAt?.AddDays(holdDays);
        var stage = VoidReason is not null ? EarningStage.Void : Stage == EarningStage.Void ? EarningStage.Pending : Stage;
        var share = CreatorId is null || VoidReason is not null ? 0 : Rates.Apply(Math.Max(0, facts.PartnerCommission), ShareRate);
        return Move(sourceKey, EntryKind.LineUpdate, description, now, facts.PartnerCommission, stage, share, facts.CreatorCommission);
    }

    /// <summary>Why the earning is not confirmed yet, or null when nothing holds it.</summary>
    public string? Hold(DateTimeOffset now) => Stage switch
    {
        EarningStage.Void => VoidReason,
        EarningStage.Confirmed or EarningStage.Payable => null,
        EarningStage.Pending when CreatorId is null => "Not attributed to a creator yet",
        EarningStage.Pending when Frozen => "Frozen by TikTok's risk control; confirms when TikTok releases it",
        EarningStage.Pending when OpenRequest is not null => $"{OpenRequest}; confirms when TikTok closes it",
        EarningStage.Pending when ConfirmDueAt is null => "Not delivered yet; confirms after delivery and the hold",
        EarningStage.Pending when ConfirmDueAt > now => $"In the hold after delivery, until {Market.ToLocal(ConfirmDueAt.Value):d MMM yyyy}",
        EarningStage.Pending => null,
    };

    /// <summary>What <see cref="Hold"/> says, for a page to say it in the reader's language.</summary>
    public Phrase? HoldPhrase(DateTimeOffset now) => Stage switch
    {
        EarningStage.Void => VoidReason is { } reason ? PhraseReader.VoidReason(reason) : null,
        EarningStage.Confirmed or EarningStage.Payable => null,
        EarningStage.Pending when CreatorId is null => Phrase.Of(PhraseKind.NotAttributed),
        EarningStage.Pending when Frozen => Phrase.Of(PhraseKind.Frozen),
        EarningStage.Pending when OpenRequest is { } request =>
            Phrase.Of(PhraseKind.RequestOpen, PhraseReader.Requests(request) ?? Phrase.Verbatim(request)),
        EarningStage.Pending when ConfirmDueAt is null => Phrase.Of(PhraseKind.NotDelivered),
        EarningStage.Pending when ConfirmDueAt is { } due && due > now =>
            Phrase.Of(PhraseKind.InHold, DateOnly.FromDateTime(Market.ToLocal(due).DateTime)),
        EarningStage.Pending => null,
    };

    /// <summary>Confirms an earning whose hold passed, and moves a confirmed one past its cycle's cut-off to payable. Safe to repeat.</summary>
    public LedgerEntry? Mature(PayoutCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (Stage == EarningStage.Pending && ConfirmDueAt <= now && Hold(now) is null)
        {
            // Confirmed as of the day the hold after delivery ended (or a later hold lifted), however late the job runs:
            // that day decides the payout cycle.
            var confirmed = HoldClearedAt > ConfirmDueAt ? HoldClearedAt.Value : ConfirmDueAt.Value;
            ConfirmedAt = confirmed;
            CycleCloseAt = calendar.CutOffAfter(confirmed, Market);
            PayDate = calendar.PayDateFor(confirmed, Market);
            return MoveOne($"confirm:{LineId}:v{Version}", EntryKind.Confirmation, $"Confirmed: delivered {Market.ToLocal(DeliveredAt!.Value):d MMM yyyy}, hold passed, nothing returned", now,
                Receivable, EarningStage.Confirmed, Share, Memo);
        }

        if (Stage == EarningStage.Confirmed && CycleCloseAt <= now)
        {
            PayableAt = CycleCloseAt;
            return MoveOne($"payable:{LineId}:v{Version}", EntryKind.CycleClose, string.Create(CultureInfo.InvariantCulture, $"In the payout of {PayDate:d MMM yyyy}"), now, Receivable, EarningStage.Payable, Share, Memo);
        }

        return null;
    }

    /// <summary>The date the earning is expected to confirm and to be paid (estimates until they are known).</summary>
    public (DateTimeOffset? Confirm, DateOnly? Pay) Expected(PayoutCalendar calendar, int holdDays, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (Stage == EarningStage.Void)
        {
            return (null, null);
        }

        var confirm = ConfirmedAt ?? ConfirmDueAt ?? OrderedAt.AddDays(DeliveryDays + holdDays);
        var due = confirm < now && Stage == EarningStage.Pending ? now : confirm;
        return (confirm, PayDate ?? calendar.PayDateFor(due, Market));
    }

    /// <summary>Typical days from order to delivery in SEA, for estimates before TikTok reports the delivery.</summary>
    public const int DeliveryDays = 5;

    /// <summary>A move that keeps the line's creator: at most one entry.</summary>
    private LedgerEntry? MoveOne(string sourceKey, EntryKind kind, string description, DateTimeOffset now, long receivable, EarningStage stage, long share, long memo) =>
        Move(sourceKey, kind, description, now, receivable, stage, share, memo).SingleOrDefault();

    private List<LedgerEntry> Move(string sourceKey, EntryKind kind, string description, DateTimeOffset now, long receivable, EarningStage stage, long share, long memo)
    {
        var entries = new List<LedgerEntry>(1);
        // An entry moves one creator's accounts: a line given to another creator (or assigned from nobody known) first
        // takes back what the former holder had.
        var changesHolder = (Share != 0 && ShareCreatorId != CreatorId) || (Memo != 0 && MemoCreatorId != CreatorId);
        if ((share != 0 || memo != 0) && changesHolder && Post($"{sourceKey}:from", kind, $"Taken back from the former creator: {description}", now, Receivable, Stage, 0, 0) is { } takeBack)
        {
            entries.Add(takeBack);
        }

        if (Post(sourceKey, kind, description, now, receivable, stage, share, memo) is { } entry)
        {
            entries.Add(entry);
        }

        Version++;
        return entries;
    }

    private LedgerEntry? Post(string sourceKey, EntryKind kind, string description, DateTimeOffset now, long receivable, EarningStage stage, long share, long memo)
    {
        var creator = share == 0 ? null : CreatorId;
        var memoCreator = memo == 0 ? null : CreatorId;
        var entry = LedgerEntry.Post(sourceKey, LineId, kind, Currency, description, now,
        [
            (LedgerAccount.TikTokReceivable, null, receivable - Receivable),
            (LedgerAccount.CommissionRevenue, null, Receivable - receivable),
            (LedgerAccount.CreatorShareExpense, null, share - Share),
            (LedgerAccounts.ForStage(Stage), ShareCreatorId, Share),
            (LedgerAccounts.ForStage(stage), creator, -share),
            (LedgerAccount.TikTokPaidCreatorCommission, MemoCreatorId, -Memo),
            (LedgerAccount.TikTokPaidCreatorCommission, memoCreator, memo),
            (LedgerAccount.TikTokPaidCreatorCommissionContra, null, Memo - memo),
        ], kind == EntryKind.CycleClose ? PayableAt : null);
        (Receivable, Stage, Share, ShareCreatorId, Memo, MemoCreatorId) = (receivable, stage, share, creator, memo, memoCreator);
        return entry;
    }
}
