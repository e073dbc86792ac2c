using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tapbridge.Modules.Payouts.Batches;
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

internal sealed class PayoutAuthenticatorConfiguration : IEntityTypeConfiguration<PayoutAuthenticator>
{
    public void Configure(EntityTypeBuilder<PayoutAuthenticator> builder)
    {
        builder.ToTable("payout_authenticators");
        builder.HasKey(a => a.UserId);
        builder.Property(a => a.UserId).ValueGeneratedNever();
        builder.Property(a => a.ProtectedSecret).HasMaxLength(1000);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.Enabled);
    }
}

internal sealed class PayoutBatchConfiguration : IEntityTypeConfiguration<PayoutBatch>
{
    public void Configure(EntityTypeBuilder<PayoutBatch> builder)
    {
        builder.ToTable("payout_batches");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.MarketCode).HasMaxLength(2);
        builder.Property(b => b.Currency).HasMaxLength(3);
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.PreparedBy).HasMaxLength(120);
        builder.Property(b => b.ReviewedBy).HasMaxLength(120);
        builder.Property(b => b.ApprovedBy).HasMaxLength(120);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.Ignore(b => b.Market);
        builder.Ignore(b => b.Reference);
        builder.Ignore(b => b.Scheduled);
        // One open batch per market, even when two Finance users prepare at once: no creator is in two payouts.
        builder.HasIndex(b => b.MarketCode, "IX_payout_batches_Open").IsUnique().HasFilter("\"Status\" IN ('Prepared', 'Approved')");
        builder.HasIndex(b => new { b.MarketCode, b.PreparedAt });
        // One live batch per pay date: the scheduler and a Finance user preparing at once make one, and the bank sees each reference once.
        builder.HasIndex(b => new { b.MarketCode, b.PayDate }, "IX_payout_batches_PayDate").IsUnique().HasFilter("\"Status\" <> 'Cancelled'");
    }
}

internal sealed class PayoutLineConfiguration : IEntityTypeConfiguration<PayoutLine>
{
    public void Configure(EntityTypeBuilder<PayoutLine> builder)
    {
        builder.ToTable("payout_lines");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.HoldReason).HasMaxLength(500);
        builder.Property(l => l.Provider).HasMaxLength(100);
        builder.Property(l => l.HolderName).HasMaxLength(PayoutMethod.MaxHolderName);
        builder.Property(l => l.AccountLast4).HasMaxLength(4);
        builder.Property(l => l.FailureReason).HasMaxLength(PayoutLine.MaxReason);
        builder.Property(l => l.ResolvedBy).HasMaxLength(120);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.Ignore(l => l.MaskedAccountNumber);
        builder.HasIndex(l => new { l.BatchId, l.Number }).IsUnique();
        builder.HasIndex(l => l.CreatorId);
        builder.HasOne<PayoutBatch>().WithMany().HasForeignKey(l => l.BatchId);
    }
}
