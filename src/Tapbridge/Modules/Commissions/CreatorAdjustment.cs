using System.Globalization;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Markets;
using static Tapbridge.Platform.RuleViolationException;

namespace Tapbridge.Modules.Commissions;

/// <summary>
/// An amount the agency decides itself to pay a creator, or to take back, outside any order line: posted by finance
/// with a reason (or by a campaign's bonus rule when it settles), confirmed when it is posted, payable at the next
/// cycle's cut-off like a line earning. It is never edited: a mistaken one is undone by a reversing adjustment that names it.
/// </summary>
internal sealed class CreatorAdjustment
{
    public const int MinReason = 10;
    public const int MaxReason = 500;
    public const int MaxReference = 100;
    public const int MaxKey = 100;
    private const string BonusKeyPrefix = "bonus:";

    private CreatorAdjustment()
    {
    }

    public Guid Id { get; private set; }
    public Guid CreatorId { get; private set; }
    public string MarketCode { get; private set; } = "";
    public string Currency { get; private set; } = "";

    /// <summary>Minor units of <see cref="Currency"/>: positive is owed to the creator, negative is taken back.</summary>
    public long Amount { get; private set; }
    public string Reason { get; private set; } = "";

    /// <summary>What it is about, when there is one: a campaign, an order.</summary>
    public string? Reference { get; private set; }

    /// <summary>The adjustment this one undoes.</summary>
    public Guid? ReversesId { get; private set; }

    /// <summary>The campaign whose bonus rule posted it; null for finance's own adjustments.</summary>
    public Guid? CampaignId { get; private set; }

    /// <summary>The caller's key for the request: the same key posts once.</summary>
    public string IdempotencyKey { get; private set; } = "";
    public EarningStage Stage { get; private set; }
    public Guid PostedByUserId { get; private set; }
    public string PostedBy { get; private set; } = "";
    public DateTimeOffset PostedAt { get; private set; }
    public DateTimeOffset CycleCloseAt { get; private set; }
    public DateOnly PayDate { get; private set; }
    public DateTimeOffset? PayableAt { get; private set; }
    public int Version { get; private set; }

    public Market Market => Market.Get(MarketCode);

    public bool IsCampaignBonus => CampaignId is not null;

    /// <summary>
    /// The most one adjustment may move, about USD 10,000 in each currency: anything larger is a typo (a VND amount
    /// typed in PHP) or a payment that belongs in a contract, not a correction.
    /// </summary>
    public static long MaxAmount(Market market)
    {
        ArgumentNullException.ThrowIfNull(market);
        return market.ToMinor(market.Currency switch
        {
            "VND" => 250_000_000m,
            "IDR" => 160_000_000m,
            "PHP" => 550_000m,
            "THB" => 330_000m,
            "MYR" => 45_000m,
            "SGD" => 13_000m,
            _ => 10_000m,
        });
    }

    /// <summary>A new adjustment, confirmed as it is posted, and its entry: the agency's expense against what it owes the creator.</summary>
    public static (CreatorAdjustment Adjustment, LedgerEntry Entry) Post(
        Market market, Guid creatorId, long amount, string? reason, string? reference, string? idempotencyKey, Actor by, DateTimeOffset now, PayoutCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(market);
        Require<CommissionsRules>(amount != 0, "amount", "Adjustment.Zero");
        var max = MaxAmount(market);
        Require<CommissionsRules>(amount >= -max && amount <= max, "amount", "Adjustment.TooLarge", market.Money(max), market.Currency, market.MinorUnits);
        Require<CommissionsRules>(idempotencyKey?.Trim().StartsWith(BonusKeyPrefix, StringComparison.Ordinal) != true, "Idempotency-Key", "Adjustment.BonusKey", BonusKeyPrefix);
        return Create(market, creatorId, amount, reason, reference, null, null, idempotencyKey, by, now, calendar);
    }

    /// <summary>
    /// A creator's campaign bonus, posted when the campaign's rule settles (round 0) or corrected by a recount (round 1
    /// on); keyed by campaign, creator and round, so each posts once.
    /// </summary>
    internal static (CreatorAdjustment Adjustment, LedgerEntry Entry) Bonus(
        Market market, Guid campaignId, Guid creatorId, long amount, string reason, string campaign, string postedBy, DateTimeOffset now, PayoutCalendar calendar, int round = 0) =>
        Create(market, creatorId, amount, reason, campaign, null, campaignId, $"{BonusKeyPrefix}{campaignId}:{creatorId}{(round == 0 ? "" : $":r{round}")}",
            new Actor(Guid.Empty, Guid.Empty, OrganizationKind.Agency, postedBy.Length > 120 ? postedBy[..120] : postedBy, new HashSet<string>()), now, calendar);

    /// <summary>The adjustment that undoes this one: the opposite amount, with its own reason. A reversal is not reversed again: post a new adjustment instead.</summary>
    public (CreatorAdjustment Adjustment, LedgerEntry Entry) Reverse(string? reason, string? idempotencyKey, Actor by, DateTimeOffset now, PayoutCalendar calendar)
    {
        Require<CommissionsRules>(ReversesId is null, null, "Adjustment.ReverseReversal");
        return Create(Market, CreatorId, -Amount, reason, Reference, Id, null, idempotencyKey, by, now, calendar);
    }

    /// <summary>Whether a request asked for exactly this adjustment: the same key with anything else is refused, not posted.</summary>
    public bool IsSameRequest(Guid creatorId, string market, long amount, string? reason, string? reference, Guid? reverses) =>
        CreatorId == creatorId && MarketCode == market && Amount == amount && Reason == reason?.Trim() && Reference == Clean(reference) && ReversesId == reverses;

    /// <summary>Whether a reversal request asked for exactly this reversal.</summary>
    public bool IsSameReversal(Guid reverses, string? reason) => ReversesId == reverses && Reason == reason?.Trim();

    /// <summary>Past the cycle's cut-off the adjustment is payable, with the cycle. Safe to repeat.</summary>
    public LedgerEntry? Mature(DateTimeOffset now)
    {
        if (Stage != EarningStage.Confirmed || CycleCloseAt > now)
        {
            return null;
        }

        (Stage, PayableAt) = (EarningStage.Payable, CycleCloseAt);
        Version++;
        return LedgerEntry.Post($"adjpayable:{Id}", null, EntryKind.CycleClose, Currency, string.Create(CultureInfo.InvariantCulture, $"In the payout of {PayDate:d MMM yyyy}"), now,
        [
            (LedgerAccount.CreatorConfirmed, CreatorId, Amount),
            (LedgerAccount.CreatorPayable, CreatorId, -Amount),
        ], CycleCloseAt);
    }

    private static (CreatorAdjustment, LedgerEntry) Create(Market market, Guid creatorId, long amount, string? reason, string? reference, Guid? reverses, Guid? campaignId,
        string? idempotencyKey, Actor by, DateTimeOffset now, PayoutCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(calendar);
        var why = reason?.Trim() ?? "";
        Require<CommissionsRules>(why.Length >= MinReason, "reason", "Adjustment.ReasonShort", MinReason);
        Require<CommissionsRules>(why.Length <= MaxReason, "reason", "Adjustment.ReasonLong", MaxReason);
        var about = Clean(reference);
        Require<CommissionsRules>(about is null || about.Length <= MaxReference, "reference", "Adjustment.ReferenceLong", MaxReference);
        var key = idempotencyKey?.Trim() ?? "";
        Require<CommissionsRules>(key.Length is > 0 and <= MaxKey && !key.Any(char.IsControl), "Idempotency-Key", "Adjustment.KeyRequired", MaxKey);
        var adjustment = new CreatorAdjustment
        {
            Id = Guid.CreateVersion7(now), CreatorId = creatorId, MarketCode = market.Code, Currency = market.Currency, Amount = amount, Reason = why, Reference = about,
            ReversesId = reverses, CampaignId = campaignId, IdempotencyKey = key, Stage = EarningStage.Confirmed, PostedByUserId = by.UserId, PostedBy = by.DisplayName, PostedAt = now,
            CycleCloseAt = calendar.CutOffAfter(now, market), PayDate = calendar.PayDateFor(now, market),
        };
        var entry = LedgerEntry.Post(campaignId is null ? $"adj:{adjustment.Id}" : key, null, EntryKind.Adjustment, market.Currency,
            reverses is null ? $"Adjustment: {why}" : $"Reversal of adjustment {reverses}: {why}", now,
        [
            (LedgerAccount.CreatorShareExpense, null, amount),
            (LedgerAccount.CreatorConfirmed, creatorId, -amount),
        ])!;
        return (adjustment, entry);
    }

    private static string? Clean(string? reference) => string.IsNullOrWhiteSpace(reference) ? null : reference.Trim();
}
