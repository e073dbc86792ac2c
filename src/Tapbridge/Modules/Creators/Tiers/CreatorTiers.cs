using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Agency;
using Tapbridge.Modules.Connections;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Jobs;
using Tapbridge.Platform.Markets;
using Tapbridge.TikTokShop.Partner;

namespace Tapbridge.Modules.Creators.Tiers;

/// <summary>
/// Creator tiers: thresholds per market (admins set them), and the ranking by trailing 30-day GMV. GMV is read from
/// TikTok's TAP affiliate orders (P10) of each connected market: the order value of each line attributed to the
/// creator's handle, after returns once the order completed, estimated before; cancelled orders count nothing.
/// </summary>
public sealed class CreatorTiers(
    IDbContextFactory<TapbridgeDbContext> contexts, AgencyDirectory agency, PartnerConnection tiktok, JobLeases leases, TimeProvider clock, ILogger<CreatorTiers> logger)
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(30);

    public async Task<IReadOnlyList<TierThresholdsView>> ThresholdsAsync(CancellationToken cancellationToken)
    {
        var markets = (await agency.GetAsync(cancellationToken)).Markets;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.Set<TierThresholds>().AsNoTracking().ToDictionaryAsync(t => t.MarketCode, cancellationToken);
        return markets.Select(m => TierThresholdsView.From(m, stored.GetValueOrDefault(m.Code) ?? TierThresholds.Default(m))).ToList();
    }

    public async Task<TierThresholdsView> SetThresholdsAsync(Actor actor, string market, TierChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsStaff || !actor.IsInRole(Roles.Admin))
        {
            throw new UnauthorizedAccessException("Only agency admins set tier thresholds.");
        }

        var known = await agency.RequireMarketAsync(market, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var thresholds = await db.Set<TierThresholds>().SingleOrDefaultAsync(t => t.MarketCode == known.Code, cancellationToken);
        if (thresholds is null)
        {
            thresholds = TierThresholds.For(known.Code, change, actor.DisplayName, clock.GetUtcNow());
            db.Add(thresholds);
        }
        else
        {
            thresholds.Change(change, actor.DisplayName, clock.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);
        await RankAsync(known, gmv: null, cancellationToken);
        return TierThresholdsView.From(known, thresholds);
    }

    /// <summary>The signed-in creator's tier, GMV and what the next tier takes.</summary>
    public async Task<CreatorTierView> MineAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var creator = await db.Set<Creator>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == actor.OrganizationId, cancellationToken)
            ?? throw new NotFoundException("Creator account");
        var market = Market.Get(creator.MarketCode);
        var thresholds = await db.Set<TierThresholds>().AsNoTracking().SingleOrDefaultAsync(t => t.MarketCode == market.Code, cancellationToken) ?? TierThresholds.Default(market);
        return CreatorTierView.From(creator, market, thresholds);
    }

    /// <summary>
    /// Ranks every approved creator of every connected market; a market TikTok cannot answer for keeps its tiers. One
    /// run at a time across instances (the job and "recalculate now" share a lease).
    /// </summary>
    public async Task<int> RecalculateAsync(CancellationToken cancellationToken) =>
        await TryRecalculateAsync(cancellationToken)
            ?? throw RuleViolationException.Say<CreatorsRules>("Tiers.Recalculating", null);

    /// <summary>The scheduled run: null when a manager's "recalculate now" is running, which leaves it nothing to add.</summary>
    public async Task<int?> TryRecalculateAsync(CancellationToken cancellationToken)
    {
        const string Lease = "creator-tiers-run";
        if (!await leases.TryAcquireAsync(Lease, TimeSpan.FromMinutes(30), cancellationToken))
        {
            return null;
        }

        try
        {
            return await RankAllAsync(cancellationToken);
        }
        finally
        {
            await leases.ReleaseAsync(Lease, CancellationToken.None);
        }
    }

    private async Task<int> RankAllAsync(CancellationToken cancellationToken)
    {
        var changed = 0;
        foreach (var market in (await agency.GetAsync(cancellationToken)).Markets)
        {
            if (await tiktok.ForMarketAsync(market.Code, cancellationToken) is not { } partner)
            {
                continue;
            }

            try
            {
                changed += await RankAsync(market, await GmvAsync(partner, market, cancellationToken), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // TikTok unreachable or refusing, or creators changed meanwhile: this market waits for the next run.
                logger.LogWarning(e, "Tiers of {Market} were not recalculated", market.Code);
            }
        }

        return changed;
    }

    private async Task<Dictionary<string, long>> GmvAsync(PartnerClient partner, Market market, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var gmv = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        await foreach (var order in partner.SearchAffiliateOrdersAsync(new AffiliateOrderQuery { CreateTimeGe = now - Window, CreateTimeLt = now }, cancellationToken))
        {
            if (order.Status == AffiliateOrderStatus.Cancelled)
            {
                continue;
            }

            foreach (var line in order.Skus.Where(s => s.CreatorUsername.Length > 0))
            {
                var value = order.Status == AffiliateOrderStatus.Completed ? line.ActualCommissionBase : line.EstimatedCommissionBase;
                if (value is not null && value.Currency == market.Currency)
                {
                    gmv[line.CreatorUsername] = gmv.GetValueOrDefault(line.CreatorUsername) + market.ToMinor(value.Amount);
                }
            }
        }

        return gmv;
    }

    /// <summary>Ranks with the GMV just read, or (<paramref name="gmv"/> null, after new thresholds) with each creator's last known GMV.</summary>
    private async Task<int> RankAsync(Market market, Dictionary<string, long>? gmv, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var thresholds = await db.Set<TierThresholds>().AsNoTracking().SingleOrDefaultAsync(t => t.MarketCode == market.Code, cancellationToken) ?? TierThresholds.Default(market);
        var creators = await db.Set<Creator>().Where(c => c.MarketCode == market.Code && c.Status == CreatorStatus.Approved)
            .Where(c => gmv != null || c.TierCalculatedAt != null).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var changed = 0;
        foreach (var creator in creators)
        {
            var before = creator.Tier;
            if (creator.Rank(gmv is null ? creator.MonthlyGmv : gmv.GetValueOrDefault(creator.Handle), thresholds, now))
            {
                changed++;
                db.Add(CreatorEvent.Record(creator.Id, "Tapbridge", "Tier", $"{before} → {creator.Tier} at {market.FormatMoney(creator.MonthlyGmv)} GMV in 30 days", now));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return changed;
    }
}

public sealed record TierThresholdsView(string Market, string Currency, long Silver, long Gold, long Platinum, long Diamond, DateTimeOffset UpdatedAt, string UpdatedBy)
{
    internal static TierThresholdsView From(Market market, TierThresholds t) => new(market.Code, market.Currency, t.Silver, t.Gold, t.Platinum, t.Diamond, t.UpdatedAt, t.UpdatedBy);
}

/// <summary>A creator's tier with what the next one takes (none above Diamond).</summary>
public sealed record CreatorTierView(
    CreatorTier Tier, long MonthlyGmv, string Currency, CreatorTier? NextTier, long? NextThreshold, long? GmvToNext, DateTimeOffset? CalculatedAt, TierThresholdsView Thresholds)
{
    internal static CreatorTierView From(Creator creator, Market market, TierThresholds thresholds)
    {
        CreatorTier? next = creator.Tier == CreatorTier.Diamond ? null : creator.Tier + 1;
        var threshold = next is { } n ? thresholds.For(n) : (long?)null;
        return new CreatorTierView(creator.Tier, creator.MonthlyGmv, market.Currency, next, threshold,
            threshold is { } t ? Math.Max(0, t - creator.MonthlyGmv) : null, creator.TierCalculatedAt, TierThresholdsView.From(market, thresholds));
    }
}
