using System.Security.Claims;
using Tapbridge.Modules.Connections;
using Tapbridge.Modules.Creators.Onboarding;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.TikTokShop.Errors;

namespace Tapbridge.Modules.Creators.TikTok;

/// <summary>
/// A creator authorizes Tapbridge in TikTok: the browser round trip (start, TikTok's consent page, callback), which
/// proves the handle when the TikTok account is the creator's, and lets Tapbridge read the creator's Showcase.
/// </summary>
internal static class CreatorTikTokEndpoints
{
    public static void MapCreatorTikTok(this WebApplication app, RouteGroupBuilder api)
    {
        var browser = app.MapGroup("/creator/tiktok").RequireAuthorization(Policies.Creator).ExcludeFromDescription();
        browser.MapGet("/start", async (ClaimsPrincipal user, CreatorTikTok tiktok, CancellationToken ct) =>
        {
            try
            {
                return Results.Redirect((await tiktok.StartAsync(Actor.From(user), ct)).ToString());
            }
            catch (RuleViolationException)
            {
                return Back("unavailable");
            }
        });
        browser.MapGet("/callback", async (string? code, string? state, string? error, ClaimsPrincipal user, CreatorTikTok tiktok, CreatorOnboarding onboarding, CancellationToken ct) =>
        {
            try
            {
                var actor = Actor.From(user);
                var creator = (await onboarding.GetOwnAsync(actor, ct)).Creator;
                var account = await tiktok.CompleteAsync(actor, creator.Handle, code, state, error, ct);
                await onboarding.TikTokAuthorizedAsync(actor, account.Username, ct);
                return Back(null);
            }
            catch (RuleViolationException e)
            {
                return Back(e.Field == "handle" ? "mismatch" : error == "auth_denied" ? "declined" : "failed");
            }
            catch (TikTokShopException)
            {
                return Back("failed");
            }
        });

        api.MapGet("/tiktok", async Task<IResult> (ClaimsPrincipal user, CreatorTikTok tiktok, CancellationToken ct) =>
            await tiktok.AccountAsync(Actor.From(user).OrganizationId, ct) is { } account ? TypedResults.Ok(account) : TypedResults.NoContent()).WithName("GetMyTikTokAuthorization");
        api.MapPost("/tiktok/authorize", async (ClaimsPrincipal user, CreatorTikTok tiktok, CancellationToken ct) =>
            TypedResults.Ok(new { ConsentUrl = await tiktok.StartAsync(Actor.From(user), ct) })).WithName("StartTikTokAuthorization");
    }

    /// <summary>Back to the settings page with what happened as a code the page turns into words (never text from the query string).</summary>
    private static IResult Back(string? error) =>
        Results.LocalRedirect(error is null ? "/creator/settings?tiktok=connected" : $"/creator/settings?tiktokError={error}");
}
