using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Localization;
using Tapbridge.Platform.Web;

namespace Tapbridge.Modules.Accounts.Languages;

/// <summary>Choosing a language: from any page's language menu (a form) or through the API.</summary>
internal static class LanguageEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapPost("/account/language", ChooseFromPageAsync)
            .AllowAnonymous()
            .WithMetadata(new RequireAntiforgeryTokenAttribute())
            .ExcludeFromDescription();
        app.MapPut("/api/v1/account/language", ChooseAsync)
            .RequireAuthorization(Policies.SignedIn)
            .WithTags("Account")
            .WithName("SetLanguage")
            .WithSummary("Sets the language of pages, mail and PDFs for the signed-in person: en, vi, th, id, ms or fil.");
    }

    /// <summary>Remembers the choice in the browser and, for a signed-in person, on the account; then goes back.</summary>
    private static async Task<IResult> ChooseFromPageAsync(
        [FromForm] string? language, [FromForm] string? returnUrl, HttpContext context, UserManager<TapbridgeUser> users,
        SignInManager<TapbridgeUser> signIn, PublicUrl publicUrl)
    {
        var back = returnUrl is { Length: > 0 } url
            && Uri.IsWellFormedUriString(url, UriKind.Relative)
            && url.StartsWith('/')
            && !url.StartsWith("//", StringComparison.Ordinal)
                ? url
                : "/";
        if (Language.Find(language) is not { } chosen)
        {
            return TypedResults.LocalRedirect(back);
        }

        LocalizationSetup.Remember(context.Response, chosen, publicUrl.IsHttps);
        if (context.User.Identity?.IsAuthenticated == true && await users.GetUserAsync(context.User) is { } user)
        {
            await SaveAsync(users, user, chosen);
            await signIn.RefreshSignInAsync(user);
        }

        return TypedResults.LocalRedirect(back);
    }

    private static async Task<Results<NoContent, ValidationProblem>> ChooseAsync(
        LanguageChoice choice, HttpContext context, UserManager<TapbridgeUser> users, SignInManager<TapbridgeUser> signIn)
    {
        if (Language.Find(choice.Language) is not { } chosen)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["language"] = [$"'{choice.Language}' is not a language Tapbridge speaks ({Codes})."],
            });
        }

        var user = await users.GetUserAsync(context.User) ?? throw new InvalidOperationException("A signed-in caller has an account.");
        await SaveAsync(users, user, chosen);
        if (context.User.Identity?.AuthenticationType == IdentityConstants.ApplicationScheme)
        {
            // A browser's cookie carries the language: renewed, so the next request is already in the new one.
            await signIn.RefreshSignInAsync(user);
        }

        return TypedResults.NoContent();
    }

    private static string Codes => string.Join(", ", Language.All.Select(l => l.Code));

    private static async Task SaveAsync(UserManager<TapbridgeUser> users, TapbridgeUser user, Language language)
    {
        user.Language = language.Code;
        await users.UpdateAsync(user);
    }
}

/// <summary>A language code: en, vi, th, id, ms or fil.</summary>
internal sealed record LanguageChoice(string Language);
