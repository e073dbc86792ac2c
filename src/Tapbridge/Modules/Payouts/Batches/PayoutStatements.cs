using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Agency;
using Tapbridge.Modules.Commissions;
using Tapbridge.Modules.Creators;
using Tapbridge.Modules.Orders;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Pdf;

namespace Tapbridge.Modules.Payouts.Batches;

/// <summary>One movement of the creator's payable balance that the payout pays: an order line or an adjustment becoming payable, a clawback, a failed payout returned.</summary>
public sealed record StatementItem(DateTimeOffset At, EntryKind Kind, string Description, Guid? LineId, string? OrderId, string? ProductName, long Amount);

/// <summary>A payout's statement: who, when, where to, and every amount it pays, summing to the payout.</summary>
public sealed record PayoutStatement(
    string Reference, string Market, string Currency, string TimeZone, DateOnly PayDate, PayoutLineStatus Status, PayoutBatchStatus BatchStatus, string CreatorHandle, string CreatorName,
    long Amount, string? Provider, string? HolderName, string? AccountNumber, string? FailureReason, DateTimeOffset? ResolvedAt, IReadOnlyList<StatementItem> Items, long ItemsTotal)
{
    /// <summary>"Scheduled", "On its way", "Paid", "Failed" or "Not paid this time", as the creator reads it.</summary>
    public string StatusText => PayoutLine.StatusText(Status, BatchStatus);
}

/// <summary>
/// What a payout contains, from the ledger: each batch pays what was payable at its cycle's cut-off, so a payout pays every
/// movement of that balance since the last payout that was paid (a failed one's amount came back and is paid again).
/// </summary>
public sealed class PayoutStatements(IDbContextFactory<TapbridgeDbContext> contexts, AgencyDirectory agency, IConfiguration configuration, TimeProvider clock)
{
    /// <summary>The statement as a PDF, named by its reference; the same reader rules as <see cref="ForLineAsync"/>.</summary>
    public async Task<(string FileName, byte[] Content)> PdfAsync(Actor actor, Guid lineId, CancellationToken cancellationToken)
    {
        var statement = await ForLineAsync(actor, lineId, cancellationToken);
        PdfFonts.EnsureRegistered(configuration["Pdf:FontFolder"]);
        return ($"{statement.Reference}.pdf", PayoutStatementPdf.Write(statement, (await agency.GetAsync(cancellationToken)).Name, clock.GetUtcNow()));
    }

    public async Task<PayoutStatement> ForLineAsync(Actor actor, Guid lineId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var line = await db.Set<PayoutLine>().AsNoTracking().SingleOrDefaultAsync(l => l.Id == lineId, cancellationToken);
        if (line is null || (actor.Kind == OrganizationKind.Creator && line.CreatorId != actor.OrganizationId) || actor.Kind == OrganizationKind.Seller)
        {
            throw new NotFoundException("Payout");
        }

        var batch = await db.Set<PayoutBatch>().AsNoTracking().SingleAsync(b => b.Id == line.BatchId, cancellationToken);
        var creator = await db.Set<Creator>().AsNoTracking().SingleAsync(c => c.Id == line.CreatorId, cancellationToken);
        var items = line.Status == PayoutLineStatus.Held || batch.Status == PayoutBatchStatus.Cancelled ? [] : await ItemsAsync(db, line, batch, cancellationToken);
        return new PayoutStatement($"{batch.Reference}-{line.Number}", batch.MarketCode, batch.Currency, batch.Market.TimeZoneId, batch.PayDate, line.Status, batch.Status, creator.Handle,
            creator.DisplayName, line.Amount, line.Provider, line.HolderName, line.MaskedAccountNumber, line.FailureReason ?? line.HoldReason, line.ResolvedAt, items, items.Sum(i => i.Amount));
    }

    /// <summary>
    /// The movements the batch counted (what became payable by its cut-off, and what took from the balance by the time it
    /// was prepared) that the creator's last paid payout before it had not: the new earnings, clawbacks and failed payouts
    /// returned since, so the items sum to the payout.
    /// </summary>
    private static async Task<List<StatementItem>> ItemsAsync(TapbridgeDbContext db, PayoutLine line, PayoutBatch batch, CancellationToken cancellationToken)
    {
        var last = await (from l in db.Set<PayoutLine>().AsNoTracking()
                          join b in db.Set<PayoutBatch>().AsNoTracking() on l.BatchId equals b.Id
                          where l.CreatorId == line.CreatorId && l.Status == PayoutLineStatus.Paid && b.Currency == batch.Currency && b.PreparedAt < batch.PreparedAt
                          orderby b.PreparedAt descending
                          select new { l.Id, b.PreparedAt, b.CutOffAt }).FirstOrDefaultAsync(cancellationToken);
        var (preparedBefore, cutOffBefore, paidKey) = last is null
            ? (DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, "")
            : (last.PreparedAt, last.CutOffAt, $"payout:{last.Id}");
        var own = $"payout:{line.Id}";
        var entries = await db.Set<LedgerEntry>().AsNoTracking().Where(LedgerEntry.MovesPayouts)
            .Where(e => e.CreatorId == line.CreatorId && e.Currency == batch.Currency && e.SourceKey != paidKey && e.SourceKey != own)
            .Where(e => (e.CreatorPayable > 0 && e.PostedAt <= batch.PreparedAt && e.PostedAt > preparedBefore)
                || (e.CreatorPayable < 0 && e.EffectiveAt <= batch.CutOffAt && e.EffectiveAt > cutOffBefore))
            .OrderBy(e => e.EffectiveAt).ToListAsync(cancellationToken);
        var lineIds = entries.Where(e => e.LineId != null).Select(e => e.LineId!.Value).Distinct().ToList();
        var orders = await db.Set<OrderLine>().AsNoTracking().Where(l => EF.Parameter(lineIds).Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken);
        return [.. entries.Select(e => new StatementItem(e.EffectiveAt, e.Kind, e.Description, e.LineId, e.LineId is { } id ? orders.GetValueOrDefault(id)?.OrderId : null,
            e.LineId is { } lid ? orders.GetValueOrDefault(lid)?.ProductName : null, -e.CreatorPayable))];
    }
}
