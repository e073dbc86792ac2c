using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform.Data;

namespace Tapbridge.Tests.Platform;

/// <summary>A model change without a migration for each provider fails here, before it reaches a database.</summary>
public sealed class MigrationTests
{
    [Fact]
    public void The_sqlite_migrations_capture_the_whole_model()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        db.Database.HasPendingModelChanges().ShouldBeFalse("Run: dotnet ef migrations add <Name> --context SqliteTapbridgeDbContext (see docs/adr/0002).");
    }

    [Fact]
    public void The_postgres_migrations_capture_the_whole_model()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);

        db.Database.HasPendingModelChanges().ShouldBeFalse("Run: dotnet ef migrations add <Name> --context PostgresTapbridgeDbContext (see docs/adr/0002).");
    }

    [Fact]
    public void Both_providers_have_the_same_migrations()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new PostgresDesignTimeFactory().CreateDbContext([]);

        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[15..]);
        Names(sqlite).ShouldBe(Names(postgres));
    }
}
