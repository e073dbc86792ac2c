using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tapbridge.Modules.Connections.Connect;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Connections.Data;

internal sealed class TikTokAppConfiguration : IEntityTypeConfiguration<TikTokApp>
{
    public void Configure(EntityTypeBuilder<TikTokApp> builder)
    {
        builder.ToTable("tiktok_apps");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.AppKey).HasMaxLength(64);
        builder.Property(a => a.SecretHint).HasMaxLength(16);
        builder.Property(a => a.ServiceId).HasMaxLength(64);
        builder.Property(a => a.Environment).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.SandboxUrl).HasMaxLength(200);
    }
}

internal sealed class TikTokConnectionConfiguration : IEntityTypeConfiguration<TikTokConnection>
{
    public void Configure(EntityTypeBuilder<TikTokConnection> builder)
    {
        builder.ToTable("tiktok_connections");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.OpenId).HasMaxLength(128);
        builder.HasIndex(c => c.OpenId).IsUnique();
        builder.Property(c => c.PartnerName).HasMaxLength(200);
        builder.Property(c => c.BaseRegion).HasMaxLength(8);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.LastError).HasMaxLength(500);
        builder.HasMany(c => c.Markets).WithOne().HasForeignKey(m => m.ConnectionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Markets).HasField("markets").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class TikTokMarketAssetConfiguration : IEntityTypeConfiguration<TikTokMarketAsset>
{
    public void Configure(EntityTypeBuilder<TikTokMarketAsset> builder)
    {
        builder.ToTable("tiktok_market_assets");
        builder.HasKey(m => new { m.ConnectionId, m.Market });
        builder.Property(m => m.Market).HasMaxLength(8);
        builder.Property(m => m.Cipher).HasMaxLength(200);
        builder.Property(m => m.CategoryName).HasMaxLength(200);
    }
}

internal sealed class ConnectionAttemptConfiguration : IEntityTypeConfiguration<ConnectionAttempt>
{
    public void Configure(EntityTypeBuilder<ConnectionAttempt> builder)
    {
        builder.ToTable("tiktok_connection_attempts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.StateHash).HasMaxLength(64);
        builder.HasIndex(a => a.StateHash).IsUnique();
    }
}

internal sealed class CreatorAuthorizationConfiguration : IEntityTypeConfiguration<CreatorAuthorization>
{
    public void Configure(EntityTypeBuilder<CreatorAuthorization> builder)
    {
        builder.ToTable("creator_tiktok_authorizations");
        builder.HasKey(a => a.CreatorId);
        builder.Property(a => a.OpenId).HasMaxLength(128);
        builder.HasIndex(a => a.OpenId).IsUnique();
        builder.Property(a => a.Username).HasMaxLength(64);
        builder.Property(a => a.GrantedScopes).HasMaxLength(1000);
    }
}

internal sealed class SellerAuthorizationConfiguration : IEntityTypeConfiguration<SellerAuthorization>
{
    public void Configure(EntityTypeBuilder<SellerAuthorization> builder)
    {
        builder.ToTable("seller_tiktok_authorizations");
        builder.HasKey(a => a.SellerId);
        builder.Property(a => a.OpenId).HasMaxLength(128);
        builder.Property(a => a.SellerName).HasMaxLength(200);
        builder.Property(a => a.GrantedScopes).HasMaxLength(1000);
        builder.Property(a => a.Shops).HasJsonConversion();
    }
}
