using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Tapbridge.Platform.Localization;

namespace Tapbridge.Modules.Commissions.Components;

/// <summary>
/// The words of the commission components only agency staff see (CommissionsStaffText.resx and its Vietnamese
/// translation; other languages read English).
/// </summary>
internal sealed class CommissionsStaffText
{
    private CommissionsStaffText()
    {
    }

    /// <summary>
    /// A translated sentence that marks a part in bold with &lt;b&gt; (the resx is ours), its values HTML-encoded: names
    /// people typed stay text.
    /// </summary>
    public static MarkupString Html(LocalizedString sentence, params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(values);
        var encoded = values.Select(v => (object)WebUtility.HtmlEncode(Convert.ToString(v, CultureInfo.CurrentCulture) ?? "")).ToArray();
        return new(string.Format(CultureInfo.CurrentCulture, sentence.Value, encoded));
    }

    /// <summary>"November 2026" in the reader's language for a month key "2026-11"; anything else as it is.</summary>
    public static string MonthName(string yearMonth) =>
        DateOnly.TryParseExact(yearMonth + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            ? first.Month()
            : yearMonth;
}
