using System.Globalization;
using Microsoft.Extensions.Localization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Tapbridge.Modules.Commissions.Components;
using Tapbridge.Modules.Payouts.Components;
using Tapbridge.Platform.Localization;
using Tapbridge.Platform.Markets;
using Tapbridge.Platform.Pdf;

namespace Tapbridge.Modules.Payouts.Batches;

/// <summary>
/// A payout statement as an A4 PDF, in the reader's language with the statement page's words: the payout's facts, then
/// every item with its date and amount, over as many pages as it takes, and the total.
/// </summary>
internal sealed class PayoutStatementPdf(IStringLocalizer<PayoutsText> text, IStringLocalizer<CommissionsText> commissions, IStringLocalizer<Words> words)
{
    private const double Margin = 48;
    private const double Row = 15;

    public byte[] Write(PayoutStatement statement, string agencyName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var market = Market.Get(statement.Market);
        using var document = new PdfDocument();
        document.Info.Title = $"{text["Statement.Overline"]} {statement.Reference}";
        document.Info.Author = agencyName;
        var family = PdfFonts.FamilyFor(CultureInfo.CurrentUICulture);
        var regular = new XFont(family, 9, XFontStyleEx.Regular);
        var bold = new XFont(family, 9, XFontStyleEx.Bold);
        var title = new XFont(family, 16, XFontStyleEx.Bold);
        var (page, gfx) = NewPage(document);
        var width = page.Width.Point - 2 * Margin;
        var y = Margin;
        gfx.DrawString(text["Statement.Overline"], title, XBrushes.Black, new XRect(Margin, y, width, 20), XStringFormats.TopLeft);
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

            var what = item.ProductName is { } product ? text["Pdf.ProductOrder", product, item.OrderId!].Value : Describe(item, market);
            gfx.DrawString(item.At.Day(market), regular, XBrushes.Black, new XRect(Margin, y, 70, Row), XStringFormats.TopLeft);
            gfx.DrawString(Fit(gfx, what, regular, width - 180), regular, XBrushes.Black, new XRect(Margin + 72, y, width - 180, Row), XStringFormats.TopLeft);
            gfx.DrawString(market.FormatMoney(item.Amount), regular, XBrushes.Black, new XRect(Margin, y, width, Row), XStringFormats.TopRight);
            y += Row;
        }

        gfx.DrawLine(XPens.Black, Margin, y + 2, Margin + width, y + 2);
        gfx.DrawString(text["Statement.Total"], bold, XBrushes.Black, new XRect(Margin, y + 5, width, Row), XStringFormats.TopLeft);
        gfx.DrawString(market.FormatMoney(statement.ItemsTotal), bold, XBrushes.Black, new XRect(Margin, y + 5, width, Row), XStringFormats.TopRight);
        gfx.Dispose();
        var footer = text["Pdf.Footer", statement.Reference, market.Symbol.Trim(), words[$"Market.{market.Code}"].Value, now.Moment(market)];
        Footers(document, regular, footer);
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    private IEnumerable<(string Label, string Value)> Facts(PayoutStatement s, Market market)
    {
        var status = PayoutStatementSheet.StatusText(text, s.Status, s.BatchStatus);
        yield return (text["Pdf.Payout"], s.Reference);
        yield return (text["Pdf.Creator"], $"{s.CreatorName} (@{s.CreatorHandle})");
        yield return (text["Pdf.PayDay"], s.PayDate.Day());
        yield return (text["Pdf.Status"], s.FailureReason is { } why ? $"{status}: {PayoutReasonText.Say(text, words, why)}" : status);
        if (s.Provider is not null)
        {
            yield return (text["Pdf.PaidTo"], $"{s.Provider} {s.AccountNumber} · {s.HolderName}");
        }

        yield return (text["Statement.Amount"], market.FormatMoney(s.Amount));
    }

    private string Describe(StatementItem item, Market market) =>
        item.DescriptionPhrase is { } said ? commissions.Say(words, market, said) : item.Description;

    private static (PdfPage Page, XGraphics Graphics) NewPage(PdfDocument document)
    {
        var page = document.AddPage();
        page.Size = PageSize.A4;
        return (page, XGraphics.FromPdfPage(page));
    }

    private double Header(XGraphics gfx, XFont bold, double width, double y)
    {
        gfx.DrawString(text["Statement.When"], bold, XBrushes.Black, new XRect(Margin, y, 70, Row), XStringFormats.TopLeft);
        gfx.DrawString(text["Statement.What"], bold, XBrushes.Black, new XRect(Margin + 72, y, width - 180, Row), XStringFormats.TopLeft);
        gfx.DrawString(text["Statement.Amount"], bold, XBrushes.Black, new XRect(Margin, y, width, Row), XStringFormats.TopRight);
        gfx.DrawLine(XPens.Gray, Margin, y + Row - 2, Margin + width, y + Row - 2);
        return y + Row + 2;
    }

    private void Footers(PdfDocument document, XFont font, string footer)
    {
        for (var i = 0; i < document.PageCount; i++)
        {
            var page = document.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var area = new XRect(Margin, page.Height.Point - Margin + 12, page.Width.Point - 2 * Margin, Row);
            gfx.DrawString(footer, font, XBrushes.Gray, area, XStringFormats.TopLeft);
            gfx.DrawString(text["Pdf.Page", i + 1, document.PageCount], font, XBrushes.Gray, area, XStringFormats.TopRight);
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
