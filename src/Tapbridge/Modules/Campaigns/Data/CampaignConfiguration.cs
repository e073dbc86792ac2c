using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tapbridge.Modules.Campaigns.Data;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.ToTable("campaigns");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.MarketCode).HasMaxLength(2);
        builder.Property(c => c.Name).HasMaxLength(50);
        builder.Property(c => c.Description).HasMaxLength(1000);
        builder.Property(c => c.ContactEmail).HasMaxLength(256);
        builder.Property(c => c.ContactMessenger).HasMaxLength(64);
        builder.Property(c => c.ContactPhone).HasMaxLength(64);
        builder.Property(c => c.TikTokCampaignId).HasMaxLength(32);
        builder.Ignore(c => c.Market);
        builder.HasIndex(c => new { c.MarketCode, c.CampaignEnd });
        builder.HasIndex(c => c.TikTokCampaignId);
    }
}

internal sealed class CampaignEventConfiguration : IEntityTypeConfiguration<CampaignEvent>
{
    public void Configure(EntityTypeBuilder<CampaignEvent> builder)
    {
        builder.ToTable("campaign_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.ActorName).HasMaxLength(120);
        builder.Property(e => e.Action).HasMaxLength(40);
        builder.Property(e => e.Details).HasMaxLength(2000);
        builder.HasIndex(e => new { e.CampaignId, e.At });
        builder.HasIndex(e => new { e.RegistrationId, e.At });
        builder.HasOne<Campaign>().WithMany().HasForeignKey(e => e.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}
