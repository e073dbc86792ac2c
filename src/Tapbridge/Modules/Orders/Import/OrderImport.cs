using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tapbridge.Modules.Orders.Import;

/// <summary>
/// One upload of Partner Center's earnings export: who, when, which file (by hash) and what came of each row. It is
/// recorded when its rows start to be stored and its counts move with every batch written, so an import cut short
/// by a crash stays on record with the rows it kept.
/// </summary>
internal sealed class OrderImport
{
    /// <summary>An unfinished import that has not written a batch for this long was interrupted (a batch takes seconds).</summary>
    public static readonly TimeSpan SilentWhenInterrupted = TimeSpan.FromMinutes(5);

    /// <summary>How many failed rows an import keeps to show (all are counted).</summary>
    public const int ErrorsKept = 500;

    private OrderImport()
    {
    }

    public Guid Id { get; private set; }
    public string MarketCode { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public string FileHash { get; private set; } = "";
    public string UploadedBy { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>When the last batch of rows was stored (or the import started).</summary>
    public DateTimeOffset ProgressAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    /// <summary>When the import was cut short while the server ran (the uploader left, or the server was stopping).</summary>
    public DateTimeOffset? StoppedAt { get; private set; }
    public int Rows { get; private set; }
    public int New { get; private set; }
    public int Changed { get; private set; }
    public int Unchanged { get; private set; }
    public int Stale { get; private set; }
    public int Failed { get; private set; }
    public string ErrorsJson { get; private set; } = "[]";

    public IReadOnlyList<CsvRowError> Errors => JsonSerializer.Deserialize<List<CsvRowError>>(ErrorsJson) ?? [];

    public static OrderImport Start(string market, string fileName, string hash, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now), MarketCode = market, FileName = fileName.Length > 200 ? fileName[..200] : fileName, FileHash = hash,
        UploadedBy = by, UploadedAt = now, ProgressAt = now,
    };

    public OrderImportStatus StatusAt(DateTimeOffset now) => this switch
    {
        { FinishedAt: not null } => OrderImportStatus.Finished,
        { StoppedAt: not null } => OrderImportStatus.Interrupted,
        _ when now - ProgressAt > SilentWhenInterrupted => OrderImportStatus.Interrupted,
        _ => OrderImportStatus.Importing,
    };

    /// <summary>The counts so far, after a batch of rows was stored.</summary>
    public void Progress(int rows, Ingestion.IngestReport report, IReadOnlyList<CsvRowError> errors, int failed, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(errors);
        (Rows, New, Changed, Unchanged, Stale, Failed) = (rows, report.New, report.Changed, report.Unchanged, report.Stale, failed);
        ErrorsJson = JsonSerializer.Serialize(errors.Take(ErrorsKept).ToList());
        ProgressAt = now;
    }

    public void Stop(DateTimeOffset now) => StoppedAt = now;

    public void Finish(int rows, Ingestion.IngestReport report, IReadOnlyList<CsvRowError> errors, int failed, DateTimeOffset now)
    {
        Progress(rows, report, errors, failed, now);
        FinishedAt = now;
    }
}

[JsonConverter(typeof(JsonStringEnumConverter<OrderImportStatus>))]
public enum OrderImportStatus
{
    Importing,
    Finished,

    /// <summary>The import stopped (cancelled, or the server was restarted or crashed) after storing part of the file.</summary>
    Interrupted,
}
