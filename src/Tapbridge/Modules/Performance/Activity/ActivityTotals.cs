using System.Globalization;
using Tapbridge.Modules.Orders;
using Tapbridge.Platform.Data.Totals;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Performance.Activity;

/// <summary>
/// The SQL that keeps each creator's daily sales (<see cref="CreatorSalesDay"/>, of <c>order_lines</c>), clicks
/// (<see cref="CreatorClickDay"/>, of <c>link_clicks</c>) and posts (<see cref="CreatorContentDay"/>, of
/// <c>content_posts</c>) equal to the rows they sum, with the same triggers as the
/// month totals (ADR 23): every dashboard reads these days and never the lines (ADR 30). A day is the market's local
/// date, from the offsets each market's clock has had (<see cref="MarketOffset"/>), so the database dates a line as
/// the rest of the product does, summer time included.
/// </summary>
internal static class ActivityTotals
{
    private const string Set = "activity";
    private static readonly DateTimeOffset From = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Until = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static IEnumerable<string> Create(bool postgres)
    {
        var sql = new SqlDialect(postgres);
        var sources = Sources(sql);
        if (postgres)
        {
            yield return $"LOCK TABLE {string.Join(", ", sources.Select(s => s.Table))} IN SHARE MODE";
        }

        foreach (var offsets in Offsets().Chunk(500))
        {
            var rows = offsets.Select(o =>
                string.Create(CultureInfo.InvariantCulture, $"('{o.Market}', {sql.Instant(o.StartsAt)}, {o.OffsetMs})"));
            yield return $"INSERT INTO market_offsets (\"MarketCode\", \"StartsAt\", \"OffsetMs\") VALUES {string.Join(", ", rows)}";
        }

        foreach (var source in sources)
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

    public static IEnumerable<string> Drop(bool postgres) => Sources(new SqlDialect(postgres)).SelectMany(s => s.Drop(postgres));

    /// <summary>For each day table, a query counting its rows that differ from the sums of the rows stored now.</summary>
    public static IEnumerable<(string Table, string Sql)> Checks(bool postgres) =>
        Sources(new SqlDialect(postgres)).SelectMany(s => s.Totals.Select(t => (t.Table, t.Mismatches(s.Table))));

    private static TotalsSource[] Sources(SqlDialect sql)
    {
        var completed = $"{{r}}.\"Status\" = '{nameof(TikTokLineStatus.Completed)}'";
        var cancelled = $"{{r}}.\"Status\" = '{nameof(TikTokLineStatus.Cancelled)}'";
        string Reported(string amount) =>
            $"CASE WHEN {cancelled} THEN 0 WHEN {completed} THEN {{r}}.\"Actual_{amount}\" ELSE {{r}}.\"Estimated_{amount}\" END";
        var own = $"{{r}}.\"Stage\" IS NOT NULL AND {{r}}.\"Stage\" <> 'Void' AND {{r}}.\"ShareCreatorId\" = {{r}}.\"CreatorId\"";
        return
        [
            new("order_lines",
            [
                new("creator_sales_days", "{r}.\"CreatorId\" IS NOT NULL",
                    [
                        ("CreatorId", "{r}.\"CreatorId\""), ("Day", Day(sql, "{r}.\"MarketCode\"", "{r}.\"OrderedAt\"")),
                        ("RegistrationId", $"COALESCE({{r}}.\"RegistrationId\", {sql.NoCampaign})"),
                    ],
                    [
                        ("Orders", $"CASE WHEN {cancelled} THEN 0 ELSE 1 END", false),
                        ("Gmv", Reported("Base"), false),
                        ("TikTokCommission", $"{Reported("Creator")} + {Reported("CreatorReward")}", false),
                        ("AgencyShare", $"CASE WHEN {own} THEN {{r}}.\"Share\" ELSE 0 END", false),
                    ]),
            ], Set),
            new("link_clicks",
            [
                new("creator_click_days", "{r}.\"CreatorId\" IS NOT NULL",
                    [("CreatorId", "{r}.\"CreatorId\""), ("Day", "{r}.\"Day\""), ("RegistrationId", "{r}.\"RegistrationId\"")],
                    [("Clicks", "1", false)]),
            ], Set),
            new("content_posts",
            [
                new("creator_content_days", "{r}.\"CreatorId\" IS NOT NULL",
                    [("CreatorId", "{r}.\"CreatorId\""), ("Day", "{r}.\"PostedDay\""), ("RegistrationId", "{r}.\"RegistrationId\"")],
                    [
                        ("Posts", "1", false), ("Views", "{r}.\"Views\"", false), ("Likes", "{r}.\"Likes\"", false),
                        ("Comments", "{r}.\"Comments\"", false), ("Orders", "{r}.\"Orders\"", false), ("Gmv", "{r}.\"Gmv\"", false),
                    ]),
            ], Set),
        ];
    }

    /// <summary>
    /// The local date of an instant in a market: the instant moved by the market's offset then, cut to whole days. SQLite
    /// holds instants as Unix milliseconds and dates as yyyy-MM-dd text, PostgreSQL as timestamptz and date.
    /// </summary>
    private static string Day(SqlDialect sql, string market, string instant)
    {
        var offset =
            $"COALESCE((SELECT o.\"OffsetMs\" FROM market_offsets o WHERE o.\"MarketCode\" = {market} AND o.\"StartsAt\" <= {instant} " +
            "ORDER BY o.\"StartsAt\" DESC LIMIT 1), 0)";
        return sql.Postgres
            ? $"(DATE '1970-01-01' + floor((extract(epoch FROM {instant}) * 1000 + {offset}) / 86400000)::int)"
            : $"date(({instant} + {offset}) / 86400000 * 86400, 'unixepoch')";
    }

    /// <summary>Every offset each market's clock takes from 2000 to 2100, from the time zone the product uses for it.</summary>
    private static IEnumerable<(string Market, DateTimeOffset StartsAt, long OffsetMs)> Offsets()
    {
        foreach (var market in Market.All)
        {
            var zone = market.TimeZone;
            var offset = zone.GetUtcOffset(From);
            yield return (market.Code, From, (long)offset.TotalMilliseconds);
            for (var day = From.AddDays(1); day < Until; day = day.AddDays(1))
            {
                if (zone.GetUtcOffset(day) == offset)
                {
                    continue;
                }

                var hour = day.AddDays(-1);
                while (zone.GetUtcOffset(hour) == offset)
                {
                    hour = hour.AddMinutes(15);
                }

                offset = zone.GetUtcOffset(hour);
                yield return (market.Code, hour, (long)offset.TotalMilliseconds);
            }
        }
    }
}
