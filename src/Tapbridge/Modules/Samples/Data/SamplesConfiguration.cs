using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tapbridge.Modules.Samples.Data;

internal sealed class SampleRequestConfiguration : IEntityTypeConfiguration<SampleRequest>
{
    /// <summary>The stages of a sample still under way (<see cref="SampleRequest.OpenStages"/>): one per creator and product.</summary>
    private static readonly string Open = $"\"Stage\" IN ({string.Join(", ", SampleRequest.OpenStages.Select(s => $"'{s}'"))})";

    public void Configure(EntityTypeBuilder<SampleRequest> builder)
    {
        builder.ToTable("sample_requests");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.MarketCode).HasMaxLength(2);
        builder.Property(s => s.ProductId).HasMaxLength(32);
        builder.Property(s => s.ProductTitle).HasMaxLength(300);
        builder.Property(s => s.SkuId).HasMaxLength(32);
        builder.Property(s => s.SkuName).HasMaxLength(100);
        builder.Property(s => s.Source).HasConversion<string>().HasMaxLength(12);
        builder.Property(s => s.Stage).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.CancelReason).HasConversion<string>().HasMaxLength(24);
        builder.Property(s => s.RejectReason).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.RejectNote).HasMaxLength(500);
        builder.Property(s => s.Format).HasConversion<string>().HasMaxLength(8);
        builder.Property(s => s.Recipient).HasMaxLength(100);
        builder.Property(s => s.Phone).HasMaxLength(20);
        builder.Property(s => s.Address).HasMaxLength(300);
        builder.Property(s => s.DecidedBy).HasMaxLength(120);
        builder.Property(s => s.TikTokStatus).HasMaxLength(40);
        builder.Property(s => s.Carrier).HasMaxLength(60);
        builder.Property(s => s.TrackingNumber).HasMaxLength(40);
        builder.Property(s => s.ContentUrl).HasMaxLength(300);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.Market);
        builder.Ignore(s => s.IsOpen);
        builder.Ignore(s => s.HoldsQuota);
        builder.Ignore(s => s.Cost);
        builder.HasIndex(s => new { s.CreatorId, s.RegistrationId }).IsUnique().HasFilter(Open)
            .HasDatabaseName("IX_sample_requests_OneOpen");
        builder.HasIndex(s => new { s.CreatorId, s.RequestedAt });
        builder.HasIndex(s => new { s.MarketCode, s.Stage, s.ReviewDueAt });
        builder.HasIndex(s => new { s.RegistrationId, s.Stage });
        builder.HasIndex(s => new { s.SellerId, s.RequestedAt });
        builder.HasIndex(s => new { s.Stage, s.ContentDueAt });
        builder.HasIndex(s => new { s.RequestedAt, s.Id });
        builder.HasIndex(s => s.MarketCode).HasFilter("\"AwaitingTikTok\"").HasDatabaseName("IX_sample_requests_AwaitingTikTok");
    }
}

internal sealed class SamplePolicyConfiguration : IEntityTypeConfiguration<SamplePolicy>
{
    public void Configure(EntityTypeBuilder<SamplePolicy> builder)
    {
        builder.ToTable("sample_policies");
        builder.HasKey(p => p.MarketCode);
        builder.Property(p => p.MarketCode).HasMaxLength(2);
        builder.Property(p => p.MinTier).HasConversion<string>().HasMaxLength(12);
        builder.Property(p => p.ChangedBy).HasMaxLength(120);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.ReviewTime);
        builder.Ignore(p => p.ContentTime);
        builder.Ignore(p => p.Terms);
    }
}

internal sealed class SampleProductRulesConfiguration : IEntityTypeConfiguration<SampleProductRules>
{
    public void Configure(EntityTypeBuilder<SampleProductRules> builder)
    {
        builder.ToTable("sample_product_rules");
        builder.HasKey(r => r.RegistrationId);
        builder.Property(r => r.RegistrationId).ValueGeneratedNever();
        builder.Property(r => r.MarketCode).HasMaxLength(2);
        builder.Property(r => r.MinTier).HasConversion<string>().HasMaxLength(12);
        builder.Property(r => r.ChangedBy).HasMaxLength(120);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.Terms);
        builder.HasIndex(r => r.MarketCode);
    }
}

internal sealed class SampleAddressConfiguration : IEntityTypeConfiguration<SampleAddress>
{
    public void Configure(EntityTypeBuilder<SampleAddress> builder)
    {
        builder.ToTable("sample_addresses");
        builder.HasKey(a => a.CreatorId);
        builder.Property(a => a.Recipient).HasMaxLength(100);
        builder.Property(a => a.Phone).HasMaxLength(20);
        builder.Property(a => a.Address).HasMaxLength(300);
    }
}

internal sealed class SampleQuotaUseConfiguration : IEntityTypeConfiguration<SampleQuotaUse>
{
    public void Configure(EntityTypeBuilder<SampleQuotaUse> builder)
    {
        builder.ToTable("sample_quota_uses");
        builder.HasKey(q => q.RegistrationId);
    }
}

internal sealed class SampleSyncCursorConfiguration : IEntityTypeConfiguration<Sync.SampleSyncCursor>
{
    public void Configure(EntityTypeBuilder<Sync.SampleSyncCursor> builder)
    {
        builder.ToTable("sample_sync_cursors");
        builder.HasKey(c => c.Key);
        builder.Property(c => c.Key).HasMaxLength(20);
        builder.Property(c => c.PageToken).HasMaxLength(500);
    }
}

internal sealed class SampleReturnConfiguration : IEntityTypeConfiguration<Returns.SampleReturn>
{
    public void Configure(EntityTypeBuilder<Returns.SampleReturn> builder)
    {
        builder.ToTable("sample_returns");
        builder.HasKey(r => r.SampleId);
        builder.Property(r => r.SampleId).ValueGeneratedNever();
        builder.Property(r => r.MarketCode).HasMaxLength(2);
        builder.HasIndex(r => new { r.MarketCode, r.CreatorId });
        builder.HasIndex(r => new { r.SellerId, r.MarketCode });
        builder.HasIndex(r => r.CreatorId);
    }
}

internal sealed class SampleReturnTotalConfiguration : IEntityTypeConfiguration<Returns.SampleReturnTotal>
{
    public void Configure(EntityTypeBuilder<Returns.SampleReturnTotal> builder)
    {
        builder.ToTable("sample_return_totals");
        builder.HasKey(t => new { t.Grouping, t.SellerId, t.MarketCode, t.Key });
        builder.Property(t => t.Grouping).HasConversion<string>().HasMaxLength(10);
        builder.Property(t => t.MarketCode).HasMaxLength(2);
        builder.Property(t => t.Key).HasMaxLength(36);
        builder.Ignore(t => t.Counts);
    }
}
