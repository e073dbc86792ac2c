using System.Diagnostics.Metrics;
using Tapbridge.Platform.Telemetry;

namespace Tapbridge.Modules.Payouts.Batches;

/// <summary>Payout batches entering each state (prepared, approved, cancelled, completed), as they are saved.</summary>
internal static class PayoutTelemetry
{
    private static readonly Counter<long> Batches =
        TapbridgeTelemetry.Meter.CreateCounter<long>("tapbridge.payouts.batches", "{batch}", "Payout batches entering a state");

    public static void Moved(IEnumerable<PayoutBatchStatus> states)
    {
        foreach (var state in states)
        {
            Batches.Add(1, new KeyValuePair<string, object?>("state", state.ToString()));
        }
    }
}
