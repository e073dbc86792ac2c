using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Samples.Returns;

/// <summary>
/// Job <c>sample-returns</c>: sums, in the database, each delivered sample's sales (ADR 29) and stores what changed,
/// then the totals per creator, product, seller, campaign and market that staff pages read.
/// Samples delivered within <see cref="Settling"/> are summed again on every pass, because TikTok settles, returns
/// and refunds lines weeks after they are ordered; older ones keep their last figures, which no longer move.
/// </summary>
internal sealed class SampleReturnPass(TapbridgeDbContext db, TimeProvider clock, ILogger<SampleReturnPass> logger)
{
    /// <summary>The return window and the weeks TikTok takes to settle its last orders.</summary>
    public static readonly TimeSpan Settling = SampleReturn.Window + TimeSpan.FromDays(60);

    private const int Chunk = 1_000;

    /// <summary>Returns how many samples' figures changed.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (sql, since) = Sums(db.Database.IsNpgsql(), now);
        var sales = await db.Database.SqlQueryRaw<SampleSales>(sql, since).ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var chunk in sales.Chunk(Chunk))
        {
            var ids = chunk.Select(s => s.SampleId).ToList();
            var known = await db.Set<SampleReturn>().Where(r => ids.Contains(r.SampleId))
                .ToDictionaryAsync(r => r.SampleId, cancellationToken);
            foreach (var sample in chunk)
            {
                if (known.TryGetValue(sample.SampleId, out var figure))
                {
                    changed += figure.Take(sample, now) ? 1 : 0;
                    continue;
                }

                db.Add(SampleReturn.For(sample, now));
                changed++;
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        if (changed > 0 || !await db.Set<SampleReturnTotal>().AnyAsync(cancellationToken))
        {
            await StoreTotalsAsync(cancellationToken);
        }

        logger.LogInformation("Sample returns: {Samples} summed, {Changed} changed", sales.Count, changed);
        return changed;
    }

    /// <summary>
    /// Every group's totals again, for the agency (seller <see cref="Guid.Empty"/>) and for each seller's own samples,
    /// written by the database from <c>sample_returns</c> (a seller's creators alone are 150,000 rows at the bench's
    /// scale) and replaced in one transaction, so that a reader sees the old ones or the new.
    /// </summary>
    private async Task StoreTotalsAsync(CancellationToken cancellationToken)
    {
        await db.InTransactionAsync(async () =>
        {
            await db.Set<SampleReturnTotal>().ExecuteDeleteAsync(cancellationToken);
            foreach (var grouping in Enum.GetValues<SampleReturnGrouping>())
            {
                await db.Database.ExecuteSqlRawAsync(Totals(grouping, bySeller: false), cancellationToken);
                await db.Database.ExecuteSqlRawAsync(Totals(grouping, bySeller: true), cancellationToken);
            }

            return true;
        }, cancellationToken);
    }

    private static string Totals(SampleReturnGrouping grouping, bool bySeller)
    {
        var key = grouping switch
        {
            SampleReturnGrouping.Creator => "LOWER(CAST(r.\"CreatorId\" AS TEXT))",
            SampleReturnGrouping.Product => "LOWER(CAST(r.\"RegistrationId\" AS TEXT))",
            SampleReturnGrouping.Seller => $"COALESCE(LOWER(CAST(r.\"SellerId\" AS TEXT)), '{Guid.Empty}')",
            SampleReturnGrouping.Campaign => "LOWER(CAST(r.\"CampaignId\" AS TEXT))",
            _ => "r.\"MarketCode\"",
        };
        var seller = bySeller ? "r.\"SellerId\"" : $"'{Guid.Empty}'";
        return $$"""
            INSERT INTO sample_return_totals ("Grouping", "SellerId", "MarketCode", "Key", "Samples", "Cost", "Orders", "Gmv",
                "PartnerCommission", "AgencyShare", "CreatorCommission", "DaysToFirstSale", "FirstSales", "NoSale", "BelowCost", "UpTo3x",
                "UpTo10x", "From10x")
            SELECT '{{grouping}}', {{seller}}, r."MarketCode", {{key}}, COUNT(*), SUM(r."Cost"), SUM(r."Orders"), SUM(r."Gmv"),
                SUM(r."PartnerCommission"), SUM(r."AgencyShare"), SUM(r."CreatorCommission"),
                COALESCE(SUM(CAST(r."DaysToFirstSale" AS BIGINT)), 0), COUNT(r."DaysToFirstSale"),
                SUM(CASE WHEN r."Gmv" <= 0 THEN 1 ELSE 0 END),
                SUM(CASE WHEN r."Gmv" > 0 AND r."Gmv" < r."Cost" THEN 1 ELSE 0 END),
                SUM(CASE WHEN r."Gmv" > 0 AND r."Gmv" >= r."Cost" AND r."Gmv" < 3 * r."Cost" THEN 1 ELSE 0 END),
                SUM(CASE WHEN r."Gmv" > 0 AND r."Gmv" >= 3 * r."Cost" AND r."Gmv" < 10 * r."Cost" THEN 1 ELSE 0 END),
                SUM(CASE WHEN r."Gmv" > 0 AND r."Gmv" >= 10 * r."Cost" THEN 1 ELSE 0 END)
            FROM sample_returns r
            {{(bySeller ? "WHERE r.\"SellerId\" IS NOT NULL" : "")}}
            GROUP BY {{(bySeller ? seller + ", " : "")}}r."MarketCode", {{key}}
            """;
    }

    /// <summary>
    /// Each sample's sales: the creator's lines of the product in its market from delivery until <c>Until</c>, not
    /// cancelled; her next sample of the product is found by one sort of the delivered samples (<c>LEAD</c>), not a
    /// lookup per sample. Read from <c>order_lines</c> as its owners write it (Orders the line, Commissions the posted amounts);
    /// GMV is counted as <c>market_month_totals</c> counts it. Instants are Unix milliseconds on SQLite and
    /// <c>timestamptz</c> on PostgreSQL; the query returns milliseconds on both.
    /// </summary>
    private static (string Sql, object Since) Sums(bool postgres, DateTimeOffset now)
    {
        var days = (int)SampleReturn.Window.TotalDays;
        var plusWindow = postgres ? $"+ INTERVAL '{days} days'" : $"+ {(long)SampleReturn.Window.TotalMilliseconds}";
        string Millis(string instant) => postgres ? $"CAST(FLOOR(EXTRACT(EPOCH FROM {instant}) * 1000) AS BIGINT)" : instant;
        var since = now - Settling;
        var sql = $$"""
            WITH d AS (
                SELECT x."Id", x."MarketCode", x."CreatorId", x."SellerId", x."CampaignId", x."RegistrationId", x."ProductId",
                    x."UnitPrice" * x."Quantity" + COALESCE(x."ShippingCost", 0) AS "Cost", x."DeliveredAt",
                    LEAD(x."DeliveredAt")
                        OVER (PARTITION BY x."CreatorId", x."MarketCode", x."ProductId" ORDER BY x."DeliveredAt") AS "Next"
                FROM sample_requests x
                WHERE x."DeliveredAt" IS NOT NULL),
            s AS (
                SELECT d.*,
                    CASE WHEN d."Next" < d."DeliveredAt" {{plusWindow}} THEN d."Next" ELSE d."DeliveredAt" {{plusWindow}} END AS "Until"
                FROM d
                WHERE d."DeliveredAt" >= {0} OR NOT EXISTS (SELECT 1 FROM sample_returns r WHERE r."SampleId" = d."Id"))
            SELECT s."Id" AS "SampleId", s."MarketCode", s."CreatorId", s."SellerId", s."CampaignId", s."RegistrationId",
                CAST(s."Cost" AS BIGINT) AS "Cost", {{Millis("s.\"DeliveredAt\"")}} AS "DeliveredAt", {{Millis("s.\"Until\"")}} AS "Until",
                CAST(COUNT(DISTINCT l."OrderId") AS BIGINT) AS "Orders",
                CAST(COALESCE(SUM(CASE WHEN l."Status" = 'Completed' THEN l."Actual_Base" ELSE l."Estimated_Base" END), 0) AS BIGINT)
                    AS "Gmv",
                CAST(COALESCE(SUM(l."Receivable"), 0) AS BIGINT) AS "PartnerCommission",
                CAST(COALESCE(SUM(l."Share"), 0) AS BIGINT) AS "AgencyShare",
                CAST(COALESCE(SUM(l."Memo"), 0) AS BIGINT) AS "CreatorCommission",
                {{Millis("MIN(l.\"OrderedAt\")")}} AS "FirstSaleAt"
            FROM s
            LEFT JOIN order_lines l ON l."CreatorId" = s."CreatorId" AND l."MarketCode" = s."MarketCode" AND l."ProductId" = s."ProductId"
                AND l."OrderedAt" >= s."DeliveredAt" AND l."OrderedAt" < s."Until" AND l."Status" <> 'Cancelled'
            GROUP BY s."Id", s."MarketCode", s."CreatorId", s."SellerId", s."CampaignId", s."RegistrationId", s."Cost",
                s."DeliveredAt", s."Until"
            """;
        return (sql, postgres ? since : since.ToUnixTimeMilliseconds());
    }
}
