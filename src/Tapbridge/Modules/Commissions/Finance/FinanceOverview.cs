using System.Globalization;
using Microsoft.EntityFrameworkCore;
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
        var lineMonths = new Dictionary<(string MarketCode, string Month), FinancePeriod>();
        foreach (var m in Market.All.Where(m => market == null || m.Code == market))
        {
            foreach (var period in await PeriodsAsync(db, m, cancellationToken))
            {
                lineMonths[(m.Code, period.Month)] = period;
            }
        }

        var adjustments = await db.Set<CreatorAdjustment>().AsNoTracking().Where(a => market == null || a.MarketCode == market)
            .Select(a => new { a.MarketCode, a.Currency, a.Stage, a.Amount, a.CreatorId, a.PostedAt }).ToListAsync(cancellationToken);
        var adjusted = adjustments.GroupBy(a => (a.MarketCode, Month: Month(a.MarketCode, a.PostedAt))).ToDictionary(g => g.Key, g => g.Sum(a => a.Amount));
        var periods = lineMonths.Keys.Union(adjusted.Keys).OrderByDescending(k => k.Month).ThenBy(k => k.MarketCode).Select(k =>
            (lineMonths.GetValueOrDefault(k) ?? new FinancePeriod(k.MarketCode, Market.Get(k.MarketCode).Currency, k.Month, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
                with { Adjustments = adjusted.GetValueOrDefault(k) }).ToList();

        var shares = db.Set<LineEarning>().AsNoTracking().Where(e => market == null || e.MarketCode == market).Select(e => new { e.Currency, e.Stage, e.Share, e.ShareCreatorId });
        var byStage = (await shares.GroupBy(r => new { r.Currency, r.Stage }).Select(g => new { g.Key.Currency, g.Key.Stage, Amount = g.Sum(r => r.Share) }).ToListAsync(cancellationToken))
            .Select(r => (r.Currency, r.Stage, r.Amount)).Concat(adjustments.Select(a => (a.Currency, a.Stage, a.Amount))).ToList();
        var owing = (await shares.Where(r => r.Share != 0).Select(r => new { r.Currency, CreatorId = r.ShareCreatorId }).Distinct().ToListAsync(cancellationToken))
            .Select(r => (r.Currency, r.CreatorId)).Concat(adjustments.Where(a => a.Amount != 0).Select(a => (a.Currency, CreatorId: (Guid?)a.CreatorId))).ToList();
        var currencies = market is null ? null : Market.Get(market).Currency;
        var balances = await db.Set<LedgerEntry>().AsNoTracking().Where(LedgerEntry.MovesPayouts).Where(e => e.CreatorId != null && (currencies == null || e.Currency == currencies))
            .GroupBy(e => e.Currency).Select(g => new { Currency = g.Key, Payable = -g.Sum(e => e.CreatorPayable), InPayout = -g.Sum(e => e.CreatorInPayout) })
            .ToDictionaryAsync(g => g.Currency, cancellationToken);
        var owed = byStage.GroupBy(r => r.Currency).Select(g => new OwedToCreators(g.Key, g.Where(r => r.Stage == EarningStage.Pending).Sum(r => r.Amount),
            g.Where(r => r.Stage == EarningStage.Confirmed).Sum(r => r.Amount), balances.GetValueOrDefault(g.Key)?.Payable ?? 0,
            owing.Where(r => r.Currency == g.Key).Select(r => r.CreatorId).Distinct().Count()) { InPayout = balances.GetValueOrDefault(g.Key)?.InPayout ?? 0 }).ToList();
        var differences = db.Set<OrderLine>().AsNoTracking().Where(l => l.Discrepancy != null && (market == null || l.MarketCode == market));
        var list = await differences.OrderByDescending(l => l.OrderedAt).Take(100)
            .Select(l => new DiscrepancyView(l.Id, l.MarketCode, l.OrderId, l.ProductName, l.CreatorUsername, l.OrderedAt, l.Status, l.Discrepancy!)).ToListAsync(cancellationToken);
        return new FinanceView(periods, owed, list, await differences.CountAsync(cancellationToken));
    }

    /// <summary>A market's lines summed in the database by the month they were ordered, in the market's time.</summary>
    private static async Task<List<FinancePeriod>> PeriodsAsync(TapbridgeDbContext db, Market market, CancellationToken cancellationToken)
    {
        var rows = from e in db.Set<LineEarning>().AsNoTracking()
                   where e.MarketCode == market.Code
                   join l in db.Set<OrderLine>().AsNoTracking() on e.LineId equals l.Id
                   select new
                   {
                       l.OrderedAt, l.Status, Base = l.Status == TikTokLineStatus.Completed ? l.Actual.Base : l.Estimated.Base, Unmatched = l.Attribution == Attribution.Unmatched,
                       Differs = l.Discrepancy != null, e.Receivable, e.Stage, e.Share, e.Memo,
                   };
        var (months, groups) = await TimeRanges.FitAsync(
            () => TimeRanges.SpanAsync(db.Set<OrderLine>().AsNoTracking().Where(l => l.MarketCode == market.Code).Select(l => l.OrderedAt), cancellationToken),
            (from, to) => TimeRanges.Months(market, from, to),
            months => months.GroupBy(rows, r => TimeRanges.Of(r.OrderedAt)).Select(g => new
            {
                Month = g.Key, Lines = g.Count(), Gmv = g.Sum(r => r.Status != TikTokLineStatus.Cancelled ? r.Base : 0),
                Estimated = g.Sum(r => r.Status != TikTokLineStatus.Completed ? r.Receivable : 0), Actual = g.Sum(r => r.Status == TikTokLineStatus.Completed ? r.Receivable : 0),
                Pending = g.Sum(r => r.Stage == EarningStage.Pending ? r.Share : 0), Confirmed = g.Sum(r => r.Stage == EarningStage.Confirmed ? r.Share : 0),
                Payable = g.Sum(r => r.Stage == EarningStage.Payable ? r.Share : 0), Memo = g.Sum(r => r.Memo), Discrepancies = g.Count(r => r.Differs),
                Unmatched = g.Count(r => r.Unmatched),
            }).ToListAsync(cancellationToken),
            g => g.Month);
        return [.. groups.Select(g => new FinancePeriod(market.Code, market.Currency, months!.Month(g.Month), g.Lines, g.Gmv, g.Estimated, g.Actual, g.Pending, g.Confirmed, g.Payable,
            g.Memo, g.Discrepancies, g.Unmatched, 0))];
    }

    private static string Month(string market, DateTimeOffset at) => Market.Get(market).ToLocal(at).ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
