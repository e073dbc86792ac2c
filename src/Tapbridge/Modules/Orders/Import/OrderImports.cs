using Tapbridge.Platform.Csv;
using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Agency;
using Tapbridge.Modules.Orders.Ingestion;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Orders.Import;

/// <summary>
/// Uploads of Partner Center's earnings export, for agencies without API access (or to fill a gap): the good rows go
/// through the same upsert as the API's lines, bad rows are reported by line number and column, and a file uploaded
/// again (same bytes) is recognised and changes nothing.
/// </summary>
public sealed class OrderImports(IDbContextFactory<TapbridgeDbContext> contexts, AgencyDirectory agency, OrderLineIngestor ingestor, TimeProvider clock)
{
    /// <summary>About three million rows: the upload is read row by row, so the size bounds only the disk it borrows.</summary>
    public const long MaxBytes = 512L * 1024 * 1024;

    public async Task<OrderImportView> ImportAsync(Actor actor, string market, string fileName, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var known = await agency.RequireMarketAsync(market, cancellationToken);
        await using var upload = await CsvUpload.SpoolAsync(content, MaxBytes, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var earlier = await db.Set<OrderImport>().AsNoTracking()
            .FirstOrDefaultAsync(i => i.FileHash == upload.Hash && i.MarketCode == known.Code && i.FinishedAt != null, cancellationToken);
        if (earlier is not null)
        {
            return OrderImportView.From(earlier, duplicateOf: earlier.Id, clock.GetUtcNow());
        }

        var import = OrderImport.Start(known.Code, fileName, upload.Hash, actor.DisplayName, clock.GetUtcNow());
        db.Add(import);
        await db.SaveChangesAsync(cancellationToken);
        var by = $"{actor.DisplayName} (CSV {fileName})";
        var report = IngestReport.Empty;
        var errors = new ImportErrors();
        var rows = 0;
        using var text = upload.OpenText();
        IEnumerable<(IReadOnlyList<OrderLineSnapshot>, CsvRow[])> Batches() => EarningsCsv.Read(text, known)
            .Chunk(OrderLineIngestor.BatchSize)
            .Select(chunk => ((IReadOnlyList<OrderLineSnapshot>)[.. chunk.Select(r => r.Line).OfType<OrderLineSnapshot>()], chunk));

        try
        {
            // The file is parsed while the batch before is written.
            await ingestor.IngestAsync(Batches().ToAsyncEnumerable(), LineSource.Csv, by, async (part, chunk) =>
            {
                var rowOf = chunk.Where(r => r.Line is not null).GroupBy(r => (r.Line!.OrderId, r.Line.SkuId)).ToDictionary(g => g.Key, g => g.First().Row);
                errors.Add(chunk.Select(r => r.Error).OfType<CsvRowError>()
                    .Concat(part.Refused.Select(r => new CsvRowError(rowOf.GetValueOrDefault((r.OrderId, r.SkuId)), "row", r.Reason))));
                report = report.Add(part with { Refused = [] });
                rows += chunk.Length;
                import.Progress(rows, report, errors.Kept, errors.Count, clock.GetUtcNow());
                await db.SaveChangesAsync(cancellationToken);
            }, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The uploader left or the server is stopping: the rows stored so far stay, and the import says so now
            // rather than after minutes of silence.
            import.Stop(clock.GetUtcNow());
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }

        import.Finish(rows, report, errors.Kept, errors.Count, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return OrderImportView.From(import, duplicateOf: null, clock.GetUtcNow());
    }

    /// <summary>Every failed row is counted; the first 500, in row order, are kept to show.</summary>
    private sealed class ImportErrors
    {
        private readonly List<CsvRowError> kept = [];

        public int Count { get; private set; }
        public IReadOnlyList<CsvRowError> Kept => kept;

        public void Add(IEnumerable<CsvRowError> errors)
        {
            foreach (var error in errors.OrderBy(e => e.Row))
            {
                Count++;
                if (kept.Count < OrderImport.ErrorsKept)
                {
                    kept.Add(error);
                }
            }
        }
    }

    public async Task<IReadOnlyList<OrderImportView>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var imports = await db.Set<OrderImport>().AsNoTracking().OrderByDescending(i => i.UploadedAt).Take(50).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return [.. imports.Select(i => OrderImportView.From(i, null, now))];
    }
}

/// <summary>An import; while <see cref="Status"/> is not Finished, the counts are those of the rows stored so far.</summary>
public sealed record OrderImportView(
    Guid Id, string Market, string FileName, string UploadedBy, DateTimeOffset UploadedAt, OrderImportStatus Status, DateTimeOffset? FinishedAt,
    int Rows, int New, int Changed, int Unchanged, int Stale, int Failed, IReadOnlyList<CsvRowError> Errors, Guid? DuplicateOf)
{
    internal static OrderImportView From(OrderImport i, Guid? duplicateOf, DateTimeOffset now) =>
        new(i.Id, i.MarketCode, i.FileName, i.UploadedBy, i.UploadedAt, i.StatusAt(now), i.FinishedAt,
            i.Rows, i.New, i.Changed, i.Unchanged, i.Stale, i.Failed, i.Errors, duplicateOf);
}
