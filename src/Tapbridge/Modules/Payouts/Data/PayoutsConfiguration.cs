using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tapbridge.Modules.Payouts.Methods;

namespace Tapbridge.Modules.Payouts.Data;

internal sealed class PayoutMethodConfiguration : IEntityTypeConfiguration<PayoutMethod>
{
    public void Configure(EntityTypeBuilder<PayoutMethod> builder)
    {
        builder.ToTable("payout_methods");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.MarketCode).HasMaxLength(2);
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.ProviderCode).HasMaxLength(16);
        builder.Property(m => m.HolderName).HasMaxLength(PayoutMethod.MaxHolderName);
        builder.Property(m => m.ProtectedAccountNumber).HasMaxLength(1000);
        builder.Property(m => m.AccountLast4).HasMaxLength(4);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.ReviewedBy).HasMaxLength(120);
        builder.Property(m => m.ReviewNote).HasMaxLength(PayoutMethod.MaxNote);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.Ignore(m => m.Market);
        builder.Ignore(m => m.Provider);
        builder.Ignore(m => m.MaskedAccountNumber);
        builder.Ignore(m => m.IsCurrent);
        // One current method per creator and market, even when two changes race.
        builder.HasIndex(m => new { m.CreatorId, m.MarketCode }, "IX_payout_methods_Current").IsUnique().HasFilter("\"EndedAt\" IS NULL");
        builder.HasIndex(m => new { m.CreatorId, m.AddedAt });
        builder.HasIndex(m => m.Status).HasFilter("\"Status\" = 'NeedsReview'");
    }
}

internal sealed class PayoutMethodCodeConfiguration : IEntityTypeConfiguration<PayoutMethodCode>
{
    public void Configure(EntityTypeBuilder<PayoutMethodCode> builder)
    {
        builder.ToTable("payout_method_codes");
        builder.HasKey(c => c.UserId);
        builder.Property(c => c.UserId).ValueGeneratedNever();
        builder.Property(c => c.CodeHash).HasMaxLength(64);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.ExpiresAt);
    }
}
