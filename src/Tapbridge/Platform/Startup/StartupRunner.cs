using Tapbridge.Platform.Data;
using Tapbridge.Platform.Demo;

namespace Tapbridge.Platform.Startup;

public static class StartupRunner
{
    /// <summary>
    /// Migrates (unless <paramref name="migrate"/> is false) and runs the start-up tasks in order. The demo world, when
    /// enabled, is then prepared in the background once the app serves (<see cref="DemoWorldPreparation"/>).
    /// </summary>
    public static async Task PrepareToServeAsync(this WebApplication app, bool migrate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        if (migrate)
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        }

        foreach (var task in scope.ServiceProvider.GetServices<IStartupTask>().OrderBy(t => t.Order))
        {
            await task.RunAsync(cancellationToken);
        }
    }

    /// <summary>As <see cref="PrepareToServeAsync"/>, and seeds the demo world (when enabled) before returning: for `migrate` and tools.</summary>
    public static async Task PrepareAsync(this WebApplication app, bool migrate, CancellationToken cancellationToken = default)
    {
        await app.PrepareToServeAsync(migrate, cancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoWorld>().SeedAsync(cancellationToken);
    }
}
