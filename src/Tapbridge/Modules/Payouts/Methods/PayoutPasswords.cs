using Microsoft.AspNetCore.Identity;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;

namespace Tapbridge.Modules.Payouts.Methods;

/// <summary>The password asked again before anything about where payouts go changes; wrong ones count towards the account's lockout.</summary>
internal static class PayoutPasswords
{
    public static async Task ConfirmAsync(UserManager<TapbridgeUser> users, TapbridgeUser user, string? password)
    {
        RuleViolationException.Require<PayoutsRules>(!await users.IsLockedOutAsync(user), "password", "Password.LockedOut");
        if (!await users.CheckPasswordAsync(user, password ?? ""))
        {
            await users.AccessFailedAsync(user);
            throw RuleViolationException.Say<PayoutsRules>("Password.Wrong", "password");
        }
    }
}
