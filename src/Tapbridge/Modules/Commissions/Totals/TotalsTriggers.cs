using System.Globalization;
using System.Text.RegularExpressions;
using Tapbridge.Modules.Orders;
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
internal static partial class TotalsTriggers
{
    private const int FirstYear = 2000;
    private const int LastYear = 2100;

    public static IEnumerable<string> Create(bool postgres)
    {
        var sql = new Dialect(postgres);
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
        Sources(new Dialect(postgres)).SelectMany(s => s.Totals.Select(t => (t.Table, t.Mismatches(s.Table))));

    /// <summary>Every total emptied and filled again from the rows it sums, with the summed tables locked against writers on PostgreSQL.</summary>
    public static IEnumerable<string> Rebuild(bool postgres)
    {
        var sources = Sources(new Dialect(postgres));
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

    public static IEnumerable<string> Drop(bool postgres) => Sources(new Dialect(postgres)).SelectMany(s => s.Drop(postgres));

    private static Source[] Sources(Dialect sql) =>
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
    private static Total[] LineTotals(Dialect sql)
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

    /// <summary>
    /// A table whose rows the totals sum, and the totals. On SQLite one trigger adds a new row to every total and one
    /// takes a deleted row out of every total (a trigger's firing costs more than its statements: one per total made
    /// an insert 14 % slower), while each total has its own update trigger, which skips an update of none of its columns.
    /// </summary>
    private sealed record Source(string Table, Total[] Totals)
    {
        public IEnumerable<string> Triggers(Dialect sql)
        {
            if (!sql.Postgres)
            {
                yield return $"CREATE TRIGGER {Table}_totals_inserted AFTER INSERT ON {Table} BEGIN {Upserts(sql, "NEW", "1")} END";
                yield return $"CREATE TRIGGER {Table}_totals_deleted AFTER DELETE ON {Table} BEGIN {Upserts(sql, "OLD", "-1")} END";
            }

            foreach (var statement in Totals.SelectMany(t => t.Triggers(sql, Table)))
            {
                yield return statement;
            }
        }

        public IEnumerable<string> Drop(bool postgres) =>
            (postgres ? [] : new[] { $"DROP TRIGGER {Table}_totals_inserted", $"DROP TRIGGER {Table}_totals_deleted" })
                .Concat(Totals.SelectMany(t => t.Drop(postgres, Table)));

        private string Upserts(Dialect sql, string row, string sign) => string.Join(" ", Totals.Select(t => t.Upsert(sql, row, sign)));
    }

    /// <summary>
    /// One totals table: its key and value columns with what each takes from a line (<c>{r}</c>), and which lines count.
    /// A value is added to (or, a value marked latest, the greatest of) what the row holds.
    /// </summary>
    private sealed partial record Total(string Table, string Where, (string Column, string Of)[] Keys, (string Column, string Of, bool Latest)[] Values)
    {
        /// <summary>
        /// The columns of a summed row this total reads: each total has its own update trigger, and an update that changes
        /// none of its columns does not touch it (a line's status moves the market's month, not the creator's campaign).
        /// </summary>
        private IEnumerable<string> Counted => RowColumn().Matches(string.Join(" ", Keys.Select(k => k.Of).Concat(Values.Select(v => v.Of)).Append(Where)))
            .Select(m => m.Groups[1].Value).Distinct();

        /// <summary>PostgreSQL's triggers: each one's name, its event and the transition tables it reads.</summary>
        private static readonly (string Name, string Event, string Rows)[] Statements =
        [
            ("inserted", "INSERT", "NEW TABLE AS new_rows"), ("updated", "UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
            ("deleted", "DELETE", "OLD TABLE AS old_rows"),
        ];

        private string Columns => string.Join(", ", Keys.Select(k => k.Column).Concat(Values.Select(v => v.Column)).Select(c => $"\"{c}\""));

        public IEnumerable<string> Triggers(Dialect sql, string source)
        {
            if (sql.Postgres)
            {
                // Per statement, from its transition tables: a batch written by COPY or one UPDATE moves each total row once.
                // Row triggers updated the month's row once per line, and PostgreSQL walks every version a transaction left
                // of a row to update it again: quadratic in the lines of one transaction.
                foreach (var (name, of, rows) in Statements)
                {
                    yield return $"""
                        CREATE FUNCTION {Table}_{name}() RETURNS trigger LANGUAGE plpgsql AS $$
                        BEGIN
                        {Moved(sql, rows.Contains("NEW", StringComparison.Ordinal), rows.Contains("OLD", StringComparison.Ordinal))}
                        RETURN NULL;
                        END $$
                        """;
                    yield return $"CREATE TRIGGER {Table}_{name} AFTER {of} ON {source} REFERENCING {rows} FOR EACH STATEMENT EXECUTE FUNCTION {Table}_{name}()";
                }
            }
            else
            {
                var changed = string.Join(" OR ", Counted.Select(c => $"OLD.\"{c}\" IS NOT NEW.\"{c}\""));
                yield return $"CREATE TRIGGER {Table}_updated AFTER UPDATE ON {source} WHEN {changed} BEGIN {Upsert(sql, "OLD", "-1")} {Upsert(sql, "NEW", "1")} END";
            }
        }

        public IEnumerable<string> Drop(bool postgres, string source) => postgres
            ? Statements.SelectMany(t => new[] { $"DROP TRIGGER {Table}_{t.Name} ON {source}", $"DROP FUNCTION {Table}_{t.Name}()" })
            : [$"DROP TRIGGER {Table}_updated"];

        /// <summary>
        /// What a statement's rows moved, summed by key: the new rows added, the old ones taken out. Keys whose sums did not
        /// move (an update that changed nothing this total reads) are left alone.
        /// </summary>
        private string Moved(Dialect sql, bool added, bool removed)
        {
            var sides = new[] { added ? Rows("new_rows", "1", withLatest: true) : null, removed ? Rows("old_rows", "-1", withLatest: true) : null }
                .OfType<string>();
            var sums = Keys.Select((_, i) => $"k{i}").Concat(Values.Select((v, i) => v.Latest ? $"MAX(v{i})" : $"SUM(v{i})"));
            var moved = string.Join(" OR ", Values.Select((v, i) => (v, i)).Where(x => !x.v.Latest).Select(x => $"SUM(v{x.i}) <> 0"));
            return $"INSERT INTO {Table} ({Columns}) SELECT {string.Join(", ", sums)} FROM ({string.Join(" UNION ALL ", sides)}) AS m " +
                $"GROUP BY {string.Join(", ", Keys.Select((_, i) => $"k{i}"))} HAVING {moved} " +
                $"ON CONFLICT ({string.Join(", ", Keys.Select(k => $"\"{k.Column}\""))}) DO UPDATE SET {Folds(sql)};";
        }

        private string Folds(Dialect sql) => string.Join(", ", Values.Select(v => v.Latest
            ? $"\"{v.Column}\" = {sql.Greatest}({Table}.\"{v.Column}\", excluded.\"{v.Column}\")"
            : $"\"{v.Column}\" = {Table}.\"{v.Column}\" + excluded.\"{v.Column}\""));

        public string Upsert(Dialect sql, string row, string sign)
        {
            string Of(string expression) => expression.Replace("{r}", row, StringComparison.Ordinal);
            var values = Values.Select(v => v.Latest ? Of(v.Of) : $"{sign} * {Of(v.Of)}");
            return $"INSERT INTO {Table} ({Columns}) SELECT {string.Join(", ", Keys.Select(k => Of(k.Of)).Concat(values))} WHERE {Of(Where)} " +
                $"ON CONFLICT ({string.Join(", ", Keys.Select(k => $"\"{k.Column}\""))}) DO UPDATE SET {Folds(sql)};";
        }

        /// <summary>The table filled from every row of <paramref name="source"/> stored so far: the same sums, grouped instead of added one row at a time.</summary>
        public string Fill(string source) => $"INSERT INTO {Table} ({Columns}) {Sums(source, withLatest: true)}";

        public string Mismatches(string source)
        {
            var compared = Keys.Select(k => k.Column).Concat(Values.Where(v => !v.Latest).Select(v => v.Column)).Select(c => $"\"{c}\"").ToList();
            string NotZero(IEnumerable<string> columns) => string.Join(" OR ", columns.Select(c => $"{c} <> 0"));
            var stored = $"SELECT {string.Join(", ", compared)} FROM {Table} WHERE {NotZero(Values.Where(v => !v.Latest).Select(v => $"\"{v.Column}\""))}";
            var summed = $"SELECT * FROM ({Sums(source, withLatest: false)}) AS s WHERE {NotZero(Values.Where(v => !v.Latest).Select((_, i) => $"v{i}"))}";
            return $"SELECT (SELECT COUNT(*) FROM ({summed} EXCEPT {stored}) AS a) + (SELECT COUNT(*) FROM ({stored} EXCEPT {summed}) AS b) AS \"Value\"";
        }

        /// <summary>The table's rows as the rows of <paramref name="source"/> stored now sum to, keys then values.</summary>
        private string Sums(string source, bool withLatest)
        {
            var values = Values.Where(v => withLatest || !v.Latest).Select((v, i) => v.Latest ? $"MAX(v{i}) AS v{i}" : $"SUM(v{i}) AS v{i}");
            var keys = Keys.Select((_, i) => $"k{i}").ToList();
            return $"SELECT {string.Join(", ", keys.Concat(values))} FROM ({Rows(source, null, withLatest)}) AS l GROUP BY {string.Join(", ", keys)}";
        }

        /// <summary>
        /// What each counted row of <paramref name="source"/> gives this total: its keys as k0…, its values (times
        /// <paramref name="sign"/>, the latest never signed) as v0….
        /// </summary>
        private string Rows(string source, string? sign, bool withLatest)
        {
            static string Of(string expression) => expression.Replace("{r}", "r", StringComparison.Ordinal);
            var keys = Keys.Select((k, i) => $"{Of(k.Of)} AS k{i}");
            var values = Values.Where(v => withLatest || !v.Latest).Select((v, i) => $"{(v.Latest || sign is null ? "" : $"{sign} * ")}{Of(v.Of)} AS v{i}");
            return $"SELECT {string.Join(", ", keys.Concat(values))} FROM {source} r WHERE {Of(Where)}";
        }

        [GeneratedRegex("\\{r\\}\\.\"(\\w+)\"")]
        private static partial Regex RowColumn();
    }

    /// <summary>What differs between the two databases in this SQL: how an instant is stored, and a few spellings.</summary>
    private sealed record Dialect(bool Postgres)
    {
        public string False => Postgres ? "false" : "0";

        public string Greatest => Postgres ? "GREATEST" : "max";

        public string NoCampaign => Postgres ? $"'{Guid.Empty}'::uuid" : $"'{Guid.Empty}'";

        /// <summary>SQLite stores an instant as Unix milliseconds (<c>DateTimeOffsetToUnixMillisConverter</c>), PostgreSQL as a timestamptz.</summary>
        public string Instant(DateTimeOffset at) => Postgres
            ? string.Create(CultureInfo.InvariantCulture, $"'{at.UtcDateTime:yyyy-MM-dd HH:mm:ss}+00'::timestamptz")
            : at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
    }
}
