namespace Tapbridge.Platform.Jobs;

/// <summary>
/// Runs <see cref="RunAsync"/> every <see cref="Interval"/> on whichever instance holds the job's lease.
/// Failures are logged and retried at the next tick; they never stop the host.
/// </summary>
public abstract class RecurringJob(JobLeases leases, ILogger logger) : BackgroundService
{
    protected abstract string Name { get; }

    protected abstract TimeSpan Interval { get; }

    protected abstract Task RunAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                if (await leases.TryAcquireAsync(Name, Interval * 2, stoppingToken))
                {
                    await RunAsync(stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Job {Job} failed; it runs again in {Interval}", Name, Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
