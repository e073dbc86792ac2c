using Tapbridge.Platform.Markets;
using static Tapbridge.Platform.RuleViolationException;

namespace Tapbridge.Modules.Commissions;

/// <summary>
/// A campaign bonus the agency funds: every order a creator brings in the campaign's period beyond the first
/// <see cref="Threshold"/> earns <see cref="AmountPerOrder"/> (an order counts once, whatever its SKU lines). It is
/// settled once, when the period has ended and the hold has passed (so returned orders no longer count): each
/// creator's bonus is posted as an adjustment, and the rule is closed to changes from then on. A settled bonus still
/// follows its orders: a line of the campaign that is returned, cancelled, reinstated or given to another creator later
/// marks the rule for a recount, which posts each creator's difference as a correcting adjustment (a clawback when it
/// is negative, netted against later earnings).
/// </summary>
internal sealed class CampaignBonusRule
{
    public const int MaxThreshold = 100_000;

    /// <summary>
    /// A settled bonus is counted again as soon as a line that counts changes, and once this long after the settlement
    /// itself, which catches a change being written while it settled (an ingestion batch takes seconds).
    /// </summary>
    public static readonly TimeSpan FollowUp = TimeSpan.FromHours(1);

    private CampaignBonusRule()
    {
    }

    public Guid CampaignId { get; private set; }
    public string MarketCode { get; private set; } = "";
    public long AmountPerOrder { get; private set; }
    public int Threshold { get; private set; }
    public string SetBy { get; private set; } = "";
    public DateTimeOffset SetAt { get; private set; }
    public DateTimeOffset? SettledAt { get; private set; }
    public int CreatorsPaid { get; private set; }
    public long TotalPaid { get; private set; }

    /// <summary>Due for a recount from then (see <see cref="FollowUp"/>); null when none is due.</summary>
    public DateTimeOffset? RecountDueAt { get; private set; }
    public int Recounts { get; private set; }
    public int Version { get; private set; }

    public Market Market => Market.Get(MarketCode);

    /// <summary>At most a hundredth of the largest adjustment per order (about USD 100): a bonus, not a second commission.</summary>
    public static long MaxAmountPerOrder(Market market) => CreatorAdjustment.MaxAmount(market) / 100;

    public static CampaignBonusRule Create(Guid campaignId, Market market, long amountPerOrder, int threshold, string by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(market);
        var rule = new CampaignBonusRule { CampaignId = campaignId, MarketCode = market.Code };
        rule.Change(amountPerOrder, threshold, by, now);
        return rule;
    }

    public void Change(long amountPerOrder, int threshold, string by, DateTimeOffset now)
    {
        Require<CommissionsRules>(SettledAt is null, null, "Bonus.Settled");
        Require<CommissionsRules>(amountPerOrder > 0 && amountPerOrder <= MaxAmountPerOrder(Market), "amountPerOrder", "Bonus.AmountRange", Market.Money(MaxAmountPerOrder(Market)), Market.Currency);
        Require<CommissionsRules>(threshold is >= 0 and <= MaxThreshold, "threshold", "Bonus.ThresholdRange", MaxThreshold);
        (AmountPerOrder, Threshold, SetBy, SetAt) = (amountPerOrder, threshold, by, now);
    }

    /// <summary>The bonus on <paramref name="orders"/> orders: each one past the threshold earns the amount.</summary>
    public long BonusFor(int orders) => Math.Max(0, orders - Threshold) * AmountPerOrder;

    /// <summary>When it settles: the end of the campaign's period and the hold after it.</summary>
    public static DateTimeOffset SettlesAt(DateTimeOffset campaignEnd, int holdDays) => campaignEnd.AddDays(holdDays);

    /// <summary>Posts each creator's bonus on the orders they brought in the period, and closes the rule. Keyed per campaign and creator: it posts once.</summary>
    public IReadOnlyList<(CreatorAdjustment Adjustment, LedgerEntry Entry)> Settle(string campaign, IReadOnlyDictionary<Guid, int> ordersByCreator, DateTimeOffset now, PayoutCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(ordersByCreator);
        Require<CommissionsRules>(SettledAt is null, null, "Bonus.AlreadySettled");
        campaign = campaign.Length > CreatorAdjustment.MaxReference ? campaign[..CreatorAdjustment.MaxReference] : campaign;
        var posted = ordersByCreator.Where(o => BonusFor(o.Value) > 0).OrderBy(o => o.Key)
            .Select(o => CreatorAdjustment.Bonus(Market, CampaignId, o.Key, BonusFor(o.Value),
                $"Campaign bonus, {campaign}: {o.Value:N0} orders in the campaign, {o.Value - Threshold:N0} past the first {Threshold:N0}, × {Market.FormatMoney(AmountPerOrder)}.",
                campaign, $"Campaign bonus rule set by {SetBy}", now, calendar))
            .ToList();
        (SettledAt, CreatorsPaid, TotalPaid, RecountDueAt) = (now, posted.Count, posted.Sum(p => p.Adjustment.Amount), now + FollowUp);
        Version++;
        return posted;
    }

    /// <summary>
    /// Counts the orders again after a change and posts, per creator, what the bonus on them is minus what the rule has
    /// posted to the creator so far (<paramref name="postedByCreator"/>; finance's own reversals stay finance's decision).
    /// Each recount's adjustments are keyed by its round: a recount posts once.
    /// </summary>
    public IReadOnlyList<(CreatorAdjustment Adjustment, LedgerEntry Entry)> Recount(
        string campaign, IReadOnlyDictionary<Guid, int> ordersByCreator, IReadOnlyDictionary<Guid, long> postedByCreator, DateTimeOffset now, PayoutCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(ordersByCreator);
        ArgumentNullException.ThrowIfNull(postedByCreator);
        Require<CommissionsRules>(SettledAt is not null, null, "Bonus.NotSettled");
        campaign = campaign.Length > CreatorAdjustment.MaxReference ? campaign[..CreatorAdjustment.MaxReference] : campaign;
        var round = Recounts + 1;
        var posted = ordersByCreator.Keys.Union(postedByCreator.Keys).Order()
            .Select(c => (Creator: c, Orders: ordersByCreator.GetValueOrDefault(c), Was: postedByCreator.GetValueOrDefault(c)))
            .Where(c => BonusFor(c.Orders) != c.Was)
            .Select(c => CreatorAdjustment.Bonus(Market, CampaignId, c.Creator, BonusFor(c.Orders) - c.Was,
                $"Campaign bonus corrected, {campaign}: {c.Orders:N0} orders count now (a line was returned, cancelled, reinstated or reassigned after the bonus settled), " +
                $"so the bonus is {Market.FormatMoney(BonusFor(c.Orders))} instead of {Market.FormatMoney(c.Was)}.",
                campaign, $"Campaign bonus rule set by {SetBy}", now, calendar, round))
            .ToList();
        // A recount within the hour after the settlement leaves the follow-up due: the batch it is there for may still be writing.
        var followUp = SettledAt.GetValueOrDefault() + FollowUp;
        (RecountDueAt, Recounts, CreatorsPaid) = (now < followUp ? followUp : null, round, ordersByCreator.Count(o => BonusFor(o.Value) > 0));
        TotalPaid += posted.Sum(p => p.Adjustment.Amount);
        Version++;
        return posted;
    }
}
