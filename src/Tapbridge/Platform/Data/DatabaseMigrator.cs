using Microsoft.EntityFrameworkCore;

namespace Tapbridge.Platform.Data;

/// <summary>Applies the provider's migrations. EF Core takes a database lock while migrating, so instances starting together are safe.</summary>
public sealed class DatabaseMigrator(IDbContextFactory<TapbridgeDbContext> contexts, DatabaseSettings settings, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets the dashboards read while ingestion writes; the mode is stored in the file, so once is enough.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        if (pending.Count == 0)
        {
            logger.LogInformation("Database schema is up to date ({Provider})", settings.Provider);
            return;
        }

        logger.LogInformation("Applying {Count} migrations ({Provider}): {Migrations}", pending.Count, settings.Provider, pending);
        await db.Database.MigrateAsync(cancellationToken);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // SQLite's planner takes an index without statistics for a very selective one: a new index on order_lines would
            // win over the right one and read a busy creator's 100,000 rows. Sampled statistics take seconds at a million lines.
            await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit=1000; ANALYZE;", cancellationToken);
        }
    }
}
