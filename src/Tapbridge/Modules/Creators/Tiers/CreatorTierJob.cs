using Microsoft.Extensions.Options;
using Tapbridge.Platform.Demo;
using Tapbridge.Platform.Jobs;

namespace Tapbridge.Modules.Creators.Tiers;

/// <summary>Every few hours (Creators:TierHours, default 6), on one instance, ranks the creators of every connected market.</summary>
internal sealed class CreatorTierJob(IServiceScopeFactory scopes, JobLeases leases, DemoReadiness demo, IOptions<CreatorSettings> settings, ILogger<CreatorTierJob> logger)
    : RecurringJob(leases, demo, logger)
{
    protected override string Name => "creator-tiers";

    protected override TimeSpan Interval => TimeSpan.FromHours(settings.Value.TierHours);

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<CreatorTiers>().RecalculateAsync(cancellationToken);
        }
        catch (Platform.RuleViolationException)
        {
            // A manager's "recalculate now" is running: this tick has nothing to add.
        }
    }
}
