using System.Diagnostics;
using System.Diagnostics.Metrics;
using Tapbridge.Platform.Telemetry;

namespace Tapbridge.Platform.Jobs;

/// <summary>Runs of the recurring jobs on the instance holding their lease: how many, how they ended, how long they took.</summary>
internal static class JobTelemetry
{
    private static readonly Counter<long> Runs = TapbridgeTelemetry.Meter.CreateCounter<long>("tapbridge.jobs.runs", "{run}", "Runs of a recurring job");

    private static readonly Histogram<double> Duration =
        TapbridgeTelemetry.Meter.CreateHistogram<double>("tapbridge.jobs.duration", "s", "How long a run of a recurring job took");

    public static void Ran(string job, string outcome, long startedTimestamp)
    {
        var tags = new TagList { { "job", job }, { "outcome", outcome } };
        Runs.Add(1, tags);
        Duration.Record(Stopwatch.GetElapsedTime(startedTimestamp).TotalSeconds, tags);
    }
}
