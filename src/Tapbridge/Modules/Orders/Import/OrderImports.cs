using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Agency;
using Tapbridge.Modules.Orders.Ingestion;
using Tapbridge.Platform;
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
    public const int MaxBytes = 50 * 1024 * 1024;

    public async Task<OrderImportView> ImportAsync(Actor actor, string market, string fileName, byte[] bytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(bytes);
        RuleViolationException.Require(bytes.Length is > 0 and <= MaxBytes, "file", "Choose the CSV file exported from Partner Center (up to 50 MB).");
        var known = await agency.RequireMarketAsync(market, cancellationToken);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (await db.Set<OrderImport>().AsNoTracking().FirstOrDefaultAsync(i => i.FileHash == hash && i.MarketCode == known.Code, cancellationToken) is { } earlier)
            {
                return OrderImportView.From(earlier, duplicateOf: earlier.Id);
            }
        }

        var parsed = EarningsCsv.Parse(bytes, known);
        var report = await ingestor.IngestAsync(parsed.Lines.Select(l => l.Line).ToList(), LineSource.Csv, $"{actor.DisplayName} (CSV {fileName})", cancellationToken);
        var rows = parsed.Lines.GroupBy(l => (l.Line.OrderId, l.Line.SkuId)).ToDictionary(g => g.Key, g => g.First().Row);
        var errors = parsed.Errors.Concat(report.Refused.Select(r => new CsvRowError(rows.GetValueOrDefault((r.OrderId, r.SkuId)), "row", r.Reason))).OrderBy(e => e.Row).ToList();
        var import = OrderImport.Record(known.Code, fileName, hash, actor.DisplayName, parsed.Rows, report, errors, clock.GetUtcNow());
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            db.Add(import);
            await db.SaveChangesAsync(cancellationToken);
        }

        return OrderImportView.From(import, duplicateOf: null);
    }

    public async Task<IReadOnlyList<OrderImportView>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var imports = await db.Set<OrderImport>().AsNoTracking().OrderByDescending(i => i.UploadedAt).Take(50).ToListAsync(cancellationToken);
        return imports.Select(i => OrderImportView.From(i, null)).ToList();
    }
}

public sealed record OrderImportView(
    Guid Id, string Market, string FileName, string UploadedBy, DateTimeOffset UploadedAt, int Rows, int New, int Changed, int Unchanged, int Stale, int Failed,
    IReadOnlyList<CsvRowError> Errors, Guid? DuplicateOf)
{
    internal static OrderImportView From(OrderImport i, Guid? duplicateOf) =>
        new(i.Id, i.MarketCode, i.FileName, i.UploadedBy, i.UploadedAt, i.Rows, i.New, i.Changed, i.Unchanged, i.Stale, i.Failed, i.Errors, duplicateOf);
}
