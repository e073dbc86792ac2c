using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Commissions.Totals;
using Tapbridge.Modules.Orders;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Commissions.Reconciliation;

/// <summary>A market's order lines of one month (yyyyMM) that TikTok's imported statement pays, and how.</summary>
internal sealed class StatedMonth
{
    public int Month { get; init; }
    public int OnStatement { get; init; }
    public int PaidDifferently { get; init; }

    /// <summary>Completed lines with a receivable that the statement pays: the rest of the month's settled lines are not paid.</summary>
    public int SettledPaid { get; init; }
}

/// <summary>
/// The statement's lines matched with the order lines they pay, counted by the month the order was placed. Read from
/// the statement's side, so the cost follows the statement, not the order lines; the month comes from the calendar the
/// totals use (ADR 23). SQL of its own: a statement line and an order line's earning meet on the shared row's columns,
/// which neither module's entity maps alone.
/// </summary>
internal static class StatedMonths
{
    /// <summary>{0}: the market; {1}: the month, or 0 for every month.</summary>
    private static readonly string Sql = $$"""
            SELECT l.k AS "Month", COUNT(*) AS "OnStatement", SUM(CASE WHEN l.paid <> l.receivable THEN 1 ELSE 0 END) AS "PaidDifferently",
                SUM(CASE WHEN l.settled = 1 AND l.receivable <> 0 THEN 1 ELSE 0 END) AS "SettledPaid"
            FROM (SELECT {{TotalsTriggers.MonthOf("o.\"MarketCode\"", "o.\"OrderedAt\"")}} AS k,
                    s."PartnerCommission" AS paid, o."Receivable" AS receivable,
                    CASE WHEN o."Status" = '{{nameof(TikTokLineStatus.Completed)}}' THEN 1 ELSE 0 END AS settled
                FROM tiktok_statement_lines s
                JOIN order_lines o ON o."MarketCode" = s."MarketCode" AND o."OrderId" = s."OrderId" AND o."SkuId" = s."SkuId"
                WHERE s."MarketCode" = {0} AND o."Stage" IS NOT NULL) AS l
            WHERE {1} = 0 OR l.k = {1}
            GROUP BY l.k
            """;

    public static async Task<Dictionary<int, StatedMonth>> ReadAsync(
        TapbridgeDbContext db, string market, int? month, CancellationToken cancellationToken) =>
        (await db.Database.SqlQueryRaw<StatedMonth>(Sql, market, month ?? 0).ToListAsync(cancellationToken)).ToDictionary(m => m.Month);
}

/// <summary>An order line of the month that the statement pays another amount than expected, or does not pay although settled.</summary>
internal sealed class StatedDifference
{
    public Guid LineId { get; init; }
    public string OrderId { get; init; } = "";
    public string SkuId { get; init; } = "";
    public string CreatorUsername { get; init; } = "";
    public string ProductName { get; init; } = "";
    public long Receivable { get; init; }
    public long? Paid { get; init; }
    public DateOnly? PaidOn { get; init; }
}

/// <summary>
/// The month's lines that differ from the statement, largest difference first: those it pays differently, read from
/// the statement's side, and the settled ones it does not pay, read from the month's completed lines alone.
/// </summary>
internal static class StatedDifferences
{
    private const string Columns =
        "o.\"Id\" AS \"LineId\", o.\"OrderId\", o.\"SkuId\", o.\"CreatorUsername\", o.\"ProductName\", o.\"Receivable\"";

    /// <summary>{0}: market, {1}: month (yyyy-MM), {2} and {3}: the month's bounds as stored, {4}: how many.</summary>
    private static readonly string PaidDifferently = $"""
        SELECT {Columns}, s."PartnerCommission" AS "Paid", s."PaidOn"
        FROM tiktok_statement_lines s
        JOIN order_lines o ON o."MarketCode" = s."MarketCode" AND o."OrderId" = s."OrderId" AND o."SkuId" = s."SkuId"
        WHERE s."MarketCode" = {"{0}"} AND s."Month" = {"{1}"} AND o."OrderedAt" >= {"{2}"} AND o."OrderedAt" < {"{3}"}
            AND o."Stage" IS NOT NULL AND s."PartnerCommission" <> o."Receivable"
        ORDER BY abs(s."PartnerCommission" - o."Receivable") DESC, o."OrderId", o."SkuId"
        LIMIT {"{4}"}
        """;

    private static readonly string NotPaid = $"""
        SELECT {Columns}, CAST(NULL AS bigint) AS "Paid", CAST(NULL AS date) AS "PaidOn"
        FROM order_lines o
        WHERE o."MarketCode" = {"{0}"} AND o."Status" = '{nameof(TikTokLineStatus.Completed)}'
            AND o."OrderedAt" >= {"{2}"} AND o."OrderedAt" < {"{3}"} AND o."Stage" IS NOT NULL AND o."Receivable" <> 0
            AND NOT EXISTS (SELECT 1 FROM tiktok_statement_lines s
                WHERE s."MarketCode" = o."MarketCode" AND s."OrderId" = o."OrderId" AND s."SkuId" = o."SkuId" AND s."Month" = {"{1}"})
        ORDER BY abs(o."Receivable") DESC, o."OrderId", o."SkuId"
        LIMIT {"{4}"}
        """;

    public static async Task<List<StatedDifference>> ReadAsync(
        TapbridgeDbContext db, string market, string month, DateTimeOffset start, DateTimeOffset end, int limit,
        CancellationToken cancellationToken)
    {
        // SQLite stores an instant as Unix milliseconds (DateTimeOffsetToUnixMillisConverter), PostgreSQL as a timestamptz.
        var postgres = db.Database.IsNpgsql();
        object[] parameters = [market, month, postgres ? start : start.ToUnixTimeMilliseconds(), postgres ? end : end.ToUnixTimeMilliseconds(), limit];
        var differently = await db.Database.SqlQueryRaw<StatedDifference>(PaidDifferently, parameters).ToListAsync(cancellationToken);
        var notPaid = await db.Database.SqlQueryRaw<StatedDifference>(NotPaid, parameters).ToListAsync(cancellationToken);
        return [.. differently.Concat(notPaid).OrderByDescending(d => Math.Abs((d.Paid ?? 0) - d.Receivable)).ThenBy(d => d.OrderId, StringComparer.Ordinal)
            .ThenBy(d => d.SkuId, StringComparer.Ordinal).Take(limit)];
    }
}
