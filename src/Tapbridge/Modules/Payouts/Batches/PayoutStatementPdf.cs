using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Tapbridge.Platform.Markets;
using Tapbridge.Platform.Pdf;

namespace Tapbridge.Modules.Payouts.Batches;

/// <summary>A payout statement as an A4 PDF: the payout's facts, then every item with its date and amount, over as many pages as it takes, and the total.</summary>
internal static class PayoutStatementPdf
{
    private const double Margin = 48;
    private const double Row = 15;

    public static byte[] Write(PayoutStatement statement, string agencyName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var market = Market.Get(statement.Market);
        using var document = new PdfDocument();
        document.Info.Title = $"Payout statement {statement.Reference}";
        document.Info.Author = agencyName;
        var regular = new XFont(PdfFonts.Family, 9, XFontStyleEx.Regular);
        var bold = new XFont(PdfFonts.Family, 9, XFontStyleEx.Bold);
        var title = new XFont(PdfFonts.Family, 16, XFontStyleEx.Bold);
        var (page, gfx) = NewPage(document);
        var width = page.Width.Point - 2 * Margin;
        var y = Margin;
        gfx.DrawString("Payout statement", title, XBrushes.Black, new XRect(Margin, y, width, 20), XStringFormats.TopLeft);
        gfx.DrawString(agencyName, regular, XBrushes.Gray, new XRect(Margin, y + 4, width, 12), XStringFormats.TopRight);
        y += 30;
        foreach (var (label, value) in Facts(statement, market))
        {
            gfx.DrawString(label, bold, XBrushes.Black, new XRect(Margin, y, 110, Row), XStringFormats.TopLeft);
            gfx.DrawString(Fit(gfx, value, regular, width - 110), regular, XBrushes.Black, new XRect(Margin + 110, y, width - 110, Row), XStringFormats.TopLeft);
            y += Row;
        }

        y += 10;
        y = Header(gfx, bold, width, y);
        foreach (var item in statement.Items)
        {
            if (y > page.Height.Point - Margin - 2 * Row)
            {
                gfx.Dispose();
                (page, gfx) = NewPage(document);
                y = Header(gfx, bold, width, Margin);
            }

            var what = item.ProductName is { } product ? $"{product} · order {item.OrderId}" : item.Description;
            gfx.DrawString(market.ToLocal(item.At).ToString("d MMM yyyy", CultureInfo.InvariantCulture), regular, XBrushes.Black, new XRect(Margin, y, 70, Row), XStringFormats.TopLeft);
            gfx.DrawString(Fit(gfx, what, regular, width - 180), regular, XBrushes.Black, new XRect(Margin + 72, y, width - 180, Row), XStringFormats.TopLeft);
            gfx.DrawString(market.FormatMoney(item.Amount), regular, XBrushes.Black, new XRect(Margin, y, width, Row), XStringFormats.TopRight);
            y += Row;
        }

        gfx.DrawLine(XPens.Black, Margin, y + 2, Margin + width, y + 2);
        gfx.DrawString("Total", bold, XBrushes.Black, new XRect(Margin, y + 5, width, Row), XStringFormats.TopLeft);
        gfx.DrawString(market.FormatMoney(statement.ItemsTotal), bold, XBrushes.Black, new XRect(Margin, y + 5, width, Row), XStringFormats.TopRight);
        gfx.Dispose();
        Footers(document, regular, $"{statement.Reference} · amounts in {market.Currency}, dates in {statement.TimeZone} · made {market.ToLocal(now):d MMM yyyy HH:mm}");
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    private static IEnumerable<(string Label, string Value)> Facts(PayoutStatement s, Market market)
    {
        yield return ("Payout", s.Reference);
        yield return ("Creator", $"{s.CreatorName} (@{s.CreatorHandle})");
        yield return ("Pay day", s.PayDate.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
        yield return ("Status", s.StatusText + (s.FailureReason is { } why ? $": {why}" : ""));
        if (s.Provider is not null)
        {
            yield return ("Paid to", $"{s.Provider} {s.AccountNumber} · {s.HolderName}");
        }

        yield return ("Amount", market.FormatMoney(s.Amount));
    }

    private static (PdfPage Page, XGraphics Graphics) NewPage(PdfDocument document)
    {
        var page = document.AddPage();
        page.Size = PageSize.A4;
        return (page, XGraphics.FromPdfPage(page));
    }

    private static double Header(XGraphics gfx, XFont bold, double width, double y)
    {
        gfx.DrawString("Date", bold, XBrushes.Black, new XRect(Margin, y, 70, Row), XStringFormats.TopLeft);
        gfx.DrawString("What", bold, XBrushes.Black, new XRect(Margin + 72, y, width - 180, Row), XStringFormats.TopLeft);
        gfx.DrawString("Amount", bold, XBrushes.Black, new XRect(Margin, y, width, Row), XStringFormats.TopRight);
        gfx.DrawLine(XPens.Gray, Margin, y + Row - 2, Margin + width, y + Row - 2);
        return y + Row + 2;
    }

    private static void Footers(PdfDocument document, XFont font, string text)
    {
        for (var i = 0; i < document.PageCount; i++)
        {
            var page = document.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var area = new XRect(Margin, page.Height.Point - Margin + 12, page.Width.Point - 2 * Margin, Row);
            gfx.DrawString(text, font, XBrushes.Gray, area, XStringFormats.TopLeft);
            gfx.DrawString($"Page {i + 1} of {document.PageCount}", font, XBrushes.Gray, area, XStringFormats.TopRight);
        }
    }

    /// <summary>The text, cut with an ellipsis to fit <paramref name="width"/>: a long product name does not run into the amount.</summary>
    private static string Fit(XGraphics gfx, string text, XFont font, double width)
    {
        if (gfx.MeasureString(text, font).Width <= width)
        {
            return text;
        }

        var cut = text;
        while (cut.Length > 1 && gfx.MeasureString(cut + "…", font).Width > width)
        {
            cut = cut[..^1];
        }

        return cut + "…";
    }
}
