using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tapbridge.Modules.Sellers.Data;

internal sealed class SellerConfiguration : IEntityTypeConfiguration<SellerOrganization>
{
    public void Configure(EntityTypeBuilder<SellerOrganization> builder)
    {
        builder.ToTable("sellers");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.HasMany(s => s.Shops).WithOne().HasForeignKey(s => s.SellerId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Shops).HasField("shops").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ShopConfiguration : IEntityTypeConfiguration<Shop>
{
    public void Configure(EntityTypeBuilder<Shop> builder)
    {
        builder.ToTable("shops");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.ShopCode).HasMaxLength(20);
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.MarketCode).HasMaxLength(2);
        builder.Property(s => s.CrossBorder);
        // A shop belongs to one seller: the same code in the same market cannot be claimed twice.
        builder.HasIndex(s => new { s.MarketCode, s.ShopCode }).IsUnique();
    }
}
