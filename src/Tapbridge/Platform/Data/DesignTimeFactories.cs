using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Tapbridge.Platform.Data;

/// <summary>Lets `dotnet ef migrations add --context …` build each provider's model without starting the app.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteTapbridgeDbContext>
{
    public SqliteTapbridgeDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteTapbridgeDbContext>()
            .UseSqlite("Data Source=design-time.db", o => o.MigrationsAssembly(MigrationAssemblies.For(DatabaseProvider.Sqlite)))
            .Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresTapbridgeDbContext>
{
    public PostgresTapbridgeDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresTapbridgeDbContext>()
            .UseNpgsql("Host=localhost;Database=tapbridge_design",
                o => o.MigrationsAssembly(MigrationAssemblies.For(DatabaseProvider.Postgres)))
            .Options);
}
