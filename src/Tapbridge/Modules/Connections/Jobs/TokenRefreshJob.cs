using Tapbridge.Platform.Demo;
using Tapbridge.Platform.Jobs;

namespace Tapbridge.Modules.Connections.Jobs;

/// <summary>Keeps the partner token fresh even when nothing calls TikTok for days (tokens live 7 days).</summary>
internal sealed class TokenRefreshJob(IServiceScopeFactory scopes, JobLeases leases, DemoReadiness demo, ILogger<TokenRefreshJob> logger) : RecurringJob(leases, demo, logger)
{
    protected override string Name => "tiktok-token-refresh";

    protected override TimeSpan Interval => TimeSpan.FromMinutes(15);

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PartnerConnection>().RefreshIfDueAsync(cancellationToken);
    }
}
