using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Orders.Data;

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> builder)
    {
        // Commissions' triggers on this table keep its month totals (ADR 23); SQLite cannot use RETURNING on a table with triggers.
        builder.ToTable("order_lines", t => t.UseSqlReturningClause(false));
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
        builder.HasIndex(l => new { l.CreatorId, l.OrderedAt }).HasFilter("\"CreatorId\" IS NOT NULL");
        // Only the staff queue reads lines by attribution, and only the unmatched ones: most lines write no entry here.
        builder.HasIndex(l => new { l.MarketCode, l.OrderedAt }, "IX_order_lines_Unmatched").HasFilter("\"Attribution\" = 'Unmatched'");
        builder.HasIndex(l => new { l.MarketCode, l.Status, l.OrderedAt });
        // The staff list shows lines newest first under each of its filters: each filter that narrows to a column gets the
        // list's order after it, so a page (and a deep one) reads its rows in order instead of sorting every match. Five
        // entries more per new line, paid by ingestion (bench/ReadPaths, docs/benchmarks.md).
        builder.HasIndex(l => new { l.OrderedAt, l.Id }, "IX_order_lines_Newest").IsDescending(true, false);
        builder.HasIndex(l => new { l.MarketCode, l.OrderedAt, l.Id }, "IX_order_lines_MarketNewest").IsDescending(false, true, false);
        builder.HasIndex(l => new { l.CampaignId, l.OrderedAt, l.Id }, "IX_order_lines_CampaignNewest").IsDescending(false, true, false)
            .HasFilter("\"CampaignId\" IS NOT NULL");
        builder.HasIndex(l => new { l.ProductId, l.OrderedAt, l.Id }, "IX_order_lines_ProductNewest").IsDescending(false, true, false);
        builder.HasIndex(l => new { l.Status, l.OrderedAt, l.Id }, "IX_order_lines_StatusNewest").IsDescending(false, true, false);
        builder.HasIndex(l => new { l.CreatorUsername, l.OrderedAt, l.Id }, "IX_order_lines_UsernameNewest").IsDescending(false, true, false);
        // Lines whose figures differ from TikTok's, newest first in a market (Finance) or, sorted, across markets (the list).
        builder.HasIndex(l => new { l.MarketCode, l.OrderedAt, l.Id }, "IX_order_lines_Differs").IsDescending(false, true, false)
            .HasFilter("\"Discrepancy\" IS NOT NULL");
    }
}

internal sealed class OrderLineChangeConfiguration : IEntityTypeConfiguration<OrderLineChange>
{
    public void Configure(EntityTypeBuilder<OrderLineChange> builder)
    {
        builder.ToTable("order_line_changes");
        builder.HasKey(c => new { c.LineId, c.Version });
        builder.Property(c => c.Source).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.By).HasMaxLength(120);
        builder.Property(c => c.Summary).HasMaxLength(1000);
        // No foreign key to the line: a step is only ever written with its line, in the ingestor's transaction, and
        // lines are never deleted; the key's check cost PostgreSQL 6 µs a row on the hottest write (ADR 13).
    }
}

internal sealed class OrderRequestsConfiguration : IEntityTypeConfiguration<OrderRequests>
{
    public void Configure(EntityTypeBuilder<OrderRequests> builder)
    {
        builder.ToTable("order_requests");
        builder.HasKey(r => r.OrderId);
        builder.Property(r => r.OrderId).HasMaxLength(32);
        builder.Property(r => r.Hold).HasMaxLength(OrderRequests.MaxHoldLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.Requests).HasJsonConversion();
        builder.HasIndex(r => r.UpdatedAt);
    }
}

internal sealed class OrderPollCursorConfiguration : IEntityTypeConfiguration<Polling.OrderPollCursor>
{
    public void Configure(EntityTypeBuilder<Polling.OrderPollCursor> builder)
    {
        builder.ToTable("order_poll_cursors");
        builder.HasKey(c => c.MarketCode);
        builder.Property(c => c.MarketCode).HasMaxLength(2);
        builder.Property(c => c.PageToken).HasMaxLength(2000);
        builder.Property(c => c.LastError).HasMaxLength(500);
        builder.Ignore(c => c.InWindow);
    }
}

internal sealed class WebhookNotificationConfiguration : IEntityTypeConfiguration<Webhooks.WebhookNotification>
{
    public void Configure(EntityTypeBuilder<Webhooks.WebhookNotification> builder)
    {
        builder.ToTable("webhook_notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).HasMaxLength(64);
        builder.Property(n => n.ShopId).HasMaxLength(Webhooks.WebhookNotification.MaxId);
        builder.Property(n => n.OrderId).HasMaxLength(Webhooks.WebhookNotification.MaxId);
        builder.Property(n => n.BodyHash).HasMaxLength(64);
        builder.Property(n => n.Outcome).HasMaxLength(500);
        builder.HasIndex(n => new { n.ProcessedAt, n.NextAttemptAt });
        builder.HasIndex(n => n.OrderId);
    }
}

internal sealed class OrderImportConfiguration : IEntityTypeConfiguration<Import.OrderImport>
{
    public void Configure(EntityTypeBuilder<Import.OrderImport> builder)
    {
        builder.ToTable("order_imports");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.MarketCode).HasMaxLength(2);
        builder.Property(i => i.FileName).HasMaxLength(200);
        builder.Property(i => i.FileHash).HasMaxLength(64);
        builder.Property(i => i.UploadedBy).HasMaxLength(120);
        builder.Ignore(i => i.Errors);
        builder.HasIndex(i => new { i.MarketCode, i.FileHash });
    }
}

internal sealed class MissingOrderReportConfiguration : IEntityTypeConfiguration<Matching.MissingOrderReport>
{
    public void Configure(EntityTypeBuilder<Matching.MissingOrderReport> builder)
    {
        builder.ToTable("missing_order_reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.MarketCode).HasMaxLength(2);
        builder.Property(r => r.OrderId).HasMaxLength(32);
        builder.Property(r => r.Details).HasMaxLength(1000);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Answer).HasMaxLength(1000);
        builder.Property(r => r.AnsweredBy).HasMaxLength(120);
        builder.HasIndex(r => new { r.Status, r.ReportedAt });
        builder.HasIndex(r => new { r.CreatorId, r.ReportedAt });
    }
}
