using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Orders.Ingestion;

/// <summary>
/// The one upsert every source goes through (P10 polls, webhook re-reads, the earnings CSV): per (order id, SKU id),
/// in batches, each batch in one transaction with its history and ledger entries. Repeated, late and out-of-order
/// snapshots are harmless: the same facts change nothing, older facts are stale, newer ones make a version.
/// </summary>
public sealed class OrderLineIngestor(IDbContextFactory<TapbridgeDbContext> contexts, ILinePostings postings, TimeProvider clock, ILogger<OrderLineIngestor> logger)
{
    public const int BatchSize = 5000;

    public async Task<IngestReport> IngestAsync(IReadOnlyList<OrderLineSnapshot> snapshots, LineSource source, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        var report = IngestReport.Empty;
        foreach (var batch in snapshots.Chunk(BatchSize))
        {
            report = report.Add(await WithRetryAsync(batch, source, by, cancellationToken));
        }

        return report;
    }

    /// <summary>
    /// Ingests a stream of batches (each one transaction) with a batch's writes overlapping the next one's reading and
    /// computing and the producer's own work (parsing a file, requesting pages), so the database's writer does not wait
    /// for them. <paramref name="written"/> is told each batch's report with its state, in order, once the batch is
    /// committed: a poll's cursor moves only then. A batch whose lines were written meanwhile (by the batch before it, or
    /// another instance) is redone from a fresh read.
    /// </summary>
    public async Task<IngestReport> IngestAsync<TState>(IAsyncEnumerable<(IReadOnlyList<OrderLineSnapshot> Lines, TState State)> batches, LineSource source, string by,
        Func<IngestReport, TState, Task> written, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batches);
        ArgumentNullException.ThrowIfNull(written);
        var report = IngestReport.Empty;
        (Task<IngestReport> Task, TState State)? writing = null;
        async Task CommittedAsync((Task<IngestReport> Task, TState State) batch)
        {
            writing = null;
            var done = await batch.Task;
            report = report.Add(done);
            await written(done, batch.State);
        }

        try
        {
            await foreach (var (lines, state) in batches.WithCancellation(cancellationToken))
            {
                var batch = lines.ToArray();
                PreparedBatch? prepared = null;
                if (batch.Length > 0)
                {
                    await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                    prepared = await PrepareAsync(db, batch, source, by, cancellationToken);
                }

                if (writing is { } previous)
                {
                    await CommittedAsync(previous);
                }

                writing = (Task.Run(() => WriteOrRedoAsync(prepared, batch, source, by, cancellationToken), cancellationToken), state);
            }

            if (writing is { } last)
            {
                await CommittedAsync(last);
            }
        }
        finally
        {
            // A producer that failed leaves the batch being written to finish: what it commits is simply read again next time.
            if (writing is { } pending)
            {
                await Task.WhenAny(pending.Task);
            }
        }

        return report;
    }

    private async Task<IngestReport> WriteOrRedoAsync(PreparedBatch? prepared, OrderLineSnapshot[] batch, LineSource source, string by, CancellationToken cancellationToken)
    {
        if (prepared is null)
        {
            return IngestReport.Empty;
        }

        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await prepared.WriteAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return prepared.Report;
        }
        catch (DbUpdateException e) when (DbConflicts.IsConflict(e))
        {
            logger.LogInformation(e, "A pipelined order line batch met a write made after it was read; redoing it");
            return await WithRetryAsync(batch, source, by, cancellationToken);
        }
    }

    /// <summary>
    /// Records a return, refund or cancellation request of an order, as TikTok's webhook told it, and holds the
    /// order's lines while any of its requests is open (or releases them). With no <paramref name="request"/>, only
    /// brings the lines in line with the requests already recorded. The order may not be read yet: its lines take the
    /// hold when they arrive.
    /// </summary>
    public async Task<RequestOutcome> RequestAsync(string orderId, OrderRequest? request, string by, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RequestOnceAsync(orderId, request, by, cancellationToken);
            }
            catch (DbUpdateException e) when (attempt < 4 && DbConflicts.IsConflict(e))
            {
                logger.LogInformation(e, "An order's request met a concurrent write; retrying ({Attempt})", attempt);
            }
        }
    }

    private async Task<RequestOutcome> RequestOnceAsync(string orderId, OrderRequest? request, string by, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var requests = await db.Set<OrderRequests>().SingleOrDefaultAsync(r => r.OrderId == orderId, cancellationToken);
        if (requests is null)
        {
            if (request is null)
            {
                return new RequestOutcome(null, false, null);
            }

            requests = OrderRequests.For(orderId);
            db.Add(requests);
        }

        var recorded = request is not null && requests.Record(request, now);
        var lines = await db.Set<OrderLine>().OfOrder(orderId).ToListAsync(cancellationToken);
        var market = lines.FirstOrDefault()?.MarketCode;
        if (market is not null)
        {
            var earnings = await postings.OpenAsync(db, market, lines.Select(l => l.Id).ToList(), lines.Where(l => l.CreatorId != null).Select(l => l.CreatorId!.Value).ToList(), cancellationToken);
            foreach (var line in lines.Where(l => l.Request(requests.Hold, now)))
            {
                var summary = requests.Hold ?? "No return, refund or cancellation request is open any more";
                db.Add(OrderLineChange.Record(line, by, summary, now));
                earnings.Post(line.Facts(), line.Version, summary, now);
            }

            await db.SaveChangesAsync(cancellationToken);
            await earnings.WriteAsync(db, [], cancellationToken);
        }
        else
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new RequestOutcome(market, recorded, requests.Hold);
    }

    private async Task<IngestReport> WithRetryAsync(OrderLineSnapshot[] batch, LineSource source, string by, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await BatchAsync(batch, source, by, cancellationToken);
            }
            catch (DbUpdateException e) when (attempt < 4 && DbConflicts.IsConflict(e))
            {
                // Another instance or source wrote some of these lines meanwhile: read them again and redo the batch.
                logger.LogInformation(e, "Order line batch met a concurrent write; retrying ({Attempt})", attempt);
            }
        }
    }

    private async Task<IngestReport> BatchAsync(OrderLineSnapshot[] batch, LineSource source, string by, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var prepared = await PrepareAsync(db, batch, source, by, cancellationToken);
        await prepared.WriteAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        IngestionTelemetry.Committed(prepared.Report, source);
        return prepared.Report;
    }

    /// <summary>
    /// Reads what Tapbridge holds of a batch's lines and works out every row to write: on <paramref name="db"/>'s
    /// transaction when it has one, or before any (the pipeline's case: a line written meanwhile makes the write a conflict, and the batch is redone).
    /// </summary>
    private async Task<PreparedBatch> PrepareAsync(TapbridgeDbContext db, OrderLineSnapshot[] batch, LineSource source, string by, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var market = batch[0].MarketCode;
        RuleViolationException.Require<OrdersRules>(batch.All(s => s.MarketCode == market), "market", "Ingest.OneMarket");
        var orderIds = batch.Select(s => s.OrderId).Distinct().ToList();
        var lines = await db.Set<OrderLine>().AsNoTracking().Where(l => l.MarketCode == market && EF.Parameter(orderIds).Contains(l.OrderId)).ToDictionaryAsync(l => (l.OrderId, l.SkuId), cancellationToken);
        var versionsRead = lines.Values.ToDictionary(l => l, l => l.Version);
        var context = await AttributionContext.LoadAsync(db, market, batch, cancellationToken);
        var holds = await db.Set<OrderRequests>().AsNoTracking().Where(r => r.Hold != null && EF.Parameter(orderIds).Contains(r.OrderId)).ToDictionaryAsync(r => r.OrderId, r => r.Hold, cancellationToken);
        var earnings = await postings.OpenAsync(db, market, lines.Values.Select(l => l.Id).ToList(),
            [.. context.CreatorIds, .. lines.Values.Where(l => l.CreatorId != null).Select(l => l.CreatorId!.Value)], cancellationToken);
        int created = 0, changed = 0, unchanged = 0, stale = 0;
        var refused = new List<RefusedLine>();
        var started = new List<OrderLine>();
        var changes = new List<OrderLineChange>();
        foreach (var snapshot in batch)
        {
            string summary;
            OrderLine? line;
            try
            {
                if (lines.TryGetValue((snapshot.OrderId, snapshot.SkuId), out line))
                {
                    if (line.Apply(snapshot, source, now) is not { } change)
                    {
                        if (line.IsBehind(snapshot))
                        {
                            stale++;
                        }
                        else
                        {
                            unchanged++;
                        }

                        continue;
                    }

                    summary = change;
                    changed++;
                }
                else
                {
                    line = OrderLine.Start(snapshot, source, now, holds.GetValueOrDefault(snapshot.OrderId));
                    lines.Add((snapshot.OrderId, snapshot.SkuId), line);
                    started.Add(line);
                    summary = $"First reported: {snapshot.Status}, {snapshot.Quantity} × {line.Market.FormatMoney(snapshot.Price)}";
                    created++;
                }
            }
            catch (RuleViolationException e)
            {
                refused.Add(new RefusedLine(snapshot.OrderId, snapshot.SkuId, e.English));
                continue;
            }

            line.Attribute(context.CreatorFor(line.CreatorUsername), context.CampaignFor(line.TikTokCampaignId), context.RegistrationFor(line.TikTokCampaignId, line.ProductId));
            changes.Add(OrderLineChange.Record(line, by, summary, now));
            earnings.Post(line.Facts(), line.Version, summary, now);
        }

        var unmatched = lines.Values.Count(l => l.Attribution == Attribution.Unmatched && l.UpdatedAt == now);
        return new PreparedBatch(started, [.. versionsRead.Where(v => v.Key.Version != v.Value).Select(v => (v.Key, (object?)v.Value))], changes, earnings,
            new IngestReport(batch.Length, created, changed, unchanged, stale, unmatched, refused));
    }

    /// <summary>A batch worked out and not written yet: the rows, and what the batch did once they are.</summary>
    private sealed record PreparedBatch(
        List<OrderLine> Started, List<(OrderLine Line, object? Version)> Updated, List<OrderLineChange> Changes, ILinePostingBatch Earnings, IngestReport Report)
    {
        public async Task WriteAsync(TapbridgeDbContext db, CancellationToken cancellationToken)
        {
            // The new lines go with their earnings: each is one row of order_lines (ADR 14).
            await Earnings.WriteAsync(db, Started, cancellationToken);
            await BulkRows.UpdateAsync(db, Updated, cancellationToken);
            await BulkRows.InsertAsync(db, Changes, cancellationToken);
        }
    }
}

/// <summary>What a request did: the order's market (null for an order not read yet), whether the request was news, and what holds the order now.</summary>
public sealed record RequestOutcome(string? Market, bool Recorded, string? Hold);
