using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Components;

namespace Tapbridge.Portals.Agency;

/// <summary>
/// The agency staff pages' words (AgencyStaffText.resx and its Vietnamese translation; other languages read English).
/// </summary>
internal sealed class AgencyStaffText
{
    private AgencyStaffText()
    {
    }

    /// <summary>A translated sentence whose {0} is shown as code (a path, an address): both are HTML-encoded.</summary>
    public static MarkupString WithCode(string sentence, string code) =>
        new(string.Format(CultureInfo.CurrentCulture, WebUtility.HtmlEncode(sentence), $"<code>{WebUtility.HtmlEncode(code)}</code>"));
}
