using Microsoft.Extensions.Options;
using Tapbridge.Platform.Demo;
using Tapbridge.Platform.Jobs;

namespace Tapbridge.Modules.Campaigns.Sync;

/// <summary>Every few minutes (Campaigns:SyncMinutes, default 10), on one instance, pulls every live TikTok campaign's registrations.</summary>
internal sealed class RegistrationSyncJob(IServiceScopeFactory scopes, JobLeases leases, DemoReadiness demo, IOptions<CampaignSettings> settings, ILogger<RegistrationSyncJob> logger)
    : RecurringJob(leases, demo, logger)
{
    protected override string Name => "registration-sync";

    protected override TimeSpan Interval => TimeSpan.FromMinutes(settings.Value.SyncMinutes);

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RegistrationSync>().SyncAllAsync(cancellationToken);
    }
}
