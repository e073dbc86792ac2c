using Tapbridge.Modules.Orders;
using Tapbridge.Platform.Data.Totals;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Commissions.Totals;

/// <summary>
/// The SQL that keeps the totals tables equal to the sums of the rows they total (<see cref="CreatorMonthTotal"/>,
/// <see cref="CreatorCampaignTotal"/> and <see cref="MarketMonthTotal"/> of <c>order_lines</c>, <see cref="CreatorBalance"/>
/// of <c>ledger_entries</c>): the month calendar, triggers that take out what a row counted before and add what it
/// counts now (per row on SQLite, per statement on PostgreSQL), the one-time fill from the rows already stored, and the
/// check that they still agree (ADR 23).
/// Triggers, not code, because every way a line is written (bulk insert and update, tracked changes, maturation, raw
/// SQL in migrations and benches) must keep the totals exact, in the same transaction. All of it is written from the
/// same definitions below. The migration that creates them runs this once; a later change to the totals needs a
/// migration of its own.
/// </summary>
internal static class TotalsTriggers
{
    private const int FirstYear = 2000;
    private const int LastYear = 2100;

    public static IEnumerable<string> Create(bool postgres)
    {
        var sql = new SqlDialect(postgres);
        if (postgres)
        {
            // An instance still running the previous version may write lines while this migrates: none may land between
            // the fill and the triggers. The lock lasts until the migration's transaction commits.
            yield return $"LOCK TABLE {string.Join(", ", Sources(sql).Select(s => s.Table))} IN SHARE MODE";
        }

        foreach (var months in Calendar().Chunk(500))
        {
            yield return $"INSERT INTO market_months (\"MarketCode\", \"StartsAt\", \"Month\") VALUES {string.Join(", ", months.Select(m => $"('{m.Market}', {sql.Instant(m.StartsAt)}, {m.Month})"))}";
        }

        foreach (var source in Sources(sql))
        {
            foreach (var total in source.Totals)
            {
                yield return total.Fill(source.Table);
            }

            foreach (var statement in source.Triggers(sql))
            {
                yield return statement;
            }
        }
    }

    /// <summary>
    /// For each table, a query counting the rows where it differs from the sums of the rows stored now (a row whose
    /// rows all left it must hold zeros). <see cref="CreatorCampaignTotal.Latest"/> is not compared: it never goes back.
    /// </summary>
    public static IEnumerable<(string Table, string Sql)> Checks(bool postgres) =>
        Sources(new SqlDialect(postgres)).SelectMany(s => s.Totals.Select(t => (t.Table, t.Mismatches(s.Table))));

    /// <summary>Every total emptied and filled again from the rows it sums, with the summed tables locked against writers on PostgreSQL.</summary>
    public static IEnumerable<string> Rebuild(bool postgres)
    {
        var sources = Sources(new SqlDialect(postgres));
        if (postgres)
        {
            yield return $"LOCK TABLE {string.Join(", ", sources.Select(s => s.Table))} IN SHARE MODE";
        }

        foreach (var source in sources)
        {
            foreach (var total in source.Totals)
            {
                yield return $"DELETE FROM {total.Table}";
                yield return total.Fill(source.Table);
            }
        }
    }

    public static IEnumerable<string> Drop(bool postgres) => Sources(new SqlDialect(postgres)).SelectMany(s => s.Drop(postgres));

    private static TotalsSource[] Sources(SqlDialect sql) =>
    [
        new("order_lines", LineTotals(sql)),
        new("ledger_entries",
        [
            new("creator_balances", "{r}.\"CreatorId\" IS NOT NULL AND ({r}.\"CreatorPayable\" <> 0 OR {r}.\"CreatorInPayout\" <> 0 OR {r}.\"CreatorPaid\" <> 0)",
                [("CreatorId", "{r}.\"CreatorId\""), ("Currency", "{r}.\"Currency\"")],
                [("Payable", "{r}.\"CreatorPayable\"", false), ("InPayout", "{r}.\"CreatorInPayout\"", false), ("Paid", "{r}.\"CreatorPaid\"", false)]),
        ]),
    ];

    /// <summary>
    /// What each total counts of a line, with <c>{r}</c> for the line's row: only lines with an earning (ADR 14), keyed
    /// by the line's creator and month or campaign, and by its market and month.
    /// </summary>
    private static TriggeredTotal[] LineTotals(SqlDialect sql)
    {
        var (completed, cancelled) = ($"{{r}}.\"Status\" = '{nameof(TikTokLineStatus.Completed)}'", $"{{r}}.\"Status\" = '{nameof(TikTokLineStatus.Cancelled)}'");
        const string Earning = "{r}.\"Stage\" IS NOT NULL";
        const string OfCreator = Earning + " AND {r}.\"EarningCreatorId\" IS NOT NULL";
        static string Stage(EarningStage stage) => $"{{r}}.\"Stage\" = '{stage}'";
        static string When(string condition, string then) => $"CASE WHEN {condition} THEN {then} ELSE 0 END";
        return
        [
            new("creator_month_totals", OfCreator,
                [
                    ("CreatorId", "{r}.\"EarningCreatorId\""), ("Month", MonthOf("{r}.\"EarningMarketCode\"", "{r}.\"EarningOrderedAt\"")), ("Stage", "{r}.\"Stage\""),
                    ("Own", $"COALESCE({{r}}.\"ShareCreatorId\" = {{r}}.\"EarningCreatorId\" OR {Stage(EarningStage.Void)}, {sql.False})"),
                ],
                [("Lines", "1", false), ("Share", "{r}.\"Share\"", false), ("Memo", "{r}.\"Memo\"", false)]),
            new("creator_campaign_totals", OfCreator,
                [("CreatorId", "{r}.\"EarningCreatorId\""), ("CampaignId", $"COALESCE({{r}}.\"EarningCampaignId\", {sql.NoCampaign})")],
                [("Lines", "1", false), ("Share", "{r}.\"Share\"", false), ("Memo", "{r}.\"Memo\"", false), ("Latest", "{r}.\"EarningOrderedAt\"", true)]),
            new("market_month_totals", Earning,
                [("MarketCode", "{r}.\"MarketCode\""), ("Month", MonthOf("{r}.\"MarketCode\"", "{r}.\"OrderedAt\""))],
                [
                    ("Lines", "1", false),
                    ("Gmv", $"CASE WHEN {cancelled} THEN 0 WHEN {completed} THEN {{r}}.\"Actual_Base\" ELSE {{r}}.\"Estimated_Base\" END", false),
                    ("ReceivableEstimated", When($"NOT {completed}", "{r}.\"Receivable\""), false), ("ReceivableActual", When(completed, "{r}.\"Receivable\""), false),
                    ("Pending", When(Stage(EarningStage.Pending), "{r}.\"Share\""), false), ("Confirmed", When(Stage(EarningStage.Confirmed), "{r}.\"Share\""), false),
                    ("Payable", When(Stage(EarningStage.Payable), "{r}.\"Share\""), false), ("Memo", "{r}.\"Memo\"", false),
                    ("Discrepancies", When("{r}.\"Discrepancy\" IS NOT NULL", "1"), false),
                    ("Unmatched", When($"{{r}}.\"Attribution\" = '{nameof(Attribution.Unmatched)}'", "1"), false),
                    ("Settled", When($"{completed} AND {{r}}.\"Receivable\" <> 0", "1"), false),
                ]),
        ];
    }

    /// <summary>The start of every month from 2000 to 2100 in every market, as <see cref="Market.StartOf"/> computes it for the rest of the product.</summary>
    private static IEnumerable<(string Market, DateTimeOffset StartsAt, int Month)> Calendar() =>
        from market in Market.All
        from year in Enumerable.Range(FirstYear, LastYear - FirstYear + 1)
        from month in Enumerable.Range(1, 12)
        let first = new DateOnly(year, month, 1)
        select (market.Code, market.StartOf(first), MonthKeys.Of(first));

    /// <summary>The month (yyyyMM, market time) of an instant: the latest month start at or before it; 0 before the calendar.</summary>
    internal static string MonthOf(string market, string instant) =>
        $"COALESCE((SELECT m.\"Month\" FROM market_months m WHERE m.\"MarketCode\" = {market} AND m.\"StartsAt\" <= {instant} ORDER BY m.\"StartsAt\" DESC LIMIT 1), 0)";
}
