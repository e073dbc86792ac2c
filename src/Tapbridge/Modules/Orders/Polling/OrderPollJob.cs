using Microsoft.Extensions.Options;
using Tapbridge.Platform.Demo;
using Tapbridge.Platform.Jobs;

namespace Tapbridge.Modules.Orders.Polling;

/// <summary>Every Orders:PollMinutes (default 10), on one instance, reads the TAP orders of every connected market.</summary>
internal sealed class OrderPollJob(IServiceScopeFactory scopes, JobLeases leases, DemoReadiness demo, IOptions<OrderSettings> settings, ILogger<OrderPollJob> logger)
    : RecurringJob(leases, demo, logger)
{
    protected override string Name => "order-poll";

    protected override TimeSpan Interval => TimeSpan.FromMinutes(settings.Value.PollMinutes);

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AffiliateOrderPoll>().PollAllAsync(cancellationToken);
    }
}
