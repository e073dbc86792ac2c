using System.Text.RegularExpressions;
using MimeKit;

namespace Tapbridge.Tests.Infrastructure;

/// <summary>Reads what the app wrote to its mail folder, as a person trying the demo would.</summary>
public static partial class MailFolderReader
{
    public static MimeMessage LatestTo(this TapbridgeApp app, string email)
    {
        var messages = Directory.Exists(app.MailFolder)
            ? Directory.EnumerateFiles(app.MailFolder, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f)).ToList()
            : [];
        return messages.LastOrDefault(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, email, StringComparison.OrdinalIgnoreCase)))
            ?? throw new ShouldAssertException($"No mail to {email} in {app.MailFolder} ({messages.Count} messages).");
    }

    /// <summary>The path and query of the first link in the mail (links point at App:PublicUrl, the test host).</summary>
    public static string LinkPath(this MimeMessage message)
    {
        var match = Link().Match(message.TextBody ?? "");
        match.Success.ShouldBeTrue($"The mail '{message.Subject}' has no link.");
        return new Uri(match.Value).PathAndQuery;
    }

    /// <summary>Every mail to <paramref name="email"/>, for a test whose clock stands still (mails then share a timestamp and "the latest" is not defined).</summary>
    public static List<MimeMessage> AllTo(this TapbridgeApp app, string email) =>
        Directory.Exists(app.MailFolder)
            ? [.. Directory.EnumerateFiles(app.MailFolder, "*.eml").Select(f => MimeMessage.Load(f)).Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, email, StringComparison.OrdinalIgnoreCase)))]
            : [];

    /// <summary>The six-digit code a mail's subject starts with ("123456 is your Tapbridge code"), or "" when it has none.</summary>
    public static string CodeInSubject(this MimeMessage message) => SixDigits().Match(message.Subject ?? "").Value;

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();

    [GeneratedRegex(@"^\d{6}")]
    private static partial Regex SixDigits();
}
