using System.Diagnostics;
using Tapbridge.Platform.Demo;
using Tapbridge.Platform.Telemetry;

namespace Tapbridge.Platform.Jobs;

/// <summary>
/// Runs a job every <c>interval</c> on whichever instance holds the job's lease. Failures are logged and retried at the
/// next tick; they never stop the host. The first run waits for the demo world, when one is being prepared, so a job
/// never acts on half of it. Modules add jobs with <see cref="RecurringJobs.AddRecurringJob{TWork}"/>.
/// </summary>
internal sealed class RecurringJob(string name, TimeSpan interval, Func<CancellationToken, Task> run, JobLeases leases, DemoReadiness demo, ILogger logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await demo.WhenSettledAsync(stoppingToken);
        using var timer = new PeriodicTimer(interval);
        do
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                if (await leases.TryAcquireAsync(name, interval * 2, stoppingToken))
                {
                    using var activity = TapbridgeTelemetry.Activities.StartActivity($"job {name}");
                    await run(stoppingToken);
                    JobTelemetry.Ran(name, "succeeded", started);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                JobTelemetry.Ran(name, "failed", started);
                logger.LogError(e, "Job {Job} failed; it runs again in {Interval}", name, interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

public static class RecurringJobs
{
    /// <summary>
    /// Adds a job named <paramref name="name"/> (its lease, log and metrics name) that every interval, on one instance,
    /// resolves <typeparamref name="TWork"/> in a scope of its own and calls <paramref name="run"/> on it. The interval
    /// is read from the validated settings when the host starts.
    /// </summary>
    public static IServiceCollection AddRecurringJob<TWork>(
        this IServiceCollection services, string name, Func<IServiceProvider, TimeSpan> interval, Func<TWork, CancellationToken, Task> run)
        where TWork : notnull =>
        services.AddSingleton<IHostedService>(provider => new RecurringJob(name, interval(provider), async cancellationToken =>
            {
                await using var scope = provider.CreateAsyncScope();
                await run(scope.ServiceProvider.GetRequiredService<TWork>(), cancellationToken);
            },
            provider.GetRequiredService<JobLeases>(), provider.GetRequiredService<DemoReadiness>(),
            provider.GetRequiredService<ILoggerFactory>().CreateLogger($"Tapbridge.Jobs.{name}")));
}
