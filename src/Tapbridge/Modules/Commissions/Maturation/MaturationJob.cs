using Microsoft.Extensions.Options;
using Tapbridge.Platform.Demo;
using Tapbridge.Platform.Jobs;

namespace Tapbridge.Modules.Commissions.Maturation;

/// <summary>Every Commissions:MaturationMinutes (default 15), on one instance, confirms what the hold released and closes due cycles.</summary>
internal sealed class MaturationJob(IServiceScopeFactory scopes, JobLeases leases, DemoReadiness demo, IOptions<CommissionSettings> settings, ILogger<MaturationJob> logger)
    : RecurringJob(leases, demo, logger)
{
    protected override string Name => "earnings-maturation";

    protected override TimeSpan Interval => TimeSpan.FromMinutes(settings.Value.MaturationMinutes);

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<EarningsMaturation>().RunAsync(cancellationToken);
    }
}
