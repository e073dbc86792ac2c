using Tapbridge.Platform.Csv;
using System.Text;
using Tapbridge.Modules.Orders;
using Tapbridge.Modules.Orders.Import;
using Tapbridge.Platform;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Tests.Modules.Orders;

public sealed class EarningsCsvTests
{
    internal const string Header =
        "Order ID,SKU ID,Product ID,Product name,Creator username,Price,Quantity,Order status,Content type,Affiliate partner CPS,Creator CPS,Estimated commission base,"
        + "Estimated commission revenue,Estimated creator commission,Actual commission base,Actual partner commission,Actual creator commission,Returns & refunds,Time created,Time delivered";

    internal const string Good = "578123456789012345,1729000000000000001,1729000000000000100,\"Serum, 30 ml\",@maria.glowup,499.00,2,Completed,Short video,20%,30%,998.00,199.60,59.88,499.00,99.80,29.94,1,2026-11-03 14:22:05,2026-11-06 10:00:00";

    [Fact]
    public async Task A_row_of_Partner_Centers_export_reads_into_a_line_in_minor_units_and_market_time()
    {
        var parsed = await ParseAsync(Utf8(Header, Good));
        parsed.Errors.ShouldBeEmpty();
        var (row, line) = parsed.Lines.Single();
        row.ShouldBe(2);
        line.OrderId.ShouldBe("578123456789012345");
        line.ProductName.ShouldBe("Serum, 30 ml");
        line.CreatorUsername.ShouldBe("maria.glowup");
        line.Price.ShouldBe(49_900);
        line.Status.ShouldBe(TikTokLineStatus.Completed);
        line.ContentType.ShouldBe("VIDEO");
        (line.TapRate, line.CreatorRate).ShouldBe((2000, 3000));
        line.ReturnedQuantity.ShouldBe(1);
        line.Actual.ShouldBe(new ReportedAmounts(49_900, 9_980, 2_994, 0, 0));
        line.OrderedAt.ShouldBe(new DateTimeOffset(2026, 11, 3, 6, 22, 5, TimeSpan.Zero));
    }

    [Fact]
    public async Task Broken_rows_are_reported_by_line_and_column_and_the_good_rows_are_kept()
    {
        var parsed = await ParseAsync(Utf8(Header,
            Good,
            Good.Replace("578123456789012345", "5.78123E+17", StringComparison.Ordinal),
            Good.Replace(",2,Completed", ",two,Completed", StringComparison.Ordinal),
            Good.Replace("Completed", "Shipped", StringComparison.Ordinal),
            "",
            Good.Replace("20%", "120%", StringComparison.Ordinal),
            Good.Replace("2026-11-03 14:22:05", "yesterday", StringComparison.Ordinal)));
        parsed.Lines.Count.ShouldBe(1);
        parsed.Rows.ShouldBe(6);
        parsed.Errors.Select(e => (e.Row, e.Column)).ShouldBe([(3, "order id"), (4, "quantity"), (5, "order status"), (7, "affiliate partner cps"), (8, "time created")]);
        parsed.Errors[0].Message.ShouldContain("format the column as text");
    }

    [Fact]
    public async Task A_file_in_a_legacy_encoding_is_refused_whole_with_what_to_do()
    {
        var latin1 = Encoding.Latin1.GetBytes(Header + "\n" + Good.Replace("Serum", "Sérum", StringComparison.Ordinal));
        (await Should.ThrowAsync<RuleViolationException>(() => ParseAsync(latin1))).Message.ShouldContain("not UTF-8");
    }

    [Fact]
    public async Task UTF16_and_UTF8_with_a_byte_order_mark_read_the_same()
    {
        var text = Header + "\n" + Good;
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();
        var utf8 = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        (await ParseAsync(utf16)).Lines.Single().Line.ShouldBe((await ParseAsync(utf8)).Lines.Single().Line);
    }

    [Fact]
    public async Task A_header_from_another_export_is_refused_naming_the_missing_columns()
    {
        var sellerOrders = "Order ID,Order Status,Order Substatus,Cancelation/Return Type,Normal or Pre-order,SKU ID,Seller SKU,Product Name,Variation,Quantity\n1,Shipped,,,Normal,2,X,Serum,30ml,1";
        var message = (await Should.ThrowAsync<RuleViolationException>(() => ParseAsync(Encoding.UTF8.GetBytes(sellerOrders)))).Message;
        message.ShouldContain("\"creator username\"");
        message.ShouldContain("\"affiliate partner cps\"");
        message.ShouldContain("Nothing was imported");
    }

    [Fact]
    public async Task A_row_in_another_currency_is_refused()
    {
        var parsed = await ParseAsync(Utf8(Header + ",Currency", Good + ",THB"));
        parsed.Errors.Single().Column.ShouldBe("currency");
    }

    [Fact]
    public async Task A_large_file_is_read_row_by_row_with_every_row_numbered()
    {
        // Multi-byte text throughout, so characters straddle the reader's buffers.
        var rows = Enumerable.Range(0, 30_000).Select(i => Good.Replace("578123456789012345", $"5781234567{i:D8}", StringComparison.Ordinal).Replace("Serum", "Sữa rửa mặt", StringComparison.Ordinal));
        var parsed = await ParseAsync(Utf8([Header, .. rows]));
        parsed.Errors.ShouldBeEmpty();
        parsed.Lines.Count.ShouldBe(30_000);
        parsed.Lines[^1].ShouldSatisfyAllConditions(l => l.Row.ShouldBe(30_001), l => l.Line.OrderId.ShouldBe("578123456700029999"), l => l.Line.ProductName.ShouldBe("Sữa rửa mặt, 30 ml"));
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_before_anything_is_read()
    {
        await using var big = new MemoryStream(Utf8(Header, Good));
        var message = (await Should.ThrowAsync<RuleViolationException>(() => CsvUpload.SpoolAsync(big, 100, CancellationToken.None))).Message;
        message.ShouldContain("larger than");
    }

    /// <summary>As an import reads a file: spooled (encoding checked over every byte), then row by row.</summary>
    internal static async Task<(List<(int Row, OrderLineSnapshot Line)> Lines, List<CsvRowError> Errors, int Rows)> ParseAsync(byte[] bytes)
    {
        await using var upload = await CsvUpload.SpoolAsync(new MemoryStream(bytes), OrderImports.MaxBytes, CancellationToken.None);
        using var text = upload.OpenText();
        var rows = EarningsCsv.Read(text, Market.Philippines).ToList();
        return ([.. rows.Where(r => r.Line is not null).Select(r => (r.Row, r.Line!))], [.. rows.Select(r => r.Error).OfType<CsvRowError>()], rows.Count);
    }

    internal static byte[] Utf8(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\n", lines));
}
