namespace Tapbridge.Migrations;

/// <summary>
/// The data move of the EarningsInTheLineRow migrations (ADR 14), the same SQL on both providers: each earning's
/// columns into its line's row, and back.
/// </summary>
internal static class EarningsInTheLineRowCopy
{
    /// <summary>(column in order_lines, column in line_earnings).</summary>
    private static readonly (string Line, string Earning)[] Columns =
    [
        ("EarningMarketCode", "MarketCode"), ("EarningCurrency", "Currency"), ("EarningCreatorId", "CreatorId"), ("EarningCampaignId", "CampaignId"),
        ("Stage", "Stage"), ("ShareRate", "ShareRate"), ("ShareRateSource", "ShareRateSource"), ("Receivable", "Receivable"), ("Share", "Share"),
        ("ShareCreatorId", "ShareCreatorId"), ("Memo", "Memo"), ("MemoCreatorId", "MemoCreatorId"), ("EarningOrderedAt", "OrderedAt"),
        ("EarningDeliveredAt", "DeliveredAt"), ("ConfirmDueAt", "ConfirmDueAt"), ("HoldClearedAt", "HoldClearedAt"), ("ConfirmedAt", "ConfirmedAt"),
        ("CycleCloseAt", "CycleCloseAt"), ("PayableAt", "PayableAt"), ("PayDate", "PayDate"), ("VoidReason", "VoidReason"), ("Frozen", "Frozen"),
        ("EarningOpenRequest", "OpenRequest"), ("EarningVersion", "Version"),
    ];

    /// <summary>UPDATE … FROM: PostgreSQL, and SQLite from 3.33.</summary>
    public static string IntoLines =>
        $"UPDATE order_lines AS l SET {string.Join(", ", Columns.Select(c => $"\"{c.Line}\" = e.\"{c.Earning}\""))} FROM line_earnings AS e WHERE e.\"LineId\" = l.\"Id\"";

    public static string BackToEarnings =>
        $"INSERT INTO line_earnings (\"LineId\", {string.Join(", ", Columns.Select(c => $"\"{c.Earning}\""))}) " +
        $"SELECT \"Id\", {string.Join(", ", Columns.Select(c => $"\"{c.Line}\""))} FROM order_lines WHERE \"EarningVersion\" IS NOT NULL";
}
