using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform.Auth;

namespace Tapbridge.Platform.Data;

/// <summary>
/// The product's one DbContext. Modules own their tables through <see cref="IEntityTypeConfiguration{TEntity}"/>
/// classes in their Data folders; the provider-specific subclasses exist only so each provider keeps its own migrations.
/// </summary>
public abstract class TapbridgeDbContext(DbContextOptions options)
    : IdentityDbContext<TapbridgeUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<TapbridgeUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(120);
            user.Property(u => u.OrganizationKind).HasConversion<string>().HasMaxLength(16);
            user.HasIndex(u => new { u.OrganizationKind, u.OrganizationId });
        });
        builder.ApplyConfigurationsFromAssembly(typeof(TapbridgeDbContext).Assembly);
    }
}

public sealed class SqliteTapbridgeDbContext(DbContextOptions<SqliteTapbridgeDbContext> options) : TapbridgeDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // SQLite cannot compare or order DateTimeOffset text; a long keeps ordering and range queries in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUnixMillisConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToUnixMillisConverter>();
    }
}

public sealed class PostgresTapbridgeDbContext(DbContextOptions<PostgresTapbridgeDbContext> options) : TapbridgeDbContext(options);
