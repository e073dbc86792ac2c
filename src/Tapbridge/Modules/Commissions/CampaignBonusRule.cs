using Tapbridge.Platform.Markets;
using static Tapbridge.Platform.RuleViolationException;

namespace Tapbridge.Modules.Commissions;

/// <summary>
/// A campaign bonus the agency funds: every order a creator brings in the campaign's period beyond the first
/// <see cref="Threshold"/> earns <see cref="AmountPerOrder"/> (an order counts once, whatever its SKU lines). It is
/// settled once, when the period has ended and the hold has passed (so returned orders no longer count): each
/// creator's bonus is posted as an adjustment, and the rule is closed to changes from then on. A return later than
/// the hold does not reduce a settled bonus; finance corrects it with an adjustment if it must.
/// </summary>
internal sealed class CampaignBonusRule
{
    public const int MaxThreshold = 100_000;

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
        Require(SettledAt is null, null, "This campaign's bonus is settled and paid; correct a creator's bonus with an adjustment.");
        Require(amountPerOrder > 0 && amountPerOrder <= MaxAmountPerOrder(Market), "amountPerOrder",
            $"The bonus per order is more than zero and at most {Market.FormatMoney(MaxAmountPerOrder(Market))} (in minor units of {Market.Currency}).");
        Require(threshold is >= 0 and <= MaxThreshold, "threshold", $"The threshold is 0 to {MaxThreshold:N0} orders.");
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
        Require(SettledAt is null, null, "This campaign's bonus is already settled.");
        campaign = campaign.Length > CreatorAdjustment.MaxReference ? campaign[..CreatorAdjustment.MaxReference] : campaign;
        var posted = ordersByCreator.Where(o => BonusFor(o.Value) > 0).OrderBy(o => o.Key)
            .Select(o => CreatorAdjustment.Bonus(Market, CampaignId, o.Key, BonusFor(o.Value),
                $"Campaign bonus, {campaign}: {o.Value:N0} orders in the campaign, {o.Value - Threshold:N0} past the first {Threshold:N0}, × {Market.FormatMoney(AmountPerOrder)}.",
                campaign, $"Campaign bonus rule set by {SetBy}", now, calendar))
            .ToList();
        (SettledAt, CreatorsPaid, TotalPaid) = (now, posted.Count, posted.Sum(p => p.Adjustment.Amount));
        Version++;
        return posted;
    }
}
