using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Agency;
using Tapbridge.Modules.Commissions.Totals;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Commissions.Reconciliation;

public sealed record TikTokPaymentRequest(string? Market, string? Month, long? Amount, string? Reference, DateOnly? PaidOn);

internal sealed record TikTokPaymentView(Guid Id, string Market, string Currency, string Month, long Amount, string Reference, DateOnly PaidOn, string RecordedBy, DateTimeOffset RecordedAt)
{
    public DateTimeOffset? WithdrawnAt { get; init; }
    public string? WithdrawnBy { get; init; }
    public string? WithdrawalReason { get; init; }
}

public sealed record PaymentWithdrawal(string Reason);

/// <summary>
/// One market's month: what TikTok should pay on its orders (settled lines, and those still estimated), what it paid
/// (payments entered by hand plus the lines of its imported statement), the difference, the lines where TikTok's own
/// figures differ from Tapbridge's computation, and against the statement the lines paid another amount, settled but
/// not paid, and paid but unknown to Tapbridge.
/// </summary>
internal sealed record ReconciliationPeriod(string Market, string Currency, string Month, long ExpectedSettled, long StillEstimated, long Received, long Difference, int LinesDiffering,
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
internal sealed class TikTokPayments(IDbContextFactory<TapbridgeDbContext> contexts, AgencyDirectory agency, TimeProvider clock)
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
            throw RuleViolationException.Say<CommissionsRules>("Payment.AlreadyRecorded", null, payment.Reference, market.Name);
        }

        return View(payment);
    }

    public async Task<TikTokPaymentView> WithdrawAsync(Actor actor, Guid id, PaymentWithdrawal request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var payment = await db.Set<TikTokPayment>().SingleOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw new NotFoundException("TikTok payment");
        payment.Withdraw(actor.DisplayName, request.Reason, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return View(payment);
    }

    public async Task<IReadOnlyList<ReconciliationPeriod>> ReconcileAsync(string? market, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var byMonth = new Dictionary<(string MarketCode, string Month), LineMonth>();
        foreach (var m in Market.All.Where(m => market == null || m.Code == market))
        {
            foreach (var month in await LineMonthsAsync(db, m, cancellationToken))
            {
                byMonth[(m.Code, month.Month)] = month;
            }
        }

        var statement = await db.Set<TikTokStatementLine>().AsNoTracking().Where(s => market == null || s.MarketCode == market).GroupBy(s => new { s.MarketCode, s.Month })
            .Select(g => new { g.Key.MarketCode, g.Key.Month, Paid = g.Sum(s => s.PartnerCommission), Lines = g.Count() }).ToDictionaryAsync(s => (s.MarketCode, s.Month), cancellationToken);
        var payments = await db.Set<TikTokPayment>().AsNoTracking().Where(p => market == null || p.MarketCode == market).OrderBy(p => p.PaidOn).ToListAsync(cancellationToken);
        var paid = payments.GroupBy(p => (p.MarketCode, p.Month)).ToDictionary(g => g.Key, g => g.ToList());
        return [.. byMonth.Keys.Union(paid.Keys).Union(statement.Keys).OrderByDescending(k => k.Month).ThenBy(k => k.MarketCode).Select(k =>
        {
            var month = byMonth.GetValueOrDefault(k) ?? new LineMonth(k.Month, 0, 0, 0, 0, 0, 0);
            var received = paid.GetValueOrDefault(k) ?? [];
            var (fromStatement, statementLines) = statement.TryGetValue(k, out var s) ? (s.Paid, s.Lines) : (0, 0);
            var total = received.Where(p => p.Counts).Sum(p => p.Amount) + fromStatement;
            return new ReconciliationPeriod(k.MarketCode, Market.Get(k.MarketCode).Currency, k.Month, month.Settled, month.Estimated, total, total - month.Settled, month.Differing,
                [.. received.Select(View)])
            {
                FromStatement = fromStatement, StatementLines = statementLines, LinesPaidDifferently = month.PaidDifferently,
                LinesNotPaid = statementLines == 0 ? 0 : month.NotPaid, LinesNotInTapbridge = statementLines - month.OnStatement,
            };
        })];
    }

    /// <summary>
    /// A market's lines by the month they were ordered (in the market's time), from the totals the database keeps
    /// (ADR 23), against the statement lines imported for them.
    /// </summary>
    private static async Task<List<LineMonth>> LineMonthsAsync(TapbridgeDbContext db, Market market, CancellationToken cancellationToken)
    {
        var totals = await db.Set<MarketMonthTotal>().AsNoTracking().Where(t => t.MarketCode == market.Code && t.Lines != 0).ToListAsync(cancellationToken);
        var stated = await StatedMonths.ReadAsync(db, market.Code, null, cancellationToken);
        return [.. totals.Select(t => (Total: t, Stated: stated.GetValueOrDefault(t.Month) ?? new StatedMonth()))
            .Select(m => new LineMonth(MonthKeys.Format(m.Total.Month), m.Total.ReceivableActual, m.Total.ReceivableEstimated, m.Total.Discrepancies, m.Stated.OnStatement,
                m.Stated.PaidDifferently, m.Total.Settled - m.Stated.SettledPaid))];
    }

    private sealed record LineMonth(string Month, long Settled, long Estimated, int Differing, int OnStatement, int PaidDifferently, int NotPaid);

    private static TikTokPaymentView View(TikTokPayment p) => new(p.Id, p.MarketCode, p.Currency, p.Month, p.Amount, p.Reference, p.PaidOn, p.RecordedBy, p.RecordedAt)
    {
        WithdrawnAt = p.WithdrawnAt, WithdrawnBy = p.WithdrawnBy, WithdrawalReason = p.WithdrawalReason,
    };
}
