using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tapbridge.Modules.Commissions.Shares;
using Tapbridge.Modules.Orders;

namespace Tapbridge.Modules.Commissions.Data;

internal sealed class LedgerEntryConfiguration : IEntityTypeConfiguration<LedgerEntry>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> builder)
    {
        // The table's triggers keep the creators' balances (ADR 23); SQLite cannot use RETURNING on a table with triggers.
        builder.ToTable("ledger_entries", t => t.UseSqlReturningClause(false));
        builder.HasKey(e => e.SourceKey);
        builder.Property(e => e.SourceKey).HasMaxLength(120);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Currency).HasMaxLength(3);
        builder.Property(e => e.Description).HasMaxLength(500);
        builder.Ignore(e => e.Legs);
        builder.HasIndex(e => new { e.LineId, e.PostedAt });
        // Payable, in-payout and paid balances (payouts, the creator's next payout): partial, so the many line entries that
        // touch none of them write nothing here. A payout statement pages its entries in this order and filters them by
        // the other two columns, from the index alone.
        builder.HasIndex(e => new { e.CreatorId, e.Currency, e.EffectiveAt, e.SourceKey, e.PostedAt, e.CreatorPayable }, "IX_ledger_entries_Payable")
            .HasFilter("\"CreatorPayable\" <> 0 OR \"CreatorInPayout\" <> 0 OR \"CreatorPaid\" <> 0");
    }
}

internal sealed class LineEarningConfiguration : IEntityTypeConfiguration<LineEarning>
{
    public void Configure(EntityTypeBuilder<LineEarning> builder)
    {
        // The earning lives in its line's row (ADR 14): one row written per new line instead of two, and no second key
        // index. Its own copies of the line's facts, and its version, which counts postings, get columns of their own.
        // The table's triggers keep the month totals (ADR 23); SQLite cannot use RETURNING on a table with triggers.
        builder.ToTable("order_lines", t => t.UseSqlReturningClause(false));
        builder.HasKey(e => e.LineId);
        builder.HasOne<OrderLine>().WithOne().HasForeignKey<LineEarning>(e => e.LineId);
        builder.Property(e => e.LineId).HasColumnName("Id").ValueGeneratedNever();
        builder.Property(e => e.MarketCode).HasColumnName("EarningMarketCode").HasMaxLength(2);
        builder.Property(e => e.Currency).HasColumnName("EarningCurrency").HasMaxLength(3);
        builder.Property(e => e.CreatorId).HasColumnName("EarningCreatorId");
        builder.Property(e => e.CampaignId).HasColumnName("EarningCampaignId");
        builder.Property(e => e.OrderedAt).HasColumnName("EarningOrderedAt");
        builder.Property(e => e.DeliveredAt).HasColumnName("EarningDeliveredAt");
        builder.Property(e => e.OpenRequest).HasColumnName("EarningOpenRequest").HasMaxLength(200);
        builder.Property(e => e.Version).HasColumnName("EarningVersion").IsConcurrencyToken();
        builder.Property(e => e.Stage).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.ShareRateSource).HasMaxLength(200);
        builder.Property(e => e.VoidReason).HasMaxLength(100);
        builder.Ignore(e => e.Market);
        // Partial, so that most new lines write no entry in them: an unattributed earning is never read by creator, and
        // the maturation job reads only pending earnings with a confirmation date and confirmed ones (ADR 13).
        // A creator's earnings of one stage, by when they confirm: the summary's next 14 days read only the lines due in them.
        builder.HasIndex(e => new { e.CreatorId, e.Stage, e.ConfirmDueAt }, "IX_order_lines_EarningCreator")
            .HasFilter("\"EarningCreatorId\" IS NOT NULL");
        // A creator's lines newest first (pages, month, export) and the summary's sums, read from the index alone: a line's
        // row is 1.7 kB, so reading 100,000 of them was the cost. EF tells an earning (an optional part of its line's row,
        // ADR 14) exists by testing each of its required columns for null in every query, so the index holds those too.
        builder.HasIndex(e => new
        {
            e.CreatorId, e.OrderedAt, e.LineId, e.Stage, e.CampaignId, e.ShareCreatorId, e.Share, e.Memo, e.Currency, e.Frozen, e.MarketCode, e.Receivable, e.ShareRate,
            e.ShareRateSource, e.Version,
        }, "IX_order_lines_EarningCreatorNewest").IsDescending(false, true, false, false, false, false, false, false, false, false, false, false, false, false, false)
            .HasFilter("\"EarningCreatorId\" IS NOT NULL");
        builder.HasIndex(e => e.ConfirmDueAt, "IX_order_lines_ConfirmDue").HasFilter("\"Stage\" = 'Pending' AND \"ConfirmDueAt\" IS NOT NULL");
        builder.HasIndex(e => e.CycleCloseAt, "IX_order_lines_CycleClose").HasFilter("\"Stage\" = 'Confirmed'");
    }
}

internal sealed class CreatorShareRuleConfiguration : IEntityTypeConfiguration<CreatorShareRule>
{
    public void Configure(EntityTypeBuilder<CreatorShareRule> builder)
    {
        builder.ToTable("creator_share_rules");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Scope).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.MarketCode).HasMaxLength(2);
        builder.Property(r => r.Tier).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.SetBy).HasMaxLength(120);
        builder.Property(r => r.Key).HasMaxLength(50);
        builder.HasIndex(r => new { r.MarketCode, r.Key }).IsUnique();
    }
}

internal sealed class PayoutScheduleConfiguration : IEntityTypeConfiguration<PayoutSchedule>
{
    public void Configure(EntityTypeBuilder<PayoutSchedule> builder)
    {
        builder.ToTable("payout_schedules");
        builder.HasKey(s => s.MarketCode);
        builder.Property(s => s.MarketCode).HasMaxLength(2);
        builder.Property(s => s.SetBy).HasMaxLength(120);
        builder.Property(s => s.Cycle).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.CutOffWeekday).HasConversion<string>().HasMaxLength(9);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.Market);
        builder.Ignore(s => s.Calendar);
    }
}

internal sealed class TikTokPaymentConfiguration : IEntityTypeConfiguration<Reconciliation.TikTokPayment>
{
    public void Configure(EntityTypeBuilder<Reconciliation.TikTokPayment> builder)
    {
        builder.ToTable("tiktok_payments");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.MarketCode).HasMaxLength(2);
        builder.Property(p => p.Currency).HasMaxLength(3);
        builder.Property(p => p.Month).HasMaxLength(7);
        builder.Property(p => p.Reference).HasMaxLength(Reconciliation.TikTokPayment.MaxReference);
        builder.Property(p => p.RecordedBy).HasMaxLength(120);
        builder.Property(p => p.WithdrawnBy).HasMaxLength(120);
        builder.Property(p => p.WithdrawalReason).HasMaxLength(Reconciliation.TikTokPayment.MaxWithdrawalReason);
        // TikTok's reference is recorded once per market, even when two people enter it at once; a withdrawn payment
        // frees its reference for the corrected one.
        builder.HasIndex(p => new { p.MarketCode, p.Reference }).IsUnique().HasFilter("\"WithdrawnAt\" IS NULL");
        builder.HasIndex(p => new { p.MarketCode, p.Month });
    }
}

internal sealed class TikTokStatementLineConfiguration : IEntityTypeConfiguration<Reconciliation.TikTokStatementLine>
{
    public void Configure(EntityTypeBuilder<Reconciliation.TikTokStatementLine> builder)
    {
        builder.ToTable("tiktok_statement_lines");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.MarketCode).HasMaxLength(2);
        builder.Property(s => s.Currency).HasMaxLength(3);
        builder.Property(s => s.OrderId).HasMaxLength(32);
        builder.Property(s => s.SkuId).HasMaxLength(32);
        builder.Property(s => s.Month).HasMaxLength(7);
        builder.Property(s => s.FileName).HasMaxLength(200);
        builder.Property(s => s.ImportedBy).HasMaxLength(120);
        builder.Property(s => s.Version).IsConcurrencyToken();
        // One statement line per order SKU: importing a statement again, or two at once, never counts a payment twice.
        builder.HasIndex(s => new { s.MarketCode, s.OrderId, s.SkuId }).IsUnique();
        builder.HasIndex(s => new { s.MarketCode, s.Month });
    }
}
