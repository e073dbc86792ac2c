using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tapbridge.Modules.Showcase.Links;

namespace Tapbridge.Modules.Showcase.Data;

internal sealed class ShowcaseItemConfiguration : IEntityTypeConfiguration<ShowcaseItem>
{
    public void Configure(EntityTypeBuilder<ShowcaseItem> builder)
    {
        builder.ToTable("showcase_items");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.MarketCode).HasMaxLength(2);
        builder.Property(i => i.ProductId).HasMaxLength(32);
        builder.Property(i => i.TikTokLink).HasMaxLength(500);
        builder.Property(i => i.Code).HasMaxLength(ShortCode.Length);
        builder.Ignore(i => i.Market);
        builder.Property(i => i.Verification).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(i => i.Code).IsUnique();
        builder.HasIndex(i => new { i.CreatorId, i.RegistrationId }).IsUnique();
        builder.HasIndex(i => new { i.MarketCode, i.ProductId });
    }
}

internal sealed class CampaignMembershipConfiguration : IEntityTypeConfiguration<CampaignMembership>
{
    public void Configure(EntityTypeBuilder<CampaignMembership> builder)
    {
        builder.ToTable("campaign_memberships");
        builder.HasKey(m => new { m.CreatorId, m.CampaignId });
        builder.Property(m => m.AcceptedTerms).HasMaxLength(4000);
    }
}

internal sealed class LinkClickConfiguration : IEntityTypeConfiguration<LinkClick>
{
    public void Configure(EntityTypeBuilder<LinkClick> builder)
    {
        builder.ToTable("link_clicks");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.ReferrerHost).HasMaxLength(253);
        builder.Property(c => c.Device).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.VisitorHash).HasMaxLength(32);
        builder.Property(c => c.IpHash).HasMaxLength(32);
        builder.HasIndex(c => new { c.ShowcaseItemId, c.VisitorHash, c.At });
        builder.HasIndex(c => new { c.CreatorId, c.Day });
    }
}

internal sealed class VisitorKeyConfiguration : IEntityTypeConfiguration<VisitorKey>
{
    public void Configure(EntityTypeBuilder<VisitorKey> builder)
    {
        builder.ToTable("visitor_keys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.ProtectedKey).HasMaxLength(1000);
    }
}
