using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace Tapbridge.Platform.Demo;

/// <summary>Seeds every module's demo data when Demo:Enabled is set, reporting its progress.</summary>
internal sealed class DemoWorld(IOptions<DemoSettings> settings, IEnumerable<IDemoSeeder> seeders, DemoReadiness readiness, ILogger<DemoWorld> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!settings.Value.Enabled)
        {
            return;
        }

        var ordered = seeders.OrderBy(s => s.Order).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            readiness.Progress(i, ordered.Count);
            var started = Stopwatch.GetTimestamp();
            await ordered[i].SeedAsync(cancellationToken);
            logger.LogDebug("Demo world: {Seeder} took {Elapsed}", ordered[i].GetType().Name, Stopwatch.GetElapsedTime(started));
        }

        readiness.Progress(ordered.Count, ordered.Count);
        readiness.Ready();
        logger.LogInformation("Demo world ready; demo accounts use the password {Password}", settings.Value.Password);
    }
}
