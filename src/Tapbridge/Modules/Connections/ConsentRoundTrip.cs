using System.Security.Claims;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.TikTokShop.Errors;

namespace Tapbridge.Modules.Connections;

/// <summary>
/// The browser's side of a seller's or creator's consent: <c>start</c> sends the person to TikTok's page, <c>callback</c>
/// completes what TikTok sent back and returns to their settings page with what happened as a code the page turns into
/// words (never text from the query string).
/// </summary>
public static class ConsentRoundTrip
{
    /// <param name="browser">The portal's group, e.g. <c>/seller/tiktok</c>, with its policy.</param>
    /// <param name="settingsPage">Where the person lands afterwards, with <c>tiktok=connected</c> or <c>tiktokError=code</c>.</param>
    /// <param name="start">Starts the consent; returns TikTok's page.</param>
    /// <param name="complete">Completes it from TikTok's reply.</param>
    /// <param name="refusal">The code for a refusal of the kind's own (a wrong handle, no registered shop); null for the usual ones.</param>
    public static void MapConsentRoundTrip(this RouteGroupBuilder browser, string settingsPage,
        Func<Actor, IServiceProvider, CancellationToken, Task<Uri>> start,
        Func<Actor, ConsentReply, IServiceProvider, CancellationToken, Task> complete,
        Func<RuleViolationException, string?> refusal)
    {
        ArgumentNullException.ThrowIfNull(browser);
        IResult Back(string? error) => Results.LocalRedirect(error is null ? $"{settingsPage}?tiktok=connected" : $"{settingsPage}?tiktokError={error}");
        browser.MapGet("/start", async (ClaimsPrincipal user, HttpContext http, CancellationToken ct) =>
        {
            try
            {
                return Results.Redirect((await start(Actor.From(user), http.RequestServices, ct)).ToString());
            }
            catch (RuleViolationException)
            {
                return Back("unavailable");
            }
        });
        browser.MapGet("/callback", async (string? code, string? state, string? error, ClaimsPrincipal user, HttpContext http, CancellationToken ct) =>
        {
            try
            {
                await complete(Actor.From(user), new ConsentReply(code, state, error), http.RequestServices, ct);
                return Back(null);
            }
            catch (RuleViolationException e)
            {
                return Back(refusal(e) ?? (error == "auth_denied" ? "declined" : "failed"));
            }
            catch (TikTokShopException)
            {
                return Back("failed");
            }
        });
    }
}

/// <summary>What TikTok's redirect brought back: the code to trade, the state to check, or the error.</summary>
public sealed record ConsentReply(string? Code, string? State, string? Error);
