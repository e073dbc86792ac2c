using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Tapbridge.Platform.Csv;
using Tapbridge.Platform.Markets;
using Tapbridge.TikTokShop.Json;

namespace Tapbridge.Modules.Orders.Import;

/// <summary>A row that could not be read: its line number in the file, the column at fault and why.</summary>
public sealed record CsvRowError(int Row, string Column, string Message);

/// <summary>One data row of the file, by its line number: the line it reads into, or why it could not be read.</summary>
public sealed record CsvRow(int Row, OrderLineSnapshot? Line, CsvRowError? Error);

/// <summary>
/// TikTok Partner Center's earnings export (Finance → Earnings → Export), one row per order SKU. Columns are found by
/// name, in any order, with the names Partner Center uses and a few spellings of them; rates are percentages
/// ("40%" or "40"); amounts are in the market's currency; times are ISO 8601, or "yyyy-MM-dd HH:mm:ss" in the
/// market's time zone as Partner Center shows them. A file that is not UTF-8 (or UTF-16 with a byte-order mark), or
/// lacks a required column, is refused whole; a row that cannot be read is reported and the others are kept.
/// </summary>
public static class EarningsCsv
{
    private static readonly (string Key, bool Required, string[] Names)[] Columns =
    [
        ("order", true, ["order id", "order_id", "main order id"]),
        ("sku", true, ["sku id", "sku_id"]),
        ("product", true, ["product id", "product_id"]),
        ("productName", false, ["product name", "product", "product_name"]),
        ("campaign", false, ["campaign id", "campaign_id"]),
        ("creator", true, ["creator username", "creator_username", "username"]),
        ("price", true, ["price", "item price", "sku price"]),
        ("quantity", true, ["quantity", "qty", "item quantity"]),
        ("currency", false, ["currency"]),
        ("status", true, ["order status", "status"]),
        ("contentType", false, ["content type", "content_type"]),
        ("contentId", false, ["content id", "content_id"]),
        ("tapRate", true, ["affiliate partner cps", "partner cps", "tap commission rate"]),
        ("creatorRate", true, ["creator cps", "creator commission rate"]),
        ("estBase", true, ["estimated commission base"]),
        ("estTap", true, ["estimated commission revenue", "estimated partner commission"]),
        ("estCreator", true, ["estimated creator commission"]),
        ("actBase", true, ["actual commission base"]),
        ("actTap", true, ["actual partner commission", "actual commission revenue"]),
        ("actCreator", true, ["actual creator commission"]),
        ("returned", false, ["returns & refunds", "returned quantity", "returns and refunds"]),
        ("refunded", false, ["refunded quantity"]),
        ("created", true, ["time created", "order create time", "created time"]),
        ("delivered", false, ["time delivered", "delivery time", "delivered time"]),
    ];

    /// <summary>The column names the import looks for (the first of each column's spellings), required ones first, for the upload page.</summary>
    public static IReadOnlyList<(string Name, bool Required)> ColumnNames { get; } =
        [.. Columns.OrderByDescending(c => c.Required).Select(c => (c.Names[0], c.Required))];

    /// <summary>
    /// Reads the rows one at a time as they are enumerated; throws <see cref="Platform.RuleViolationException"/> (naming
    /// the file) on the first one when the header is not Partner Center's. The encoding is checked before (<see cref="CsvUpload"/>).
    /// </summary>
    public static IEnumerable<CsvRow> Read(TextReader text, Market market)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(market);
        using var csv = new CsvReader(text, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = true, BadDataFound = null, MissingFieldFound = null, IgnoreBlankLines = true });
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
        {
            throw Platform.RuleViolationException.Say<OrdersRules>("Import.Empty", "file");
        }

        var index = Index(header);
        while (csv.Read())
        {
            var row = csv.Parser.RawRow;
            if (csv.Parser.Record is not { } record || record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            yield return Read(row, new Row(record, index), market);
        }
    }

    private static CsvRow Read(int row, Row cells, Market market)
    {
        try
        {
            return new CsvRow(row, Line(cells, market), null);
        }
        catch (CellException e)
        {
            return new CsvRow(row, null, new CsvRowError(row, e.Column, e.Message));
        }
    }

    private static Dictionary<string, int> Index(string[] header)
    {
        var names = header.Select(h => h.Trim().Trim('\uFEFF').ToLowerInvariant()).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, _, aliases) in Columns)
        {
            var at = names.FindIndex(n => aliases.Contains(n, StringComparer.Ordinal));
            if (at >= 0)
            {
                index[key] = at;
            }
        }

        var missing = Columns.Where(c => c.Required && !index.ContainsKey(c.Key)).Select(c => c.Names[0]).ToList();
        if (missing.Count > 0)
        {
            throw Platform.RuleViolationException.Say<OrdersRules>("Import.NotEarningsExport", "file",
                string.Join(", ", missing.Select(m => $"\"{m}\"")), string.Join(", ", header.Take(12).Select(h => $"\"{h.Trim()}\"")));
        }

        return index;
    }

    private static OrderLineSnapshot Line(Row row, Market market)
    {
        var currency = row.Text("currency");
        if (currency.Length > 0 && !string.Equals(currency, market.Currency, StringComparison.OrdinalIgnoreCase))
        {
            throw new CellException("currency", $"The row is in {currency}; this import is for {market.Name} ({market.Currency}).");
        }

        var returned = row.Count("returned", required: false);
        return new OrderLineSnapshot
        {
            MarketCode = market.Code,
            Currency = market.Currency,
            OrderId = row.Id("order"),
            SkuId = row.Id("sku"),
            ProductId = row.Id("product"),
            ProductName = row.Text("productName"),
            TikTokCampaignId = row.Text("campaign").Length > 0 ? row.Id("campaign") : null,
            CreatorUsername = Creators.Creator.TryNormalizeHandle(row.Required("creator"), out var handle) ? handle
                : throw new CellException("creator username", $"\"{row.Text("creator")}\" is not a TikTok username (2 to 24 letters, digits, underscores or periods)."),
            ContentType = ContentType(row.Text("contentType")),
            ContentId = row.Text("contentId").Length > 0 ? row.Id("contentId") : null,
            Price = row.Money("price", market),
            Quantity = row.Count("quantity", required: true),
            ReturnedQuantity = returned,
            RefundedQuantity = row.Count("refunded", required: false),
            TapRate = row.Rate("tapRate"),
            CreatorRate = row.Rate("creatorRate"),
            Status = Status(row.Required("status")),
            OrderedAt = row.Time("created", market) ?? throw new CellException("time created", "The order's creation time is missing."),
            DeliveredAt = row.Time("delivered", market),
            Estimated = new ReportedAmounts(row.Money("estBase", market), row.Money("estTap", market), row.Money("estCreator", market), 0, 0),
            Actual = new ReportedAmounts(row.Money("actBase", market), row.Money("actTap", market), row.Money("actCreator", market), 0, 0),
        };
    }

    private static TikTokLineStatus Status(string text) => text.Trim().ToLowerInvariant().Replace('_', ' ') switch
    {
        "in progress" or "processing" or "pending" or "pending payment" => TikTokLineStatus.Processing,
        "completed" or "settled" or "paid" => TikTokLineStatus.Completed,
        "cancelled" or "canceled" => TikTokLineStatus.Cancelled,
        "frozen" => TikTokLineStatus.Frozen,
        "deducted" => TikTokLineStatus.Deducted,
        _ => throw new CellException("order status", $"\"{text}\" is not an order status (In progress, Completed, Cancelled, Frozen or Deducted)."),
    };

    private static string? ContentType(string text) => text.Trim().ToLowerInvariant() switch
    {
        "" => null,
        "livestream" or "live" or "live stream" => "LIVE",
        "short video" or "video" => "VIDEO",
        "showcase" or "shop" => "SHOP",
        "pre_live" or "pre-live" or "pre live" => "PRE_LIVE",
        "promotion_page" or "promotion page" => "PROMOTION_PAGE",
        "linkshare" or "link share" => "LINKSHARE",
        _ => throw new CellException("content type", $"\"{text}\" is not a content type (Livestream, Short video, Showcase, Pre-live, Promotion page or Linkshare)."),
    };

    private sealed class CellException(string column, string message) : Exception(message)
    {
        public string Column { get; } = column;
    }

    private sealed class Row(string[] record, Dictionary<string, int> index)
    {
        public string Text(string key) => index.TryGetValue(key, out var at) && at < record.Length ? record[at].Trim() : "";

        public string Required(string key) => Text(key) is { Length: > 0 } text ? text : throw new CellException(Name(key), $"\"{Name(key)}\" is empty.");

        public string Id(string key)
        {
            var text = Required(key);
            return text.Length <= 32 && text.All(char.IsAsciiDigit) ? text
                : throw new CellException(Name(key), $"\"{text}\" is not a TikTok id (digits only; spreadsheet programs turn long ids into 1.23E+18 — format the column as text).");
        }

        public long Money(string key, Market market)
        {
            var text = Text(key);
            try
            {
                var number = text.Replace(market.Currency, "", StringComparison.OrdinalIgnoreCase);
                if (number.Any(char.IsLetter))
                {
                    // "1e30" or "12abc" would otherwise read as the digits they contain.
                    throw new FormatException();
                }

                var amount = Amounts.Parse(number);
                if (amount > market.ToMajor(market.MaxAmount))
                {
                    throw new CellException(Name(key), $"\"{text}\" is more than {market.FormatMoney(market.MaxAmount)}, the largest amount Tapbridge takes.");
                }

                return amount >= 0 ? market.ToMinor(amount) : throw new CellException(Name(key), $"\"{text}\" is negative.");
            }
            catch (Exception e) when (e is FormatException or OverflowException)
            {
                throw new CellException(Name(key), $"\"{text}\" is not an amount.");
            }
        }

        public int Count(string key, bool required)
        {
            var text = Text(key);
            if (text.Length == 0 && !required)
            {
                return 0;
            }

            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count <= 10_000
                ? count : throw new CellException(Name(key), $"\"{text}\" is not a quantity.");
        }

        public int Rate(string key)
        {
            var text = Required(key).TrimEnd('%', ' ');
            return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var percent) && percent is >= 0 and <= 100
                ? (int)decimal.Round(percent * 100, 0, MidpointRounding.AwayFromZero)
                : throw new CellException(Name(key), $"\"{Text(key)}\" is not a percentage from 0 to 100.");
        }

        public DateTimeOffset? Time(string key, Market market) =>
            CsvTime.TryParse(Text(key), market, out var time) ? time : throw new CellException(Name(key), $"\"{Text(key)}\" is not a time ({CsvTime.Example(market)}).");

        private static string Name(string key) => Columns.First(c => c.Key == key).Names[0];
    }
}
