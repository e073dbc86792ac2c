using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Mail;
using Tapbridge.Platform.Web;

namespace Tapbridge.Modules.Accounts;

/// <summary>The account mails: confirm an address, reset a password.</summary>
public sealed class AccountMail(UserManager<TapbridgeUser> users, Mailer mailer, PublicUrl urls)
{
    public async Task SendConfirmationAsync(TapbridgeUser user, CancellationToken cancellationToken)
    {
        var code = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        var link = urls.For($"/account/confirm-email?userId={user.Id}&code={code}");
        await mailer.SendAsync(user.Email!, "Confirm your Tapbridge email address",
            $"Hello {user.DisplayName},\n\nPlease confirm your email address for Tapbridge by opening this link:\n\n{link}\n\nIf you did not create a Tapbridge account, ignore this message.\n",
            cancellationToken);
    }

    public async Task SendPasswordResetAsync(TapbridgeUser user, CancellationToken cancellationToken)
    {
        var code = Encode(await users.GeneratePasswordResetTokenAsync(user));
        var link = urls.For($"/account/reset-password?email={Uri.EscapeDataString(user.Email!)}&code={code}");
        await mailer.SendAsync(user.Email!, "Reset your Tapbridge password",
            $"Hello {user.DisplayName},\n\nSomeone asked to reset the password of your Tapbridge account. To choose a new password, open this link:\n\n{link}\n\nIf it was not you, ignore this message: your password stays as it is.\n",
            cancellationToken);
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
}
