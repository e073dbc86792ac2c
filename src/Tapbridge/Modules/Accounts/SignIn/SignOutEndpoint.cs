using Microsoft.AspNetCore.Identity;
using Tapbridge.Platform.Auth;

namespace Tapbridge.Modules.Accounts.SignIn;

internal static class SignOutEndpoint
{
    public static async Task<IResult> Handle(SignInManager<TapbridgeUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect("/");
    }
}
