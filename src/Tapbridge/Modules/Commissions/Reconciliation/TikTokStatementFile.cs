using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Tapbridge.Platform;
using Tapbridge.Platform.Csv;
using Tapbridge.Platform.Markets;
using Tapbridge.TikTokShop.Json;

namespace Tapbridge.Modules.Commissions.Reconciliation;

/// <summary>A paid line of the statement: the order SKU, the month it was ordered, the day TikTok paid and the partner commission paid.</summary>
internal sealed record StatementRow(int Row, string OrderId, string SkuId, string Month, DateOnly PaidOn, long PartnerCommission);

/// <summary>
/// TikTok Partner Center's earnings export on its "Paid" tab (Finance → Earnings → Export), which is the statement of
/// what TikTok paid the agency line by line. Columns are found by name in any order; lines without a "time commission
/// paid" (still pending) are counted and left out. Every row is checked, and the file is refused whole, naming the
/// rows, when one is wrong — so nothing is half imported.
/// </summary>
internal static class TikTokStatementFile
{
    private static readonly (string Key, string[] Names)[] Columns =
    [
        ("order", ["order id", "order_id", "main order id"]),
        ("sku", ["sku id", "sku_id"]),
        ("paid", ["actual partner commission", "actual commission revenue"]),
        ("created", ["time created", "order create time", "created time"]),
        ("paidAt", ["time commission paid", "commission paid time", "paid time"]),
    ];

    public static IReadOnlyList<string> ColumnNames { get; } = [.. Columns.Select(c => c.Names[0])];

    public static (IReadOnlyList<StatementRow> Paid, int NotPaidYet) Read(TextReader text, Market market)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(market);
        using var csv = new CsvReader(text, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = true, BadDataFound = null, MissingFieldFound = null, IgnoreBlankLines = true });
        RuleViolationException.Require<CommissionsRules>(csv.Read() && csv.ReadHeader() && csv.HeaderRecord is { Length: > 0 }, "file", "Statement.Empty");
        var index = Index(csv.HeaderRecord!);
        var currency = Array.FindIndex(csv.HeaderRecord!, h => h.Trim().Equals("currency", StringComparison.OrdinalIgnoreCase));
        var rows = new List<StatementRow>();
        var errors = new List<RuleViolationException>();
        var seen = new Dictionary<(string, string), int>();
        var notPaid = 0;
        while (csv.Read())
        {
            var record = csv.Parser.Record ?? [];
            if (record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var row = csv.Parser.RawRow;
            string Cell(string key) => index[key] < record.Length ? record[index[key]].Trim() : "";
            if (currency >= 0 && currency < record.Length && record[currency].Trim() is { Length: > 0 } c && !c.Equals(market.Currency, StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(Row("Statement.Row.Currency", row, c, market.Name, market.Currency));
                continue;
            }

            var (order, sku) = (Cell("order"), Cell("sku"));
            if (!IsId(order) || !IsId(sku))
            {
                errors.Add(Row("Statement.Row.NotAnId", row, IsId(order) ? sku : order));
                continue;
            }

            if (!CsvTime.TryParse(Cell("paidAt"), market, out var paidAt))
            {
                errors.Add(Row("Statement.Row.PaidAtNotATime", row, Cell("paidAt"), CsvTime.Example(market)));
                continue;
            }

            if (paidAt is null)
            {
                notPaid++;
                continue;
            }

            if (!CsvTime.TryParse(Cell("created"), market, out var created) || created is null)
            {
                errors.Add(Row("Statement.Row.CreatedNotATime", row, Cell("created"), CsvTime.Example(market)));
                continue;
            }

            if (!TryMoney(Cell("paid"), market, out var paid))
            {
                errors.Add(Row("Statement.Row.PaidNotAnAmount", row, Cell("paid"), market.Currency));
                continue;
            }

            if (seen.TryGetValue((order, sku), out var first))
            {
                errors.Add(Row("Statement.Row.Duplicate", row, order, sku, first));
                continue;
            }

            seen[(order, sku)] = row;
            rows.Add(new StatementRow(row, order, sku, market.ToLocal(created.Value).ToString("yyyy-MM", CultureInfo.InvariantCulture),
                DateOnly.FromDateTime(market.ToLocal(paidAt.Value).DateTime), paid));
        }

        if (errors.Count > 0)
        {
            List<RuleViolationException> said = [RuleViolationException.Say<CommissionsRules>("Statement.NothingImported", "file"), .. errors.Take(20)];
            if (errors.Count > 20)
            {
                said.Add(RuleViolationException.Say<CommissionsRules>("Statement.AndMore", "file", errors.Count - 20));
            }

            throw RuleViolationException.Join(said, "file");
        }

        return (rows, notPaid);
    }

    private static Dictionary<string, int> Index(string[] header)
    {
        var names = header.Select(h => h.Trim().Trim('\uFEFF').ToLowerInvariant()).ToList();
        var index = Columns.Select(c => (c.Key, At: names.FindIndex(n => c.Names.Contains(n, StringComparer.Ordinal)))).Where(c => c.At >= 0).ToDictionary(c => c.Key, c => c.At);
        var missing = Columns.Where(c => !index.ContainsKey(c.Key)).Select(c => $"\"{c.Names[0]}\"").ToList();
        RuleViolationException.Require<CommissionsRules>(missing.Count == 0, "file", "Statement.NotPaidExport", string.Join(", ", missing));
        return index;
    }

    /// <summary>What is wrong with one row, in a sentence that starts with its number.</summary>
    private static RuleViolationException Row(string key, params object?[] values) => RuleViolationException.Say<CommissionsRules>(key, "file", values);

    private static bool IsId(string text) => text.Length is > 0 and <= 32 && text.All(char.IsAsciiDigit);

    private static bool TryMoney(string text, Market market, out long minor)
    {
        minor = 0;
        try
        {
            var number = text.Replace(market.Currency, "", StringComparison.OrdinalIgnoreCase);
            var amount = number.Any(char.IsLetter) ? throw new FormatException() : Amounts.Parse(number);
            minor = text.Length == 0 ? 0 : market.ToMinorBounded(amount);
            return text.Length > 0 && Math.Abs(minor) <= market.MaxAmount;
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            return false;
        }
    }
}
