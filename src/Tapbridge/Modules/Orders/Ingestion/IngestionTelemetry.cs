using System.Diagnostics;
using System.Diagnostics.Metrics;
using Tapbridge.Platform.Telemetry;

namespace Tapbridge.Modules.Orders.Ingestion;

/// <summary>Order lines committed by ingestion, by source and by what they did: their rate is the ingestion's lines per second.</summary>
internal static class IngestionTelemetry
{
    private static readonly Counter<long> Lines =
        TapbridgeTelemetry.Meter.CreateCounter<long>("tapbridge.orders.lines_ingested", "{line}", "Order lines committed by ingestion");

    public static void Committed(IngestReport report, LineSource source)
    {
        Add(report.New, "new", source);
        Add(report.Changed, "changed", source);
        Add(report.Unchanged + report.Stale, "unchanged", source);
        Add(report.Refused.Count, "refused", source);
    }

    private static void Add(int count, string outcome, LineSource source)
    {
        if (count > 0)
        {
            Lines.Add(count, new TagList { { "source", source.ToString() }, { "outcome", outcome } });
        }
    }
}
