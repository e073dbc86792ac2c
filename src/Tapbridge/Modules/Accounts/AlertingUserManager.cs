using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Localization;
using Tapbridge.Platform.Mail;
using Tapbridge.Platform.Web;

namespace Tapbridge.Modules.Accounts;

/// <summary>
/// Identity's user manager, which also mails the owner the moment wrong passwords lock their account: anyone who knows
/// an email can trigger a lockout, so the owner learns of it and of the way back (reset the password). The lockout only
/// stops password sign-in; sessions and API tokens keep working. The mail is in the owner's language: whoever typed the
/// passwords may not be the owner.
/// </summary>
internal sealed class AlertingUserManager(
    IUserStore<TapbridgeUser> store,
    IOptions<IdentityOptions> options,
    IPasswordHasher<TapbridgeUser> hasher,
    IEnumerable<IUserValidator<TapbridgeUser>> userValidators,
    IEnumerable<IPasswordValidator<TapbridgeUser>> passwordValidators,
    ILookupNormalizer normalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<TapbridgeUser>> logger,
    Mailer mailer,
    PublicUrl urls,
    IStringLocalizer<AccountsMailText> text)
    : UserManager<TapbridgeUser>(store, options, hasher, userValidators, passwordValidators, normalizer, errors, services, logger)
{
    public override async Task<IdentityResult> AccessFailedAsync(TapbridgeUser user)
    {
        var wasLocked = await IsLockedOutAsync(user);
        var result = await base.AccessFailedAsync(user);
        if (result.Succeeded && !wasLocked && await IsLockedOutAsync(user))
        {
            var reset = urls.For("/account/forgot-password");
            var (subject, body) = LanguageScope.Write(user.Language, () => (text["Locked.Subject"].Value,
                text["Locked.Text", user.DisplayName, Options.Lockout.MaxFailedAccessAttempts, reset].Value));
            await mailer.SendAsync(user.Email!, subject, body);
        }

        return result;
    }
}
