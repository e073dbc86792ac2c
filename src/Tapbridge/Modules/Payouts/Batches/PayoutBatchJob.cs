using Tapbridge.Platform.Demo;
using Tapbridge.Platform.Jobs;

namespace Tapbridge.Modules.Payouts.Batches;

/// <summary>
/// Every Payouts:SchedulerMinutes (default 60), on one instance, prepares each market's batch Payouts:PrepareDaysBefore
/// days (default 5) before its pay day, for Finance to review and approve. Payouts:PrepareOnSchedule=false leaves it to Finance.
/// </summary>
internal sealed class PayoutBatchJob(IServiceScopeFactory scopes, JobLeases leases, DemoReadiness demo, IConfiguration configuration, ILogger<PayoutBatchJob> logger)
    : RecurringJob(leases, demo, logger)
{
    protected override string Name => "payout-batches";

    protected override TimeSpan Interval => TimeSpan.FromMinutes(Math.Clamp(configuration.GetValue("Payouts:SchedulerMinutes", 60.0), 0.05, 1440));

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Payouts:PrepareOnSchedule", true))
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PayoutBatches>().PrepareDueAsync(Math.Clamp(configuration.GetValue("Payouts:PrepareDaysBefore", 5), 0, 27), cancellationToken);
    }
}
