using Microsoft.Extensions.Options;
using Tapbridge.Platform.Startup;

namespace Tapbridge.Platform.Demo;

/// <summary>Seeds every module's demo data at start-up when Demo:Enabled is set.</summary>
internal sealed class DemoWorld(IOptions<DemoSettings> settings, IEnumerable<IDemoSeeder> seeders, ILogger<DemoWorld> logger) : IStartupTask
{
    public int Order => 1000;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!settings.Value.Enabled)
        {
            return;
        }

        foreach (var seeder in seeders.OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(cancellationToken);
        }

        logger.LogInformation("Demo world ready; demo accounts use the password {Password}", settings.Value.Password);
    }
}
