using System.Globalization;
using System.Text.RegularExpressions;

namespace Tapbridge.Platform.Data.Totals;

/// <summary>
/// A table whose rows the totals sum, and the totals. On SQLite one trigger adds a new row to every total and one
/// takes a deleted row out of every total (a trigger's firing costs more than its statements: one per total made
/// an insert 14 % slower), while each total has its own update trigger, which skips an update of none of its columns.
/// </summary>
internal sealed record TotalsSource(string Table, TriggeredTotal[] Totals, string Set = "totals")
{
    public IEnumerable<string> Triggers(SqlDialect sql)
    {
        if (!sql.Postgres)
        {
            yield return $"CREATE TRIGGER {Table}_{Set}_inserted AFTER INSERT ON {Table} BEGIN {Upserts(sql, "NEW", "1")} END";
            yield return $"CREATE TRIGGER {Table}_{Set}_deleted AFTER DELETE ON {Table} BEGIN {Upserts(sql, "OLD", "-1")} END";
        }

        foreach (var statement in Totals.SelectMany(t => t.Triggers(sql, Table)))
        {
            yield return statement;
        }
    }

    public IEnumerable<string> Drop(bool postgres) =>
        (postgres ? [] : new[] { $"DROP TRIGGER {Table}_{Set}_inserted", $"DROP TRIGGER {Table}_{Set}_deleted" })
            .Concat(Totals.SelectMany(t => t.Drop(postgres, Table)));

    private string Upserts(SqlDialect sql, string row, string sign) => string.Join(" ", Totals.Select(t => t.Upsert(sql, row, sign)));
}

/// <summary>
/// One totals table: its key and value columns with what each takes from a line (<c>{r}</c>), and which lines count.
/// A value is added to (or, a value marked latest, the greatest of) what the row holds.
/// </summary>
internal sealed partial record TriggeredTotal(string Table, string Where, (string Column, string Of)[] Keys, (string Column, string Of, bool Latest)[] Values)
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

    public IEnumerable<string> Triggers(SqlDialect sql, string source)
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
    private string Moved(SqlDialect sql, bool added, bool removed)
    {
        var sides = new[] { added ? Rows("new_rows", "1", withLatest: true) : null, removed ? Rows("old_rows", "-1", withLatest: true) : null }
            .OfType<string>();
        var sums = Keys.Select((_, i) => $"k{i}").Concat(Values.Select((v, i) => v.Latest ? $"MAX(v{i})" : $"SUM(v{i})"));
        var moved = string.Join(" OR ", Values.Select((v, i) => (v, i)).Where(x => !x.v.Latest).Select(x => $"SUM(v{x.i}) <> 0"));
        return $"INSERT INTO {Table} ({Columns}) SELECT {string.Join(", ", sums)} FROM ({string.Join(" UNION ALL ", sides)}) AS m " +
            $"GROUP BY {string.Join(", ", Keys.Select((_, i) => $"k{i}"))} HAVING {moved} " +
            $"ON CONFLICT ({string.Join(", ", Keys.Select(k => $"\"{k.Column}\""))}) DO UPDATE SET {Folds(sql)};";
    }

    private string Folds(SqlDialect sql) => string.Join(", ", Values.Select(v => v.Latest
        ? $"\"{v.Column}\" = {sql.Greatest}({Table}.\"{v.Column}\", excluded.\"{v.Column}\")"
        : $"\"{v.Column}\" = {Table}.\"{v.Column}\" + excluded.\"{v.Column}\""));

    public string Upsert(SqlDialect sql, string row, string sign)
    {
        string Of(string expression) => expression.Replace("{r}", row, StringComparison.Ordinal);
        var values = Values.Select(v => v.Latest ? Of(v.Of) : $"{sign} * ({Of(v.Of)})");
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
        var values = Values.Where(v => withLatest || !v.Latest).Select((v, i) => $"{(v.Latest || sign is null ? "" : $"{sign} * ")}({Of(v.Of)}) AS v{i}");
        return $"SELECT {string.Join(", ", keys.Concat(values))} FROM {source} r WHERE {Of(Where)}";
    }

    [GeneratedRegex("\\{r\\}\\.\"(\\w+)\"")]
    private static partial Regex RowColumn();
}

/// <summary>What differs between the two databases in this SQL: how an instant is stored, and a few spellings.</summary>
internal sealed record SqlDialect(bool Postgres)
{
    public string False => Postgres ? "false" : "0";

    public string Greatest => Postgres ? "GREATEST" : "max";

    public string NoCampaign => Postgres ? $"'{Guid.Empty}'::uuid" : $"'{Guid.Empty}'";

    /// <summary>SQLite stores an instant as Unix milliseconds (<c>DateTimeOffsetToUnixMillisConverter</c>), PostgreSQL as a timestamptz.</summary>
    public string Instant(DateTimeOffset at) => Postgres
        ? string.Create(CultureInfo.InvariantCulture, $"'{at.UtcDateTime:yyyy-MM-dd HH:mm:ss}+00'::timestamptz")
        : at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
}
