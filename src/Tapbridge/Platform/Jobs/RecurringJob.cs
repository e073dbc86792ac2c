using System.Diagnostics;
using Tapbridge.Platform.Demo;
using Tapbridge.Platform.Telemetry;

namespace Tapbridge.Platform.Jobs;

/// <summary>
/// Runs <see cref="RunAsync"/> every <see cref="Interval"/> on whichever instance holds the job's lease.
/// Failures are logged and retried at the next tick; they never stop the host. The first run waits for the demo
/// world, when one is being prepared, so a job never acts on half of it.
/// </summary>
public abstract class RecurringJob(JobLeases leases, DemoReadiness demo, ILogger logger) : BackgroundService
{
    protected abstract string Name { get; }

    protected abstract TimeSpan Interval { get; }

    protected abstract Task RunAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await demo.WhenSettledAsync(stoppingToken);
        using var timer = new PeriodicTimer(Interval);
        do
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                if (await leases.TryAcquireAsync(Name, Interval * 2, stoppingToken))
                {
                    using var activity = TapbridgeTelemetry.Activities.StartActivity($"job {Name}");
                    await RunAsync(stoppingToken);
                    JobTelemetry.Ran(Name, "succeeded", started);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                JobTelemetry.Ran(Name, "failed", started);
                logger.LogError(e, "Job {Job} failed; it runs again in {Interval}", Name, Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
