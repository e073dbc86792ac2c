using System.Text.Json;

namespace Tapbridge.Modules.Orders.Import;

/// <summary>One upload of Partner Center's earnings export: who, when, which file (by hash) and what came of each row.</summary>
internal sealed class OrderImport
{
    private OrderImport()
    {
    }

    public Guid Id { get; private set; }
    public string MarketCode { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public string FileHash { get; private set; } = "";
    public string UploadedBy { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }
    public int Rows { get; private set; }
    public int New { get; private set; }
    public int Changed { get; private set; }
    public int Unchanged { get; private set; }
    public int Stale { get; private set; }
    public int Failed { get; private set; }
    public string ErrorsJson { get; private set; } = "[]";

    public IReadOnlyList<CsvRowError> Errors => JsonSerializer.Deserialize<List<CsvRowError>>(ErrorsJson) ?? [];

    /// <summary>How many failed rows an import keeps to show (all are counted).</summary>
    public const int ErrorsKept = 500;

    public static OrderImport Record(string market, string fileName, string hash, string by, int rows, Ingestion.IngestReport report, IReadOnlyList<CsvRowError> errors, int failed, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(errors);
        return new()
        {
            Id = Guid.CreateVersion7(now), MarketCode = market, FileName = fileName.Length > 200 ? fileName[..200] : fileName, FileHash = hash, UploadedBy = by, UploadedAt = now,
            Rows = rows, New = report.New, Changed = report.Changed, Unchanged = report.Unchanged, Stale = report.Stale, Failed = failed,
            ErrorsJson = JsonSerializer.Serialize(errors.Take(ErrorsKept).ToList()),
        };
    }
}
