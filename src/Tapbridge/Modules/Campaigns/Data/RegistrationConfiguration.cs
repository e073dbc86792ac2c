using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tapbridge.Modules.Campaigns.Sync;

namespace Tapbridge.Modules.Campaigns.Data;

internal sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    private const string Forwardable = "\"Forwardable\"";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<Registration> builder)
    {
        builder.ToTable("campaign_registrations");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.MarketCode).HasMaxLength(2);
        builder.Property(r => r.ShopName).HasMaxLength(100);
        builder.Property(r => r.ProductId).HasMaxLength(20);
        builder.Property(r => r.Title).HasMaxLength(255);
        builder.Property(r => r.Description).HasMaxLength(5000);
        builder.Property(r => r.CategoryId).HasMaxLength(20);
        builder.Property(r => r.CategoryName).HasMaxLength(100);
        builder.Property(r => r.TopCategoryId).HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.TikTokStatus).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Source).HasConversion<string>().HasMaxLength(8);
        builder.Property(r => r.ReviewComment).HasMaxLength(500);
        builder.Property(r => r.ReviewedBy).HasMaxLength(120);
        builder.Property(r => r.CloseReason).HasMaxLength(500);
        builder.Property(r => r.TikTokCampaignId).HasMaxLength(32);
        builder.Property(r => r.TikTokError).HasMaxLength(500);
        builder.Property(r => r.PromotionLink).HasMaxLength(500);
        builder.Property(r => r.SearchText).HasMaxLength(500);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.Skus).HasConversion(
            skus => JsonSerializer.Serialize(skus, Json),
            text => JsonSerializer.Deserialize<List<RegisteredSku>>(text, Json) ?? new List<RegisteredSku>(),
            new ValueComparer<List<RegisteredSku>>((a, b) => a!.SequenceEqual(b!), skus => skus.Aggregate(0, (h, s) => HashCode.Combine(h, s)), skus => skus.ToList()));
        builder.Ignore(r => r.Market);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Cascade);

        // One registration per product and campaign: a re-registration reuses the row, so two racing submits cannot both land.
        builder.HasIndex(r => new { r.CampaignId, r.ProductId }).IsUnique();
        builder.HasIndex(r => new { r.Status, r.MarketCode, r.RegisteredAt });
        builder.HasIndex(r => new { r.SellerId, r.Status });
        // The forwardable catalogue walks these in order, newest first or by rate (bench/catalogue.sh); the first also
        // covers the count and the campaign checks. Partial indexes: a bare boolean is no equality to SQLite's planner.
        builder.HasIndex(r => new { r.MarketCode, r.StatusChangedAt, r.CampaignId, r.TikTokCampaignId }).HasFilter(Forwardable)
            .HasDatabaseName("IX_campaign_registrations_catalogue_newest");
        builder.HasIndex(r => new { r.MarketCode, r.TotalRate, r.CampaignId, r.TikTokCampaignId }).HasFilter(Forwardable)
            .HasDatabaseName("IX_campaign_registrations_catalogue_rate");
        builder.HasIndex(r => new { r.MarketCode, r.TopCategoryId, r.TotalRate, r.CampaignId, r.TikTokCampaignId }).HasFilter(Forwardable)
            .HasDatabaseName("IX_campaign_registrations_catalogue_category");
        builder.HasIndex(r => new { r.MarketCode, r.CategoryId, r.TotalRate, r.CampaignId, r.TikTokCampaignId }).HasFilter(Forwardable)
            .HasDatabaseName("IX_campaign_registrations_catalogue_subcategory");
    }
}

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.ToTable("categories");
        builder.HasKey(c => new { c.MarketCode, c.Id });
        builder.Property(c => c.MarketCode).HasMaxLength(2);
        builder.Property(c => c.Id).HasMaxLength(20);
        builder.Property(c => c.ParentId).HasMaxLength(20);
        builder.Property(c => c.Name).HasMaxLength(100);
    }
}

internal sealed class RegistrationSyncCursorConfiguration : IEntityTypeConfiguration<RegistrationSyncCursor>
{
    public void Configure(EntityTypeBuilder<RegistrationSyncCursor> builder)
    {
        builder.ToTable("registration_sync_cursors");
        builder.HasKey(c => c.CampaignId);
        builder.Property(c => c.TikTokCampaignId).HasMaxLength(32);
        builder.Property(c => c.PageToken).HasMaxLength(1000);
        builder.Property(c => c.LastError).HasMaxLength(500);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(c => c.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SalesDayConfiguration : IEntityTypeConfiguration<Trends.SalesDay>
{
    public void Configure(EntityTypeBuilder<Trends.SalesDay> builder)
    {
        builder.ToTable("sales_days");
        builder.HasKey(d => new { d.RegistrationId, d.Day });
    }
}
