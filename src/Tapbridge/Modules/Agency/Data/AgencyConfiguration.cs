using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tapbridge.Modules.Agency.Data;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.ToTable("agencies");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Name).HasMaxLength(100);
        builder.HasMany(a => a.Markets).WithOne().HasForeignKey(m => m.AgencyId);
        builder.Navigation(a => a.Markets).HasField("markets").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class AgencyMarketConfiguration : IEntityTypeConfiguration<AgencyMarket>
{
    public void Configure(EntityTypeBuilder<AgencyMarket> builder)
    {
        builder.ToTable("agency_markets");
        builder.HasKey(m => new { m.AgencyId, m.MarketCode });
        builder.Property(m => m.MarketCode).HasMaxLength(2);
        builder.Ignore(m => m.Market);
    }
}
