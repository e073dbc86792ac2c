using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Localization;
using Tapbridge.Platform.Mail;
using Tapbridge.Platform.Web;

namespace Tapbridge.Modules.Accounts;

/// <summary>
/// The account mails: confirm an address, reset a password. Both go to the person asking right now, so without a
/// language of their own they read the page's (a creator who signs up chooses hers only after this mail).
/// </summary>
public sealed class AccountMail(UserManager<TapbridgeUser> users, Mailer mailer, PublicUrl urls, IStringLocalizerFactory localizers)
{
    // Through the factory: the marker is internal, so this public class cannot take its typed localizer.
    private readonly IStringLocalizer text = localizers.Create(typeof(AccountsMailText));

    public async Task SendConfirmationAsync(TapbridgeUser user, CancellationToken cancellationToken)
    {
        var code = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        var link = urls.For($"/account/confirm-email?userId={user.Id}&code={code}");
        await SendAsync(user, "Confirm", link, cancellationToken);
    }

    public async Task SendPasswordResetAsync(TapbridgeUser user, CancellationToken cancellationToken)
    {
        var code = Encode(await users.GeneratePasswordResetTokenAsync(user));
        var link = urls.For($"/account/reset-password?email={Uri.EscapeDataString(user.Email!)}&code={code}");
        await SendAsync(user, "Reset", link, cancellationToken);
    }

    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? Decode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Sends the mail whose texts are "<paramref name="mail"/>.Subject" and "<paramref name="mail"/>.Text".</summary>
    private Task SendAsync(TapbridgeUser user, string mail, string link, CancellationToken cancellationToken)
    {
        var (subject, body) = LanguageScope.Write(Language.Find(user.Language) ?? Language.Current,
            () => (text[$"{mail}.Subject"].Value, text[$"{mail}.Text", user.DisplayName, link].Value));
        return mailer.SendAsync(user.Email!, subject, body, cancellationToken);
    }
}
