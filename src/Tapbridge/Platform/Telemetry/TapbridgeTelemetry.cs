using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Tapbridge.Platform.Telemetry;

/// <summary>
/// The product's own meter and activity source, both named "Tapbridge". Each module declares its instruments on this
/// meter next to the work they measure (jobs here, ingestion in Orders, clicks in Showcase, batches in Payouts).
/// </summary>
public static class TapbridgeTelemetry
{
    public const string Name = "Tapbridge";

    public static readonly Meter Meter = new(Name);

    public static readonly ActivitySource Activities = new(Name);
}
