using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Mail;
using Tapbridge.Platform.Web;

namespace Tapbridge.Modules.Accounts;

/// <summary>
/// Identity's user manager, which also mails the owner the moment wrong passwords lock their account: anyone who knows
/// an email can trigger a lockout, so the owner learns of it and of the way back (reset the password). The lockout only
/// stops password sign-in; sessions and API tokens keep working.
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
    PublicUrl urls)
    : UserManager<TapbridgeUser>(store, options, hasher, userValidators, passwordValidators, normalizer, errors, services, logger)
{
    public override async Task<IdentityResult> AccessFailedAsync(TapbridgeUser user)
    {
        var wasLocked = await IsLockedOutAsync(user);
        var result = await base.AccessFailedAsync(user);
        if (result.Succeeded && !wasLocked && await IsLockedOutAsync(user))
        {
            await mailer.SendAsync(user.Email!, "Your Tapbridge account was locked for 15 minutes",
                $"Hello {user.DisplayName},\n\nSomeone entered a wrong password for your Tapbridge account "
                + $"{Options.Lockout.MaxFailedAccessAttempts} times, so signing in with a password is paused for 15 minutes. "
                + "You stay signed in where you already are, and your API tokens keep working.\n\n"
                + $"If it was not you, choose a new password: {urls.For("/account/forgot-password")}\n");
        }

        return result;
    }
}
