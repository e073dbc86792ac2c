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
    }
}
