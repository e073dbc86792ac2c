using Microsoft.Extensions.Options;
using Tapbridge.Platform.Jobs;

namespace Tapbridge.Platform.Demo;

/// <summary>
/// Prepares the demo world in the background once the app serves, so a first start answers its sign-in page in
/// seconds instead of after a minute of seeding. One instance seeds at a time (a lease); the others then find the
/// world seeded and add nothing.
/// </summary>
internal sealed class DemoWorldPreparation(
    IServiceScopeFactory scopes, IOptions<DemoSettings> settings, JobLeases leases, DemoReadiness readiness, ILogger<DemoWorldPreparation> logger)
    : BackgroundService
{
    private const string Lease = "demo-world";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Value.Enabled || !readiness.IsPreparing)
        {
            return;
        }

        await Task.Yield();
        try
        {
            while (!await leases.TryAcquireAsync(Lease, TimeSpan.FromMinutes(15), stoppingToken))
            {
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DemoWorld>().SeedAsync(stoppingToken);
            }
            finally
            {
                await leases.ReleaseAsync(Lease, CancellationToken.None);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The demo world could not be prepared");
            readiness.Failed("The demo world could not be prepared: the application's log says why.");
        }
    }
}
