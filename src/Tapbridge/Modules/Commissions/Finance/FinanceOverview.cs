using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Commissions.Totals;
using Tapbridge.Modules.Creators;
using Tapbridge.Modules.Orders;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Commissions.Finance;

/// <summary>
/// Per market and month of order: what TikTok owes the agency (estimated and settled), what the agency owes creators
/// on those lines, and what TikTok pays them; <see cref="Adjustments"/> are finance's adjustments and the campaign
/// bonuses posted in the month (they belong to no order).
/// </summary>
public sealed record FinancePeriod(string Market, string Currency, string Month, int Lines, long Gmv, long ReceivableEstimated, long ReceivableActual, long CreatorPending,
    long CreatorConfirmed, long CreatorPayable, long TikTokPaidCreators, int Discrepancies, int Unmatched, long Adjustments);

/// <summary>
/// What the agency owes creators in a currency, by stage: their shares of order lines and finance's adjustments;
/// payable and in payout are the ledger's balances (payouts take money out of payable).
/// </summary>
public sealed record OwedToCreators(string Currency, long Pending, long Confirmed, long Payable, int Creators)
{
    public long InPayout { get; init; }
}

public sealed record DiscrepancyView(Guid LineId, string Market, string OrderId, string ProductName, string CreatorUsername, DateTimeOffset OrderedAt, TikTokLineStatus Status, string Discrepancy);

public sealed record FinanceView(IReadOnlyList<FinancePeriod> Periods, IReadOnlyList<OwedToCreators> Owed, IReadOnlyList<DiscrepancyView> Discrepancies, int DiscrepancyCount);

/// <summary>The agency's finance view over the order lines and their earnings.</summary>
public sealed class FinanceOverview(IDbContextFactory<TapbridgeDbContext> contexts)
{
    public async Task<FinanceView> GetAsync(string? market, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var totals = await db.Set<MarketMonthTotal>().AsNoTracking().Where(t => (market == null || t.MarketCode == market) && t.Lines != 0)
            .ToListAsync(cancellationToken);
        var lineMonths = totals.ToDictionary(t => (t.MarketCode, Month: MonthKeys.Format(t.Month)), Period);
        var adjustments = await db.Set<CreatorAdjustment>().AsNoTracking().Where(a => market == null || a.MarketCode == market)
            .Select(a => new { a.MarketCode, a.Currency, a.Stage, a.Amount, a.CreatorId, a.PostedAt }).ToListAsync(cancellationToken);
        var adjusted = adjustments.GroupBy(a => (a.MarketCode, Month: Month(a.MarketCode, a.PostedAt))).ToDictionary(g => g.Key, g => g.Sum(a => a.Amount));
        var periods = lineMonths.Keys.Union(adjusted.Keys).OrderByDescending(k => k.Month).ThenBy(k => k.MarketCode).Select(k =>
            (lineMonths.GetValueOrDefault(k) ?? new FinancePeriod(k.MarketCode, Market.Get(k.MarketCode).Currency, k.Month, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
                with { Adjustments = adjusted.GetValueOrDefault(k) }).ToList();

        var byStage = totals.SelectMany(t => new (string Currency, EarningStage Stage, long Amount)[]
            {
                (Market.Get(t.MarketCode).Currency, EarningStage.Pending, t.Pending),
                (Market.Get(t.MarketCode).Currency, EarningStage.Confirmed, t.Confirmed),
            })
            .Concat(adjustments.Select(a => (a.Currency, a.Stage, a.Amount))).ToList();
        var owing = (await OwingAsync(db, market, cancellationToken))
            .Concat(adjustments.Where(a => a.Amount != 0 && a.Stage is EarningStage.Pending or EarningStage.Confirmed)
                .Select(a => (a.Currency, CreatorId: (Guid?)a.CreatorId))).ToList();
        var currencies = market is null ? null : Market.Get(market).Currency;
        var balances = await db.Set<CreatorBalance>().AsNoTracking().Where(b => currencies == null || b.Currency == currencies)
            .GroupBy(b => b.Currency).Select(g => new { Currency = g.Key, Payable = -g.Sum(b => b.Payable), InPayout = -g.Sum(b => b.InPayout) })
            .ToDictionaryAsync(g => g.Currency, cancellationToken);
        var owed = byStage.GroupBy(r => r.Currency).Select(g => new OwedToCreators(g.Key, g.Where(r => r.Stage == EarningStage.Pending).Sum(r => r.Amount),
            g.Where(r => r.Stage == EarningStage.Confirmed).Sum(r => r.Amount), balances.GetValueOrDefault(g.Key)?.Payable ?? 0,
            owing.Where(r => r.Currency == g.Key).Select(r => r.CreatorId).Distinct().Count()) { InPayout = balances.GetValueOrDefault(g.Key)?.InPayout ?? 0 }).ToList();
        var differences = db.Set<OrderLine>().AsNoTracking().Where(l => l.Discrepancy != null && (market == null || l.MarketCode == market));
        var list = await differences.OrderByDescending(l => l.OrderedAt).Take(100)
            .Select(l => new DiscrepancyView(l.Id, l.MarketCode, l.OrderId, l.ProductName, l.CreatorUsername, l.OrderedAt, l.Status, l.Discrepancy!)).ToListAsync(cancellationToken);
        return new FinanceView(periods, owed, list, totals.Sum(t => t.Discrepancies));
    }

    /// <summary>
    /// The creators the agency still owes: a pending or confirmed share of a line (their months' totals, ADR 23; a share
    /// still held by the creator a line was moved from counts for the line's creator, one creator in a count of hundreds),
    /// or a payable or in-payout balance. A creator paid everything is owed nothing.
    /// </summary>
    private static async Task<List<(string Currency, Guid? CreatorId)>> OwingAsync(
        TapbridgeDbContext db, string? market, CancellationToken cancellationToken)
    {
        var codes = Market.All.Where(m => market == null || m.Code == market).Select(m => m.Code).ToList();
        var held = db.Set<CreatorMonthTotal>().AsNoTracking()
            .Where(t => (t.Stage == EarningStage.Pending || t.Stage == EarningStage.Confirmed) && t.Share != 0).Select(t => t.CreatorId)
            .Union(db.Set<CreatorBalance>().AsNoTracking().Where(b => b.Payable != 0 || b.InPayout != 0).Select(b => b.CreatorId));
        var creators = await db.Set<Creator>().AsNoTracking().Where(c => codes.Contains(c.MarketCode) && held.Contains(c.Id))
            .Select(c => new { c.MarketCode, c.Id }).ToListAsync(cancellationToken);
        return [.. creators.Select(c => (Market.Get(c.MarketCode).Currency, (Guid?)c.Id))];
    }

    private static FinancePeriod Period(MarketMonthTotal t) => new(t.MarketCode, Market.Get(t.MarketCode).Currency, MonthKeys.Format(t.Month),
        t.Lines, t.Gmv, t.ReceivableEstimated, t.ReceivableActual, t.Pending, t.Confirmed, t.Payable, t.Memo, t.Discrepancies, t.Unmatched, 0);

    private static string Month(string market, DateTimeOffset at) => Market.Get(market).ToLocal(at).ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
