using System.Text.RegularExpressions;

namespace Tapbridge.Platform.Mail;

/// <summary>Splits a plain-text mail into text and links, so the mail folder can show links as links without rendering HTML.</summary>
public static partial class MailText
{
    public static IEnumerable<MailTextPart> Split(string text)
    {
        var position = 0;
        foreach (Match match in LinkPattern().Matches(text))
        {
            if (match.Index > position)
            {
                yield return new MailTextPart(text[position..match.Index], false);
            }

            yield return new MailTextPart(match.Value, true);
            position = match.Index + match.Length;
        }

        if (position < text.Length)
        {
            yield return new MailTextPart(text[position..], false);
        }
    }

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex LinkPattern();
}

public sealed record MailTextPart(string Text, bool IsLink);
