using Tapbridge.Modules.Commissions.Adjustments;
using Tapbridge.Modules.Commissions.Bonuses;
using Tapbridge.Modules.Orders;

namespace Tapbridge.Modules.Commissions.Earnings;

/// <summary>One order line as the creator sees it in Earnings: what the agency pays, what TikTok pays, where it stands and when it moves.</summary>
public sealed record EarningLineView(
    Guid LineId, string OrderId, string ProductName, string? CampaignName, DateTimeOffset OrderedAt, TikTokLineStatus TikTokStatus, int Quantity, int KeptQuantity,
    long AgencyShare, long TikTokPaid, EarningStage Stage, string? Hold, DateTimeOffset? ExpectedConfirm, DateOnly? ExpectedPay, string Currency)
{
    /// <summary>What <see cref="Hold"/> says, for the page to say it in the reader's language.</summary>
    internal Phrase? HoldPhrase { get; init; }
}

/// <summary>What the agency owes in a stage, on order lines and adjustments together.</summary>
public sealed record StageTotal(EarningStage Stage, long Amount, int Lines, int Adjustments);

/// <summary>A month's agency share (lines by order date, adjustments by posting date; <see cref="AdjustmentsAmount"/> is the adjustments' part of it) and TikTok's.</summary>
public sealed record MonthTotal(string Month, long AgencyShare, long TikTokPaid, int Lines, long AdjustmentsAmount, int Adjustments);

public sealed record CampaignTotal(Guid? CampaignId, string Campaign, long AgencyShare, long TikTokPaid, int Lines);

public sealed record UpcomingConfirmation(DateOnly On, long Amount, int Lines);

/// <summary>
/// The creator's Earnings page: totals by status, month and campaign; TikTok-paid beside agency-paid; what confirms
/// next, the next payout, the agency's adjustments (settled campaign bonuses among them) and the progress in campaign
/// bonuses not settled yet.
/// </summary>
public sealed record EarningsSummary(
    string Currency, long AgencyShareTotal, long TikTokPaidTotal, IReadOnlyList<StageTotal> ByStage, IReadOnlyList<MonthTotal> ByMonth, IReadOnlyList<CampaignTotal> ByCampaign,
    IReadOnlyList<UpcomingConfirmation> Upcoming, DateOnly NextPayDate, long NextPayAmount, int HoldDays, IReadOnlyList<AdjustmentView> Adjustments,
    IReadOnlyList<BonusProgress> Bonuses)
{
    /// <summary>What is due on the next pay day; <see cref="NextPayAmount"/> is what will be paid (nothing below the minimum, or when clawbacks exceed it).</summary>
    public long NextPayDue { get; init; }

    /// <summary>Why the amount due is not paid on the next pay day (it rolls over), or null.</summary>
    public string? NextPayNote { get; init; }

    public required PayoutScheduleView Schedule { get; init; }

    /// <summary>In an approved payout, being sent.</summary>
    public long InPayout { get; init; }

    /// <summary>Paid out by the agency so far.</summary>
    public long Paid { get; init; }
}

/// <summary>The next pay day and what it pays (<see cref="Amount"/>: nothing below the minimum or while clawbacks exceed it, with <see cref="Note"/> saying why), and the balances behind it.</summary>
public sealed record NextPayout(string Currency, DateOnly Date, long Amount, long Due, string? Note, PayoutScheduleView Schedule, long Payable, long InPayout, long Paid);

public sealed record EarningsPage(IReadOnlyList<EarningLineView> Items, int Total, int Page, int PageSize);

/// <summary>A line's amount explained: every fact, rate and its source, both computations, each party's share and the history.</summary>
public sealed record LineExplanation(
    Guid LineId, string Market, string Currency, string OrderId, string SkuId, string ProductId, string ProductName, string? CampaignName, string? TikTokCampaignId,
    string CreatorUsername, string? CreatorHandle, Attribution Attribution, string? ContentType, string? ContentId,
    long Price, int Quantity, int ReturnedQuantity, int RefundedQuantity, int KeptQuantity, TikTokLineStatus TikTokStatus, DateTimeOffset OrderedAt, DateTimeOffset? DeliveredAt,
    int TapRate, int CreatorRate, string RatesSource, int ShareRate, string ShareRateSource,
    ReportedAmounts Estimated, ReportedAmounts Actual, bool UsesActual, long ExpectedBase, long ExpectedTap, long ExpectedCreator, string? Discrepancy, string? BaseNote,
    long TikTokPaysCreator, long TikTokPaysAgency, long AgencyPaysCreator,
    EarningStage Stage, string? Hold, DateTimeOffset? ExpectedConfirm, DateOnly? ExpectedPay, DateTimeOffset? ConfirmedAt, DateTimeOffset? PayableAt,
    IReadOnlyList<LineHistoryItem> History, IReadOnlyList<LedgerEntryView> Entries)
{
    /// <summary>What <see cref="ShareRateSource"/> says, for the page to say it in the reader's language.</summary>
    internal Phrase? ShareRatePhrase { get; init; }

    /// <summary>What <see cref="Discrepancy"/> says, for the page to say it in the reader's language.</summary>
    internal Phrase? DiscrepancyPhrase { get; init; }

    /// <summary>What <see cref="BaseNote"/> says, for the page to say it in the reader's language.</summary>
    internal Phrase? BaseNotePhrase { get; init; }

    /// <summary>What <see cref="Hold"/> says, for the page to say it in the reader's language.</summary>
    internal Phrase? HoldPhrase { get; init; }
}

public sealed record LineHistoryItem(DateTimeOffset At, LineSource Source, string By, string Summary, TikTokLineStatus Status)
{
    /// <summary>What <see cref="Summary"/> says, for the page to say it in the reader's language.</summary>
    internal Phrase? SummaryPhrase { get; init; }
}

public sealed record LedgerEntryView(DateTimeOffset PostedAt, EntryKind Kind, string Description, IReadOnlyList<LedgerLegView> Legs)
{
    /// <summary>What <see cref="Description"/> says, for the page to say it in the reader's language.</summary>
    internal Phrase? DescriptionPhrase { get; init; }
}

public sealed record LedgerLegView(LedgerAccount Account, Guid? CreatorId, long Amount);
