using System.Security.Claims;
using Tapbridge.Modules.Connections;
using Tapbridge.Modules.Creators.Onboarding;
using Tapbridge.Platform.Auth;

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
        browser.MapConsentRoundTrip("/creator/settings",
            (actor, services, ct) => services.GetRequiredService<CreatorTikTok>().StartAsync(actor, ct),
            async (actor, reply, services, ct) =>
            {
                var onboarding = services.GetRequiredService<CreatorOnboarding>();
                var creator = (await onboarding.GetOwnAsync(actor, ct)).Creator;
                var account = await services.GetRequiredService<CreatorTikTok>().CompleteAsync(actor, creator.Handle, reply, ct);
                await onboarding.TikTokAuthorizedAsync(actor, account.Username, ct);
            },
            e => e.Field == "handle" ? "mismatch" : null);

        api.MapGet("/tiktok", async Task<IResult> (ClaimsPrincipal user, CreatorTikTok tiktok, CancellationToken ct) =>
            await tiktok.AccountAsync(Actor.From(user).OrganizationId, ct) is { } account ? TypedResults.Ok(account) : TypedResults.NoContent()).WithName("GetMyTikTokAuthorization");
        api.MapPost("/tiktok/authorize", async (ClaimsPrincipal user, CreatorTikTok tiktok, CancellationToken ct) =>
            TypedResults.Ok(new { ConsentUrl = await tiktok.StartAsync(Actor.From(user), ct) })).WithName("StartTikTokAuthorization");
    }
}
