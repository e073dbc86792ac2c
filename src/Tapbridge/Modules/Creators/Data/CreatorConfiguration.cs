using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tapbridge.Modules.Creators.Data;

internal sealed class CreatorConfiguration : IEntityTypeConfiguration<Creator>
{
    public void Configure(EntityTypeBuilder<Creator> builder)
    {
        builder.ToTable("creators");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Handle).HasMaxLength(24);
        builder.Property(c => c.MarketCode).HasMaxLength(2);
        builder.Property(c => c.DisplayName).HasMaxLength(120);
        builder.HasIndex(c => new { c.MarketCode, c.Handle }).IsUnique();
        builder.Property(c => c.ContactPhone).HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(12);
        builder.Property(c => c.Tier).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.HandleProof).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.VerificationCode).HasMaxLength(12);
        builder.Property(c => c.StatusReason).HasMaxLength(500);
        builder.Property(c => c.StatusChangedBy).HasMaxLength(120);
        builder.Ignore(c => c.HandleVerified);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.SearchText).HasMaxLength(150);
        builder.HasIndex(c => new { c.Status, c.MarketCode, c.CreatedAt });
    }
}

internal sealed class CreatorEligibilityConfiguration : IEntityTypeConfiguration<CreatorEligibility>
{
    public void Configure(EntityTypeBuilder<CreatorEligibility> builder)
    {
        builder.ToTable("creator_eligibility");
        builder.HasKey(e => e.MarketCode);
        builder.Property(e => e.MarketCode).HasMaxLength(2);
        builder.Property(e => e.UpdatedBy).HasMaxLength(120);
    }
}

internal sealed class CreatorEventConfiguration : IEntityTypeConfiguration<CreatorEvent>
{
    public void Configure(EntityTypeBuilder<CreatorEvent> builder)
    {
        builder.ToTable("creator_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.ActorName).HasMaxLength(120);
        builder.Property(e => e.Action).HasMaxLength(40);
        builder.Property(e => e.Details).HasMaxLength(1000);
        builder.HasIndex(e => new { e.CreatorId, e.At });
        builder.HasOne<Creator>().WithMany().HasForeignKey(e => e.CreatorId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TierThresholdsConfiguration : IEntityTypeConfiguration<TierThresholds>
{
    public void Configure(EntityTypeBuilder<TierThresholds> builder)
    {
        builder.ToTable("creator_tier_thresholds");
        builder.HasKey(t => t.MarketCode);
        builder.Property(t => t.MarketCode).HasMaxLength(2);
        builder.Property(t => t.UpdatedBy).HasMaxLength(120);
    }
}
