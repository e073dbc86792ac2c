using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tapbridge.Modules.Orders.Data;

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> builder)
    {
        builder.ToTable("order_lines");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.MarketCode).HasMaxLength(2);
        builder.Property(l => l.Currency).HasMaxLength(3);
        builder.Property(l => l.OrderId).HasMaxLength(32);
        builder.Property(l => l.SkuId).HasMaxLength(32);
        builder.Property(l => l.ProductId).HasMaxLength(32);
        builder.Property(l => l.ProductName).HasMaxLength(300);
        builder.Property(l => l.TikTokCampaignId).HasMaxLength(32);
        builder.Property(l => l.CreatorUsername).HasMaxLength(64);
        builder.Property(l => l.Attribution).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.ContentType).HasMaxLength(16);
        builder.Property(l => l.ContentId).HasMaxLength(32);
        builder.Property(l => l.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.LastSource).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.Discrepancy).HasMaxLength(1000);
        builder.Property(l => l.OpenRequest).HasMaxLength(200);
        builder.Property(l => l.Fingerprint).HasMaxLength(32);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.ComplexProperty(l => l.Estimated);
        builder.ComplexProperty(l => l.Actual);
        builder.Ignore(l => l.Market);
        builder.Ignore(l => l.Current);
        builder.Ignore(l => l.KeptQuantity);
        builder.HasIndex(l => new { l.MarketCode, l.OrderId, l.SkuId }).IsUnique();
        builder.HasIndex(l => new { l.CreatorId, l.OrderedAt });
        builder.HasIndex(l => new { l.MarketCode, l.Attribution, l.OrderedAt });
        builder.HasIndex(l => new { l.MarketCode, l.Status, l.OrderedAt });
    }
}

internal sealed class OrderLineChangeConfiguration : IEntityTypeConfiguration<OrderLineChange>
{
    public void Configure(EntityTypeBuilder<OrderLineChange> builder)
    {
        builder.ToTable("order_line_changes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Source).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.By).HasMaxLength(120);
        builder.Property(c => c.Summary).HasMaxLength(1000);
        builder.HasIndex(c => new { c.LineId, c.Version });
        builder.HasOne<OrderLine>().WithMany().HasForeignKey(c => c.LineId).OnDelete(DeleteBehavior.Cascade);
    }
}
