using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tapbridge.Modules.Commissions.Totals;

namespace Tapbridge.Modules.Commissions.Data;

internal sealed class CreatorMonthTotalConfiguration : IEntityTypeConfiguration<CreatorMonthTotal>
{
    public void Configure(EntityTypeBuilder<CreatorMonthTotal> builder)
    {
        builder.ToTable("creator_month_totals");
        builder.HasKey(t => new { t.CreatorId, t.Month, t.Stage, t.Own });
        builder.Property(t => t.Stage).HasConversion<string>().HasMaxLength(16);
    }
}

internal sealed class CreatorCampaignTotalConfiguration : IEntityTypeConfiguration<CreatorCampaignTotal>
{
    public void Configure(EntityTypeBuilder<CreatorCampaignTotal> builder)
    {
        builder.ToTable("creator_campaign_totals");
        builder.HasKey(t => new { t.CreatorId, t.CampaignId });
    }
}

internal sealed class MarketMonthTotalConfiguration : IEntityTypeConfiguration<MarketMonthTotal>
{
    public void Configure(EntityTypeBuilder<MarketMonthTotal> builder)
    {
        builder.ToTable("market_month_totals");
        builder.HasKey(t => new { t.MarketCode, t.Month });
        builder.Property(t => t.MarketCode).HasMaxLength(2);
    }
}

internal sealed class MarketMonthConfiguration : IEntityTypeConfiguration<MarketMonth>
{
    public void Configure(EntityTypeBuilder<MarketMonth> builder)
    {
        builder.ToTable("market_months");
        builder.HasKey(m => new { m.MarketCode, m.StartsAt });
        builder.Property(m => m.MarketCode).HasMaxLength(2);
    }
}

internal sealed class CreatorBalanceConfiguration : IEntityTypeConfiguration<CreatorBalance>
{
    public void Configure(EntityTypeBuilder<CreatorBalance> builder)
    {
        builder.ToTable("creator_balances");
        builder.HasKey(b => new { b.CreatorId, b.Currency });
        builder.Property(b => b.Currency).HasMaxLength(3);
    }
}
