using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tapbridge.Modules.Performance.Activity;
using Tapbridge.Modules.Performance.Content;

namespace Tapbridge.Modules.Performance.Data;

internal sealed class ContentPostConfiguration : IEntityTypeConfiguration<ContentPost>
{
    public void Configure(EntityTypeBuilder<ContentPost> builder)
    {
        // Triggers on this table keep creator_content_days (ActivityTotals); SQLite cannot use RETURNING on such a table.
        builder.ToTable("content_posts", t => t.UseSqlReturningClause(false));
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.TikTokId).HasMaxLength(32);
        builder.Property(p => p.MarketCode).HasMaxLength(2);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(8);
        builder.Property(p => p.Url).HasMaxLength(300);
        builder.Property(p => p.CoverUrl).HasMaxLength(500);
        builder.HasIndex(p => p.TikTokId).IsUnique();
        builder.HasIndex(p => new { p.CreatorId, p.PostedAt });
    }
}

internal sealed class ContentSnapshotConfiguration : IEntityTypeConfiguration<ContentSnapshot>
{
    public void Configure(EntityTypeBuilder<ContentSnapshot> builder)
    {
        builder.ToTable("content_snapshots");
        builder.HasKey(s => new { s.PostId, s.TakenAt });
    }
}

internal sealed class ContentSyncCursorConfiguration : IEntityTypeConfiguration<ContentSyncCursor>
{
    public void Configure(EntityTypeBuilder<ContentSyncCursor> builder)
    {
        builder.ToTable("content_sync_cursors");
        builder.HasKey(c => c.Key);
        builder.Property(c => c.Key).HasMaxLength(20);
        builder.Property(c => c.PageToken).HasMaxLength(500);
    }
}

internal sealed class CreatorSalesDayConfiguration : IEntityTypeConfiguration<CreatorSalesDay>
{
    public void Configure(EntityTypeBuilder<CreatorSalesDay> builder)
    {
        builder.ToTable("creator_sales_days");
        builder.HasKey(d => new { d.CreatorId, d.Day, d.RegistrationId });
    }
}

internal sealed class CreatorClickDayConfiguration : IEntityTypeConfiguration<CreatorClickDay>
{
    public void Configure(EntityTypeBuilder<CreatorClickDay> builder)
    {
        builder.ToTable("creator_click_days");
        builder.HasKey(d => new { d.CreatorId, d.Day, d.RegistrationId });
    }
}

internal sealed class CreatorContentDayConfiguration : IEntityTypeConfiguration<CreatorContentDay>
{
    public void Configure(EntityTypeBuilder<CreatorContentDay> builder)
    {
        builder.ToTable("creator_content_days");
        builder.HasKey(d => new { d.CreatorId, d.Day, d.RegistrationId });
    }
}

internal sealed class MarketOffsetConfiguration : IEntityTypeConfiguration<MarketOffset>
{
    public void Configure(EntityTypeBuilder<MarketOffset> builder)
    {
        builder.ToTable("market_offsets");
        builder.HasKey(o => new { o.MarketCode, o.StartsAt });
        builder.Property(o => o.MarketCode).HasMaxLength(2);
    }
}

internal sealed class MarketPostingAdviceConfiguration : IEntityTypeConfiguration<Dashboard.MarketPostingAdvice>
{
    public void Configure(EntityTypeBuilder<Dashboard.MarketPostingAdvice> builder)
    {
        builder.ToTable("market_posting_advice");
        builder.HasKey(a => a.MarketCode);
        builder.Property(a => a.MarketCode).HasMaxLength(2);
        builder.Property(a => a.Advice).HasMaxLength(20_000);
    }
}
