using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;

namespace Tapbridge.Portals.Shell;

/// <summary>
/// A translated sentence whose {0}, {1}… stand out in an element (strong, code) while the values stay encoded text:
/// translators keep the whole sentence, and an email or password never becomes markup.
/// </summary>
internal static partial class ShellMarkup
{
    public static RenderFragment Wrap(string sentence, string element, params string[] values) => builder =>
    {
        var at = 0;
        foreach (Match match in Placeholder().Matches(sentence))
        {
            builder.AddContent(0, sentence[at..match.Index]);
            builder.OpenElement(1, element);
            builder.AddContent(2, values[int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture)]);
            builder.CloseElement();
            at = match.Index + match.Length;
        }

        builder.AddContent(3, sentence[at..]);
    };

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();
}
