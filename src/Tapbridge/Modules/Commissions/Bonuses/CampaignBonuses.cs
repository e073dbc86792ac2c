using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Campaigns;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Commissions.Bonuses;

/// <summary>
/// Campaign bonuses: staff set a campaign's rule; once the campaign's period has ended and the hold after it has
/// passed, each creator's orders of the period (with a line not void) are counted and their bonus posted as an adjustment,
/// once per campaign and creator; until then creators see their progress. A counted line that changes later has the
/// bonus recounted and the difference posted.
/// </summary>
public sealed class CampaignBonuses(IDbContextFactory<TapbridgeDbContext> contexts, EarningPostings postings, TimeProvider clock, ILogger<CampaignBonuses> logger)
{
    public async Task<IReadOnlyList<CampaignBonusView>> ListAsync(Guid? campaignId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rules = await db.Set<CampaignBonusRule>().AsNoTracking().Where(r => campaignId == null || r.CampaignId == campaignId).ToListAsync(cancellationToken);
        var campaigns = await CampaignsAsync(db, rules, cancellationToken);
        return rules.Where(r => campaigns.ContainsKey(r.CampaignId)).Select(r => View(r, campaigns[r.CampaignId])).OrderByDescending(v => v.CampaignEnd).ToList();
    }

    public async Task<CampaignBonusView> SetAsync(Actor actor, Guid campaignId, CampaignBonusChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(change);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var campaign = await db.Set<Campaign>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == campaignId, cancellationToken) ?? throw new NotFoundException("Campaign");
        var amount = change.AmountPerOrder ?? throw RuleViolationException.Say<CommissionsRules>("Bonus.AmountRequired", "amountPerOrder", campaign.Market.Currency);
        var threshold = change.Threshold ?? throw RuleViolationException.Say<CommissionsRules>("Bonus.ThresholdRequired", "threshold");
        var now = clock.GetUtcNow();
        var rule = await db.Set<CampaignBonusRule>().SingleOrDefaultAsync(r => r.CampaignId == campaignId, cancellationToken);
        if (rule is null)
        {
            rule = CampaignBonusRule.Create(campaignId, campaign.Market, amount, threshold, actor.DisplayName, now);
            db.Add(rule);
        }
        else
        {
            rule.Change(amount, threshold, actor.DisplayName, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return View(rule, campaign);
    }

    /// <summary>Settles every rule whose campaign ended more than the hold ago; returns the bonuses posted. Safe to run twice or on two instances.</summary>
    public async Task<int> SettleDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        List<Guid> due;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var open = await db.Set<CampaignBonusRule>().AsNoTracking().Where(r => r.SettledAt == null).ToListAsync(cancellationToken);
            var campaigns = await CampaignsAsync(db, open, cancellationToken);
            due = open.Where(r => campaigns.TryGetValue(r.CampaignId, out var c) && CampaignBonusRule.SettlesAt(c.CampaignEnd, postings.HoldDays) <= now).Select(r => r.CampaignId).ToList();
        }

        var posted = 0;
        foreach (var campaignId in due)
        {
            posted += await SettleAsync(campaignId, now, cancellationToken);
        }

        return posted;
    }

    /// <summary>The creator's progress in their market's campaign bonuses not settled yet.</summary>
    internal async Task<List<BonusProgress>> ProgressAsync(TapbridgeDbContext db, Guid creator, string market, CancellationToken cancellationToken)
    {
        var rules = await db.Set<CampaignBonusRule>().AsNoTracking().Where(r => r.MarketCode == market && r.SettledAt == null).ToListAsync(cancellationToken);
        var campaigns = await CampaignsAsync(db, rules, cancellationToken);
        var progress = new List<BonusProgress>();
        foreach (var rule in rules.Where(r => campaigns.ContainsKey(r.CampaignId)))
        {
            var c = campaigns[rule.CampaignId];
            var orders = await Orders(db, c).CountAsync(o => o.CreatorId == creator, cancellationToken);
            progress.Add(new BonusProgress(c.Id, c.Name, rule.Market.Currency, rule.AmountPerOrder, rule.Threshold, orders, rule.BonusFor(orders), c.CampaignEnd,
                CampaignBonusRule.SettlesAt(c.CampaignEnd, postings.HoldDays)));
        }

        return progress.OrderBy(p => p.CampaignEnd).ToList();
    }

    /// <summary>Recounts every settled rule due for it (see <see cref="CampaignBonusRule.RecountDueAt"/>); returns the corrections posted. Safe to run twice or on two instances.</summary>
    public async Task<int> RecountDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        List<Guid> due;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            due = await db.Set<CampaignBonusRule>().AsNoTracking().Where(r => r.RecountDueAt <= now).Select(r => r.CampaignId).ToListAsync(cancellationToken);
        }

        var posted = 0;
        foreach (var campaignId in due)
        {
            posted += await OnRuleAsync(campaignId, r => r.RecountDueAt <= now, async (db, rule, campaign) =>
            {
                var bonuses = await db.Set<CreatorAdjustment>().AsNoTracking().Where(a => a.CampaignId == campaignId).GroupBy(a => a.CreatorId)
                    .Select(g => new { Creator = g.Key, Amount = g.Sum(a => a.Amount) }).ToDictionaryAsync(g => g.Creator, g => g.Amount, cancellationToken);
                return rule.Recount(campaign.Name, await CountAsync(db, campaign, cancellationToken), bonuses, now, (await PayoutSchedules.ForAsync(db, rule.Market, cancellationToken)).Calendar);
            }, cancellationToken);
        }

        return posted;
    }

    /// <summary>
    /// Marks the settled rules of <paramref name="campaigns"/> due for a recount now, in the caller's transaction: a line
    /// they count changed. It moves the rules' versions, so a recount that read the lines before this change does not
    /// commit over it (it reads again).
    /// </summary>
    internal static Task MarkForRecountAsync(TapbridgeDbContext db, IReadOnlyCollection<Guid> campaigns, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Set<CampaignBonusRule>().Where(r => EF.Parameter(campaigns).Contains(r.CampaignId) && r.SettledAt != null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.RecountDueAt, now).SetProperty(r => r.Version, r => r.Version + 1), cancellationToken);

    private Task<int> SettleAsync(Guid campaignId, DateTimeOffset now, CancellationToken cancellationToken) =>
        OnRuleAsync(campaignId, r => r.SettledAt is null,
            async (db, rule, campaign) => rule.Settle(campaign.Name, await CountAsync(db, campaign, cancellationToken), now, (await PayoutSchedules.ForAsync(db, rule.Market, cancellationToken)).Calendar),
            cancellationToken);

    /// <summary>
    /// Posts what <paramref name="post"/> works out from the rule as it is now, in one transaction checked against the
    /// rule's version; a concurrent change (another instance, or a line that changed meanwhile) makes it read again.
    /// </summary>
    private async Task<int> OnRuleAsync(Guid campaignId, Func<CampaignBonusRule, bool> due,
        Func<TapbridgeDbContext, CampaignBonusRule, Campaign, Task<IReadOnlyList<(CreatorAdjustment Adjustment, LedgerEntry Entry)>>> post, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var rule = await db.Set<CampaignBonusRule>().SingleAsync(r => r.CampaignId == campaignId, cancellationToken);
                if (!due(rule))
                {
                    return 0;
                }

                var campaign = await db.Set<Campaign>().AsNoTracking().SingleAsync(c => c.Id == campaignId, cancellationToken);
                var posted = await post(db, rule, campaign);
                foreach (var (adjustment, entry) in posted)
                {
                    db.Add(adjustment);
                    db.Add(entry);
                }

                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return posted.Count;
            }
            catch (DbUpdateException e) when (attempt < 4 && DbConflicts.IsConflict(e))
            {
                logger.LogInformation(e, "A campaign bonus met a concurrent change; reading again ({Attempt})", attempt);
            }
        }
    }

    private static Task<Dictionary<Guid, int>> CountAsync(TapbridgeDbContext db, Campaign campaign, CancellationToken cancellationToken) =>
        Orders(db, campaign).GroupBy(o => o.CreatorId).Select(g => new { Creator = g.Key, Orders = g.Count() }).ToDictionaryAsync(g => g.Creator, g => g.Orders, cancellationToken);

    /// <summary>
    /// The campaign's orders that count, once per creator and order however many SKU lines it has: an order with a
    /// line attributed to the creator, not void, ordered in the campaign's period.
    /// </summary>
    private static IQueryable<CreatorOrder> Orders(TapbridgeDbContext db, Campaign campaign) =>
        db.Set<LineEarning>().AsNoTracking().Where(e => e.CampaignId == campaign.Id && e.CreatorId != null && e.Stage != EarningStage.Void
                && e.OrderedAt >= campaign.CampaignStart && e.OrderedAt <= campaign.CampaignEnd)
            .Join(db.Set<Orders.OrderLine>(), e => e.LineId, l => l.Id, (e, l) => new CreatorOrder { CreatorId = e.CreatorId!.Value, OrderId = l.OrderId }).Distinct();

    // Set by member initialisation, not a constructor: EF translates only that shape once it is filtered after Distinct.
    private sealed class CreatorOrder
    {
        public Guid CreatorId { get; init; }
        public string OrderId { get; init; } = "";
    }

    private static async Task<Dictionary<Guid, Campaign>> CampaignsAsync(TapbridgeDbContext db, IEnumerable<CampaignBonusRule> rules, CancellationToken cancellationToken)
    {
        var ids = rules.Select(r => r.CampaignId).ToList();
        return await db.Set<Campaign>().AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
    }

    private CampaignBonusView View(CampaignBonusRule r, Campaign c) =>
        new(r.CampaignId, c.Name, r.MarketCode, r.Market.Currency, r.AmountPerOrder, r.Threshold, c.CampaignStart, c.CampaignEnd, CampaignBonusRule.SettlesAt(c.CampaignEnd, postings.HoldDays),
            r.SetBy, r.SetAt, r.SettledAt, r.CreatorsPaid, r.TotalPaid);
}
