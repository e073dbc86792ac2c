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
    public void A_row_of_Partner_Centers_export_reads_into_a_line_in_minor_units_and_market_time()
    {
        var parsed = EarningsCsv.Parse(Utf8(Header, Good), Market.Philippines);
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
    public void Broken_rows_are_reported_by_line_and_column_and_the_good_rows_are_kept()
    {
        var parsed = EarningsCsv.Parse(Utf8(Header,
            Good,
            Good.Replace("578123456789012345", "5.78123E+17", StringComparison.Ordinal),
            Good.Replace(",2,Completed", ",two,Completed", StringComparison.Ordinal),
            Good.Replace("Completed", "Shipped", StringComparison.Ordinal),
            "",
            Good.Replace("20%", "120%", StringComparison.Ordinal),
            Good.Replace("2026-11-03 14:22:05", "yesterday", StringComparison.Ordinal)), Market.Philippines);
        parsed.Lines.Count.ShouldBe(1);
        parsed.Rows.ShouldBe(6);
        parsed.Errors.Select(e => (e.Row, e.Column)).ShouldBe([(3, "order id"), (4, "quantity"), (5, "order status"), (7, "affiliate partner cps"), (8, "time created")]);
        parsed.Errors[0].Message.ShouldContain("format the column as text");
    }

    [Fact]
    public void A_file_in_a_legacy_encoding_is_refused_whole_with_what_to_do()
    {
        var latin1 = Encoding.Latin1.GetBytes(Header + "\n" + Good.Replace("Serum", "Sérum", StringComparison.Ordinal));
        Should.Throw<RuleViolationException>(() => EarningsCsv.Parse(latin1, Market.Philippines)).Message.ShouldContain("not UTF-8");
    }

    [Fact]
    public void UTF16_and_UTF8_with_a_byte_order_mark_read_the_same()
    {
        var text = Header + "\n" + Good;
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();
        var utf8 = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        EarningsCsv.Parse(utf16, Market.Philippines).Lines.Single().Line.ShouldBe(EarningsCsv.Parse(utf8, Market.Philippines).Lines.Single().Line);
    }

    [Fact]
    public void A_header_from_another_export_is_refused_naming_the_missing_columns()
    {
        var sellerOrders = "Order ID,Order Status,Order Substatus,Cancelation/Return Type,Normal or Pre-order,SKU ID,Seller SKU,Product Name,Variation,Quantity\n1,Shipped,,,Normal,2,X,Serum,30ml,1";
        var message = Should.Throw<RuleViolationException>(() => EarningsCsv.Parse(Encoding.UTF8.GetBytes(sellerOrders), Market.Philippines)).Message;
        message.ShouldContain("\"creator username\"");
        message.ShouldContain("\"affiliate partner cps\"");
        message.ShouldContain("Nothing was imported");
    }

    [Fact]
    public void A_row_in_another_currency_is_refused()
    {
        var parsed = EarningsCsv.Parse(Utf8(Header + ",Currency", Good + ",THB"), Market.Philippines);
        parsed.Errors.Single().Column.ShouldBe("currency");
    }

    internal static byte[] Utf8(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\n", lines));
}
