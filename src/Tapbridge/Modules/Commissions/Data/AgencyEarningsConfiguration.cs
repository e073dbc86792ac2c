using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tapbridge.Modules.Commissions.Data;

internal sealed class CreatorAdjustmentConfiguration : IEntityTypeConfiguration<CreatorAdjustment>
{
    public void Configure(EntityTypeBuilder<CreatorAdjustment> builder)
    {
        builder.ToTable("creator_adjustments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.MarketCode).HasMaxLength(2);
        builder.Property(a => a.Currency).HasMaxLength(3);
        builder.Property(a => a.Reason).HasMaxLength(CreatorAdjustment.MaxReason);
        builder.Property(a => a.Reference).HasMaxLength(CreatorAdjustment.MaxReference);
        builder.Property(a => a.IdempotencyKey).HasMaxLength(CreatorAdjustment.MaxKey);
        builder.Property(a => a.Stage).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.PostedBy).HasMaxLength(120);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.Market);
        builder.Ignore(a => a.IsCampaignBonus);
        builder.HasIndex(a => a.IdempotencyKey).IsUnique();

        // One reversal per adjustment, even when two are posted at once.
        builder.HasIndex(a => a.ReversesId).IsUnique();
        builder.HasIndex(a => new { a.CreatorId, a.PostedAt });
        builder.HasIndex(a => new { a.Stage, a.CycleCloseAt });
        builder.HasIndex(a => a.CampaignId);
    }
}

internal sealed class CampaignBonusRuleConfiguration : IEntityTypeConfiguration<CampaignBonusRule>
{
    public void Configure(EntityTypeBuilder<CampaignBonusRule> builder)
    {
        builder.ToTable("campaign_bonus_rules");
        builder.HasKey(r => r.CampaignId);
        builder.Property(r => r.CampaignId).ValueGeneratedNever();
        builder.Property(r => r.MarketCode).HasMaxLength(2);
        builder.Property(r => r.SetBy).HasMaxLength(120);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.Market);
        builder.HasIndex(r => r.SettledAt);
    }
}
