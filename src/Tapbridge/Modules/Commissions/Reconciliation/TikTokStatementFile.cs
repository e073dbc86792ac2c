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
        RuleViolationException.Require(csv.Read() && csv.ReadHeader() && csv.HeaderRecord is { Length: > 0 }, "file", "The file is empty: it has no header row.");
        var index = Index(csv.HeaderRecord!);
        var currency = Array.FindIndex(csv.HeaderRecord!, h => h.Trim().Equals("currency", StringComparison.OrdinalIgnoreCase));
        var rows = new List<StatementRow>();
        var errors = new List<string>();
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
                errors.Add($"Row {row}: it is in {c}; this statement is for {market.Name} ({market.Currency}).");
                continue;
            }

            var (order, sku) = (Cell("order"), Cell("sku"));
            if (!IsId(order) || !IsId(sku))
            {
                errors.Add($"Row {row}: \"{(IsId(order) ? sku : order)}\" is not a TikTok id (digits only; a spreadsheet turns long ids into 1.23E+18 — format the column as text).");
                continue;
            }

            if (!CsvTime.TryParse(Cell("paidAt"), market, out var paidAt))
            {
                errors.Add($"Row {row}: time commission paid \"{Cell("paidAt")}\" is not a time ({CsvTime.Example(market)}).");
                continue;
            }

            if (paidAt is null)
            {
                notPaid++;
                continue;
            }

            if (!CsvTime.TryParse(Cell("created"), market, out var created) || created is null)
            {
                errors.Add($"Row {row}: time created \"{Cell("created")}\" is not a time ({CsvTime.Example(market)}).");
                continue;
            }

            if (!TryMoney(Cell("paid"), market, out var paid))
            {
                errors.Add($"Row {row}: actual partner commission \"{Cell("paid")}\" is not an amount in {market.Currency}.");
                continue;
            }

            if (seen.TryGetValue((order, sku), out var first))
            {
                errors.Add($"Row {row}: order {order} SKU {sku} is already on row {first}.");
                continue;
            }

            seen[(order, sku)] = row;
            rows.Add(new StatementRow(row, order, sku, market.ToLocal(created.Value).ToString("yyyy-MM", CultureInfo.InvariantCulture),
                DateOnly.FromDateTime(market.ToLocal(paidAt.Value).DateTime), paid));
        }

        RuleViolationException.Require(errors.Count == 0, "file", $"Nothing was imported: {string.Join(" ", errors.Take(20))}{(errors.Count > 20 ? $" … and {errors.Count - 20} more." : "")}");
        return (rows, notPaid);
    }

    private static Dictionary<string, int> Index(string[] header)
    {
        var names = header.Select(h => h.Trim().Trim('\uFEFF').ToLowerInvariant()).ToList();
        var index = Columns.Select(c => (c.Key, At: names.FindIndex(n => c.Names.Contains(n, StringComparer.Ordinal)))).Where(c => c.At >= 0).ToDictionary(c => c.Key, c => c.At);
        var missing = Columns.Where(c => !index.ContainsKey(c.Key)).Select(c => $"\"{c.Names[0]}\"").ToList();
        RuleViolationException.Require(missing.Count == 0, "file",
            $"This is not Partner Center's earnings export with what was paid: it lacks {string.Join(", ", missing)}. Export the \"Paid\" tab under Finance → Earnings. Nothing was imported.");
        return index;
    }

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
