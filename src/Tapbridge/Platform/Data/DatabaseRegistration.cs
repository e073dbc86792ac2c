using Microsoft.EntityFrameworkCore;

namespace Tapbridge.Platform.Data;

public static class DatabaseRegistration
{
    private static readonly SqlitePageCache PageCache = new();

    /// <summary>
    /// Registers a factory (for Blazor circuits and jobs, which must not hold one context for long) and a scoped
    /// context (for endpoints, Identity and Data Protection), both typed as <see cref="TapbridgeDbContext"/>.
    /// </summary>
    public static IServiceCollection AddTapbridgeDatabase(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        var migrations = MigrationAssemblies.For(settings.Provider);
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                Register<SqliteTapbridgeDbContext>(services, o => o
                    .UseSqlite(settings.ConnectionString, x => x.MigrationsAssembly(migrations))
                    .AddInterceptors(PageCache));
                break;
            case DatabaseProvider.Postgres:
                Register<PostgresTapbridgeDbContext>(services, o => o
                    .UseNpgsql(settings.ConnectionString, x => x.MigrationsAssembly(migrations)));
                break;
            default:
                throw new InvalidConfigurationException($"Database provider {settings.Provider} is not supported.");
        }

        return services;
    }

    private static void Register<TContext>(IServiceCollection services, Action<DbContextOptionsBuilder> configure)
        where TContext : TapbridgeDbContext
    {
        services.AddDbContextFactory<TContext>(configure);
        services.AddSingleton<IDbContextFactory<TapbridgeDbContext>, UpcastFactory<TContext>>();
        services.AddScoped<TapbridgeDbContext>(sp => sp.GetRequiredService<TContext>());
    }

    private sealed class UpcastFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<TapbridgeDbContext>
        where TContext : TapbridgeDbContext
    {
        public TapbridgeDbContext CreateDbContext() => inner.CreateDbContext();
    }
}
