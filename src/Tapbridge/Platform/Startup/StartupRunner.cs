using Tapbridge.Platform.Data;

namespace Tapbridge.Platform.Startup;

public static class StartupRunner
{
    /// <summary>Migrates (unless Database:MigrateOnStartup is false) and runs the start-up tasks in order.</summary>
    public static async Task PrepareAsync(this WebApplication app, bool migrate, CancellationToken cancellationToken = default)
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
}
