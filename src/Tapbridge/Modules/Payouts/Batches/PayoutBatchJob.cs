using Microsoft.Extensions.Options;
using Tapbridge.Platform.Demo;
using Tapbridge.Platform.Jobs;

namespace Tapbridge.Modules.Payouts.Batches;

/// <summary>
/// Every Payouts:SchedulerMinutes (default 60), on one instance, prepares each market's batch Payouts:PrepareDaysBefore
/// days (default 5) before its pay day, for Finance to review and approve. Payouts:PrepareOnSchedule=false leaves it to Finance.
/// </summary>
internal sealed class PayoutBatchJob(IServiceScopeFactory scopes, JobLeases leases, DemoReadiness demo, IOptions<PayoutSettings> settings, ILogger<PayoutBatchJob> logger)
    : RecurringJob(leases, demo, logger)
{
    protected override string Name => "payout-batches";

    protected override TimeSpan Interval => TimeSpan.FromMinutes(settings.Value.SchedulerMinutes);

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!settings.Value.PrepareOnSchedule)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PayoutBatches>().PrepareDueAsync(settings.Value.PrepareDaysBefore, cancellationToken);
    }
}
