using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Agency;
using Tapbridge.Modules.Orders;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Commissions.Reconciliation;

public sealed record TikTokPaymentRequest(string? Market, string? Month, long? Amount, string? Reference, DateOnly? PaidOn);

public sealed record TikTokPaymentView(Guid Id, string Market, string Currency, string Month, long Amount, string Reference, DateOnly PaidOn, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>
/// One market's month: what TikTok should pay on its orders (settled lines, and those still estimated), what it paid
/// (payments entered by hand plus the lines of its imported statement), the difference, the lines where TikTok's own
/// figures differ from Tapbridge's computation, and against the statement the lines paid another amount, settled but
/// not paid, and paid but unknown to Tapbridge.
/// </summary>
public sealed record ReconciliationPeriod(string Market, string Currency, string Month, long ExpectedSettled, long StillEstimated, long Received, long Difference, int LinesDiffering,
    IReadOnlyList<TikTokPaymentView> Payments)
{
    /// <summary>What the imported statement lines paid (part of <see cref="Received"/>).</summary>
    public long FromStatement { get; init; }

    public int StatementLines { get; init; }

    public int LinesPaidDifferently { get; init; }

    /// <summary>Settled lines with a receivable that are not on the statement; counted once the month has a statement.</summary>
    public int LinesNotPaid { get; init; }

    public int LinesNotInTapbridge { get; init; }
}

/// <summary>Finance records what TikTok paid the agency and matches it with the receivable the order lines expect.</summary>
public sealed class TikTokPayments(IDbContextFactory<TapbridgeDbContext> contexts, AgencyDirectory agency, TimeProvider clock)
{
    public async Task<TikTokPaymentView> RecordAsync(Actor actor, TikTokPaymentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var market = await agency.RequireMarketAsync(request.Market, cancellationToken);
        var payment = TikTokPayment.Record(market, request.Month, request.Amount, request.Reference, request.PaidOn, actor.DisplayName, clock.GetUtcNow());
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Add(payment);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DbConflicts.IsConflict(e))
        {
            throw new RuleViolationException($"TikTok's payment {payment.Reference} in {market.Name} is already recorded.");
        }

        return View(payment);
    }

    public async Task<IReadOnlyList<ReconciliationPeriod>> ReconcileAsync(string? market, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lines = await (from l in db.Set<OrderLine>().AsNoTracking()
                           join e in db.Set<LineEarning>().AsNoTracking() on l.Id equals e.LineId
                           where market == null || l.MarketCode == market
                           select new { l.MarketCode, l.OrderId, l.SkuId, l.OrderedAt, Settled = l.Status == TikTokLineStatus.Completed, e.Receivable, Differs = l.Discrepancy != null })
            .ToListAsync(cancellationToken);
        var statement = await db.Set<TikTokStatementLine>().AsNoTracking().Where(s => market == null || s.MarketCode == market)
            .Select(s => new { s.MarketCode, s.Month, s.OrderId, s.SkuId, s.PartnerCommission }).ToListAsync(cancellationToken);
        var statementByLine = statement.ToDictionary(s => (s.MarketCode, s.OrderId, s.SkuId), s => s.PartnerCommission);
        var statementByMonth = statement.GroupBy(s => (s.MarketCode, s.Month)).ToDictionary(g => g.Key, g => g.ToList());
        var payments = await db.Set<TikTokPayment>().AsNoTracking().Where(p => market == null || p.MarketCode == market).OrderBy(p => p.PaidOn).ToListAsync(cancellationToken);
        var byMonth = lines.GroupBy(l => (l.MarketCode, Month: Market.Get(l.MarketCode).ToLocal(l.OrderedAt).ToString("yyyy-MM", CultureInfo.InvariantCulture))).ToDictionary(g => g.Key, g => g.ToList());
        var paid = payments.GroupBy(p => (p.MarketCode, p.Month)).ToDictionary(g => g.Key, g => g.ToList());
        return [.. byMonth.Keys.Union(paid.Keys).Union(statementByMonth.Keys).OrderByDescending(k => k.Month).ThenBy(k => k.MarketCode).Select(k =>
        {
            var month = byMonth.GetValueOrDefault(k) ?? [];
            var received = paid.GetValueOrDefault(k) ?? [];
            var stated = statementByMonth.GetValueOrDefault(k) ?? [];
            var expected = month.Where(l => l.Settled).Sum(l => l.Receivable);
            var total = received.Sum(p => p.Amount) + stated.Sum(s => s.PartnerCommission);
            var onStatement = month.Select(l => (Line: l, Paid: statementByLine.TryGetValue((l.MarketCode, l.OrderId, l.SkuId), out var p) ? p : (long?)null)).ToList();
            return new ReconciliationPeriod(k.MarketCode, Market.Get(k.MarketCode).Currency, k.Month, expected, month.Where(l => !l.Settled).Sum(l => l.Receivable),
                total, total - expected, month.Count(l => l.Differs), [.. received.Select(View)])
            {
                FromStatement = stated.Sum(s => s.PartnerCommission), StatementLines = stated.Count,
                LinesPaidDifferently = onStatement.Count(x => x.Paid is { } p && p != x.Line.Receivable),
                LinesNotPaid = stated.Count == 0 ? 0 : onStatement.Count(x => x.Paid is null && x.Line.Settled && x.Line.Receivable != 0),
                LinesNotInTapbridge = stated.Count - onStatement.Count(x => x.Paid is not null),
            };
        })];
    }

    private static TikTokPaymentView View(TikTokPayment p) => new(p.Id, p.MarketCode, p.Currency, p.Month, p.Amount, p.Reference, p.PaidOn, p.RecordedBy, p.RecordedAt);
}
