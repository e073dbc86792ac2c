using Tapbridge.Platform.Demo;
using Tapbridge.Platform.Jobs;

namespace Tapbridge.Modules.Orders.Webhooks;

/// <summary>Every few seconds, on one instance, processes the webhooks stored since.</summary>
internal sealed class WebhookJob(IServiceScopeFactory scopes, JobLeases leases, DemoReadiness demo, ILogger<WebhookJob> logger) : RecurringJob(leases, demo, logger)
{
    protected override string Name => "webhook-processor";

    protected override TimeSpan Interval => TimeSpan.FromSeconds(5);

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WebhookProcessor>().RunAsync(cancellationToken);
    }
}
