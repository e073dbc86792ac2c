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
/// One market's month: what TikTok should pay on its orders (settled lines, and those still estimated), what it paid,
/// the difference, and the lines where TikTok's own figures differ from Tapbridge's computation.
/// </summary>
public sealed record ReconciliationPeriod(string Market, string Currency, string Month, long ExpectedSettled, long StillEstimated, long Received, long Difference, int LinesDiffering,
    IReadOnlyList<TikTokPaymentView> Payments);

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
                           select new { l.MarketCode, l.OrderedAt, Settled = l.Status == TikTokLineStatus.Completed, e.Receivable, Differs = l.Discrepancy != null }).ToListAsync(cancellationToken);
        var payments = await db.Set<TikTokPayment>().AsNoTracking().Where(p => market == null || p.MarketCode == market).OrderBy(p => p.PaidOn).ToListAsync(cancellationToken);
        var byMonth = lines.GroupBy(l => (l.MarketCode, Month: Market.Get(l.MarketCode).ToLocal(l.OrderedAt).ToString("yyyy-MM", CultureInfo.InvariantCulture))).ToDictionary(g => g.Key, g => g.ToList());
        var paid = payments.GroupBy(p => (p.MarketCode, p.Month)).ToDictionary(g => g.Key, g => g.ToList());
        return [.. byMonth.Keys.Union(paid.Keys).OrderByDescending(k => k.Month).ThenBy(k => k.MarketCode).Select(k =>
        {
            var month = byMonth.GetValueOrDefault(k) ?? [];
            var received = paid.GetValueOrDefault(k) ?? [];
            var expected = month.Where(l => l.Settled).Sum(l => l.Receivable);
            return new ReconciliationPeriod(k.MarketCode, Market.Get(k.MarketCode).Currency, k.Month, expected, month.Where(l => !l.Settled).Sum(l => l.Receivable),
                received.Sum(p => p.Amount), received.Sum(p => p.Amount) - expected, month.Count(l => l.Differs), [.. received.Select(View)]);
        })];
    }

    private static TikTokPaymentView View(TikTokPayment p) => new(p.Id, p.MarketCode, p.Currency, p.Month, p.Amount, p.Reference, p.PaidOn, p.RecordedBy, p.RecordedAt);
}
