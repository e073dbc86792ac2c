using System.Diagnostics.Metrics;
using Tapbridge.Platform.Telemetry;

namespace Tapbridge.Modules.Showcase.Links;

/// <summary>
/// The click path's health: clicks waiting in memory for the next segment, clicks stored and counted, and clicks set
/// aside in a refused segment (the number that must stay 0; nothing is dropped, see ADR 0020).
/// </summary>
internal static class ClickTelemetry
{
    private static readonly Counter<long> Stored = TapbridgeTelemetry.Meter.CreateCounter<long>("tapbridge.clicks.stored", "{click}", "Clicks stored");

    private static readonly Counter<long> Counted =
        TapbridgeTelemetry.Meter.CreateCounter<long>("tapbridge.clicks.counted", "{click}", "Clicks counted (a visitor once per link per hour)");

    private static readonly Counter<long> Refused = TapbridgeTelemetry.Meter.CreateCounter<long>(
        "tapbridge.clicks.refused", "{click}", "Clicks the database refused for good, kept in the refused folder for a person to look at");

    public static void Observe(ClickBuffer buffer) =>
        TapbridgeTelemetry.Meter.CreateObservableGauge("tapbridge.clicks.queued", () => buffer.Reader.Count, "{click}", "Clicks waiting for the next segment file");

    public static void StoredSegment(int clicks, int counted)
    {
        Stored.Add(clicks);
        Counted.Add(counted);
    }

    public static void RefusedSegment(int clicks) => Refused.Add(clicks);
}
