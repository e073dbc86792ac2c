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
        var rows = await (from l in db.Set<OrderLine>().AsNoTracking()
                          join e in db.Set<LineEarning>().AsNoTracking() on l.Id equals e.LineId
                          where market == null || l.MarketCode == market
                          select new
                          {
                              l.MarketCode, l.Currency, l.OrderedAt, l.Status, Base = l.Status == TikTokLineStatus.Completed ? l.Actual.Base : l.Estimated.Base,
                              Unmatched = l.Attribution == Attribution.Unmatched, Differs = l.Discrepancy != null, e.Receivable, e.Stage, e.Share, e.Memo, e.ShareCreatorId,
                          }).ToListAsync(cancellationToken);
        var adjustments = await db.Set<CreatorAdjustment>().AsNoTracking().Where(a => market == null || a.MarketCode == market)
            .Select(a => new { a.MarketCode, a.Currency, a.Stage, a.Amount, a.CreatorId, a.PostedAt }).ToListAsync(cancellationToken);
        var adjusted = adjustments.GroupBy(a => (a.MarketCode, Month: Month(a.MarketCode, a.PostedAt))).ToDictionary(g => g.Key, g => g.Sum(a => a.Amount));
        var lineMonths = rows.GroupBy(r => (r.MarketCode, Month: Month(r.MarketCode, r.OrderedAt))).ToDictionary(g => g.Key, g => g.ToList());
        var periods = lineMonths.Keys.Union(adjusted.Keys).OrderByDescending(k => k.Month).ThenBy(k => k.MarketCode).Select(k =>
        {
            var g = lineMonths.GetValueOrDefault(k) ?? [];
            return new FinancePeriod(k.MarketCode, Market.Get(k.MarketCode).Currency, k.Month, g.Count, g.Where(r => r.Status != TikTokLineStatus.Cancelled).Sum(r => r.Base),
                g.Where(r => r.Status != TikTokLineStatus.Completed).Sum(r => r.Receivable), g.Where(r => r.Status == TikTokLineStatus.Completed).Sum(r => r.Receivable),
                g.Where(r => r.Stage == EarningStage.Pending).Sum(r => r.Share), g.Where(r => r.Stage == EarningStage.Confirmed).Sum(r => r.Share),
                g.Where(r => r.Stage == EarningStage.Payable).Sum(r => r.Share), g.Sum(r => r.Memo), g.Count(r => r.Differs), g.Count(r => r.Unmatched), adjusted.GetValueOrDefault(k));
        }).ToList();
        var shares = rows.Select(r => (r.Currency, r.Stage, Amount: r.Share, CreatorId: r.ShareCreatorId))
            .Concat(adjustments.Select(a => (a.Currency, a.Stage, a.Amount, CreatorId: (Guid?)a.CreatorId)));
        var currencies = market is null ? null : Market.Get(market).Currency;
        var balances = await db.Set<LedgerEntry>().AsNoTracking().Where(LedgerEntry.MovesPayouts).Where(e => e.CreatorId != null && (currencies == null || e.Currency == currencies))
            .GroupBy(e => e.Currency).Select(g => new { Currency = g.Key, Payable = -g.Sum(e => e.CreatorPayable), InPayout = -g.Sum(e => e.CreatorInPayout) })
            .ToDictionaryAsync(g => g.Currency, cancellationToken);
        var owed = shares.GroupBy(r => r.Currency).Select(g => new OwedToCreators(g.Key, g.Where(r => r.Stage == EarningStage.Pending).Sum(r => r.Amount),
            g.Where(r => r.Stage == EarningStage.Confirmed).Sum(r => r.Amount), balances.GetValueOrDefault(g.Key)?.Payable ?? 0,
            g.Where(r => r.Amount != 0).Select(r => r.CreatorId).Distinct().Count()) { InPayout = balances.GetValueOrDefault(g.Key)?.InPayout ?? 0 }).ToList();
        var differences = db.Set<OrderLine>().AsNoTracking().Where(l => l.Discrepancy != null && (market == null || l.MarketCode == market));
        var list = await differences.OrderByDescending(l => l.OrderedAt).Take(100)
            .Select(l => new DiscrepancyView(l.Id, l.MarketCode, l.OrderId, l.ProductName, l.CreatorUsername, l.OrderedAt, l.Status, l.Discrepancy!)).ToListAsync(cancellationToken);
        return new FinanceView(periods, owed, list, await differences.CountAsync(cancellationToken));
    }

    private static string Month(string market, DateTimeOffset at) => Market.Get(market).ToLocal(at).ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
