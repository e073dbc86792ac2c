using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Agency;
using Tapbridge.Modules.Commissions;
using Tapbridge.Modules.Commissions.Components;
using Tapbridge.Modules.Payouts.Components;
using Tapbridge.Modules.Creators;
using Tapbridge.Modules.Orders;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Localization;
using Tapbridge.Platform.Pdf;

namespace Tapbridge.Modules.Payouts.Batches;

/// <summary>One movement of the creator's payable balance that the payout pays: an order line or an adjustment becoming payable, a clawback, a failed payout returned.</summary>
public sealed record StatementItem(DateTimeOffset At, EntryKind Kind, string Description, Guid? LineId, string? OrderId, string? ProductName, long Amount)
{
    /// <summary>What <see cref="Description"/> says, for the page to say it in the reader's language.</summary>
    internal Phrase? DescriptionPhrase { get; init; }
}

/// <summary>
/// A payout's statement: who, when, where to, and the amounts it pays, summing to the payout. <see cref="Items"/> is one
/// page of them, oldest first; <see cref="ItemCount"/> and <see cref="ItemsTotal"/> count and sum them all.
/// </summary>
public sealed record PayoutStatement(
    string Reference, string Market, string Currency, string TimeZone, DateOnly PayDate, PayoutLineStatus Status, PayoutBatchStatus BatchStatus,
    string CreatorHandle, string CreatorName, long Amount, string? Provider, string? HolderName, string? AccountNumber, string? FailureReason,
    DateTimeOffset? ResolvedAt, IReadOnlyList<StatementItem> Items, long ItemsTotal, int ItemCount, int Page, int PageSize)
{
    /// <summary>The most items one page of a statement holds.</summary>
    public const int MaxPageSize = 500;

    public int Pages => (ItemCount + PageSize - 1) / PageSize;

    /// <summary>"Scheduled", "On its way", "Paid", "Failed" or "Not paid this time", as the creator reads it.</summary>
    public string StatusText => PayoutLine.StatusText(Status, BatchStatus);
}

/// <summary>
/// What a payout contains, from the ledger: each batch pays what was payable at its cycle's cut-off, so a payout pays every
/// movement of that balance since the last payout that was paid (a failed one's amount came back and is paid again).
/// </summary>
internal sealed class PayoutStatements(
    IDbContextFactory<TapbridgeDbContext> contexts,
    AgencyDirectory agency,
    IOptions<PdfSettings> pdf,
    IStringLocalizer<PayoutsText> text,
    IStringLocalizer<CommissionsText> commissions,
    IStringLocalizer<Words> words,
    TimeProvider clock)
{
    /// <summary>The whole statement as a PDF, named by its reference; the same reader rules as <see cref="ForLineAsync"/>.</summary>
    public async Task<(string FileName, byte[] Content)> PdfAsync(Actor actor, Guid lineId, CancellationToken cancellationToken)
    {
        var statement = await ReadAsync(actor, lineId, 1, null, cancellationToken);
        PdfFonts.EnsureRegistered(pdf.Value.FontFolder);
        var document = new PayoutStatementPdf(text, commissions, words).Write(statement, (await agency.GetAsync(cancellationToken)).Name, clock.GetUtcNow());
        return ($"{statement.Reference}.pdf", document);
    }

    /// <summary>The statement with one page of its items (at most <see cref="PayoutStatement.MaxPageSize"/>).</summary>
    public Task<PayoutStatement> ForLineAsync(Actor actor, Guid lineId, int page, int pageSize, CancellationToken cancellationToken) =>
        ReadAsync(actor, lineId, Math.Max(page, 1), Math.Clamp(pageSize, 1, PayoutStatement.MaxPageSize), cancellationToken);

    /// <summary>The statement with a page of its items, or all of them when <paramref name="pageSize"/> is null.</summary>
    private async Task<PayoutStatement> ReadAsync(Actor actor, Guid lineId, int page, int? pageSize, CancellationToken cancellationToken)
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
        var counted = line.Status != PayoutLineStatus.Held && batch.Status != PayoutBatchStatus.Cancelled;
        var entries = counted ? await EntriesAsync(db, line, batch, cancellationToken) : null;
        var (count, total) = entries is null ? (0, 0L) : await SumAsync(entries, cancellationToken);
        var size = pageSize ?? Math.Max(count, 1);
        var items = entries is null || (page - 1L) * size >= count ? [] : await ItemsAsync(db, entries, page, size, cancellationToken);
        return new PayoutStatement($"{batch.Reference}-{line.Number}", batch.MarketCode, batch.Currency, batch.Market.TimeZoneId, batch.PayDate, line.Status,
            batch.Status, creator.Handle, creator.DisplayName, line.Amount, line.Provider, line.HolderName, line.MaskedAccountNumber,
            line.FailureReason ?? line.HoldReason, line.ResolvedAt, items, total, count, page, size);
    }

    /// <summary>
    /// The movements the batch counted (what became payable by its cut-off, and what took from the balance by the time it
    /// was prepared) that the creator's last paid payout before it had not: the new earnings, clawbacks and failed payouts
    /// returned since, so the items sum to the payout.
    /// </summary>
    private static async Task<IQueryable<LedgerEntry>> EntriesAsync(
        TapbridgeDbContext db, PayoutLine line, PayoutBatch batch, CancellationToken cancellationToken)
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
        return db.Set<LedgerEntry>().AsNoTracking().Where(LedgerEntry.MovesPayouts)
            .Where(e => e.CreatorId == line.CreatorId && e.Currency == batch.Currency && e.SourceKey != paidKey && e.SourceKey != own)
            .Where(e => (e.CreatorPayable > 0 && e.PostedAt <= batch.PreparedAt && e.PostedAt > preparedBefore)
                || (e.CreatorPayable < 0 && e.EffectiveAt <= batch.CutOffAt && e.EffectiveAt > cutOffBefore));
    }

    private static async Task<(int Count, long Total)> SumAsync(IQueryable<LedgerEntry> entries, CancellationToken cancellationToken)
    {
        var sums = await entries.GroupBy(_ => 1).Select(g => new { Count = g.Count(), Total = g.Sum(e => -e.CreatorPayable) })
            .SingleOrDefaultAsync(cancellationToken);
        return sums is null ? (0, 0) : (sums.Count, sums.Total);
    }

    private static async Task<List<StatementItem>> ItemsAsync(
        TapbridgeDbContext db, IQueryable<LedgerEntry> entries, int page, int pageSize, CancellationToken cancellationToken)
    {
        var shown = await entries.OrderBy(e => e.EffectiveAt).ThenBy(e => e.SourceKey).Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        var lineIds = shown.Where(e => e.LineId != null).Select(e => e.LineId!.Value).Distinct().ToList();
        var orders = await db.Set<OrderLine>().AsNoTracking().Where(l => EF.Parameter(lineIds).Contains(l.Id))
            .Select(l => new { l.Id, l.OrderId, l.ProductName }).ToDictionaryAsync(l => l.Id, cancellationToken);
        return [.. shown.Select(e => (e.LineId is { } id && orders.TryGetValue(id, out var order)
            ? new StatementItem(e.EffectiveAt, e.Kind, e.Description, id, order.OrderId, order.ProductName, -e.CreatorPayable)
            : new StatementItem(e.EffectiveAt, e.Kind, e.Description, e.LineId, null, null, -e.CreatorPayable))
            with { DescriptionPhrase = PhraseReader.Description(e.Description) })];
    }
}
