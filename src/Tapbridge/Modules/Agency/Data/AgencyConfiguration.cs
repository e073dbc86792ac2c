using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tapbridge.Modules.Agency.Staff;

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

internal sealed class StaffInvitationConfiguration : IEntityTypeConfiguration<StaffInvitation>
{
    public void Configure(EntityTypeBuilder<StaffInvitation> builder)
    {
        builder.ToTable("staff_invitations");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Email).HasMaxLength(256);
        builder.Property(i => i.Role).HasMaxLength(32);
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => i.Email);
    }
}
