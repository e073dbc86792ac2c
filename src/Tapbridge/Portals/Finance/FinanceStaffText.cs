using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Tapbridge.Portals.Finance;

/// <summary>
/// The Finance pages' words (FinanceStaffText.resx and its Vietnamese translation; other languages read English).
/// </summary>
internal sealed class FinanceStaffText
{
    private FinanceStaffText()
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
}
