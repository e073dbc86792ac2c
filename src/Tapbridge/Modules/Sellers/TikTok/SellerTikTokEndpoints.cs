using System.Security.Claims;
using Tapbridge.Modules.Connections;
using Tapbridge.Modules.Sellers.Shops;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.TikTokShop.Errors;

namespace Tapbridge.Modules.Sellers.TikTok;

/// <summary>
/// A seller authorizes the agency's app in TikTok for their shops: the browser round trip (start, TikTok's consent
/// page, callback), after which TikTok sends the app the shops' order, cancellation and return webhooks.
/// </summary>
internal static class SellerTikTokEndpoints
{
    public static void MapSellerTikTok(this WebApplication app, RouteGroupBuilder api)
    {
        var browser = app.MapGroup("/seller/tiktok").RequireAuthorization(Policies.Seller).ExcludeFromDescription();
        browser.MapGet("/start", async (ClaimsPrincipal user, SellerTikTok tiktok, CancellationToken ct) =>
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
        browser.MapGet("/callback", async (string? code, string? state, string? error, ClaimsPrincipal user, SellerTikTok tiktok, SellerShops shops, CancellationToken ct) =>
        {
            try
            {
                var actor = Actor.From(user);
                var registered = (await shops.GetAsync(actor, ct)).Shops.Select(s => s.ShopCode).ToList();
                await tiktok.CompleteAsync(actor, registered, code, state, error, ct);
                return Back(null);
            }
            catch (RuleViolationException e)
            {
                return Back(e.Field == "shops" ? "shops" : error == "auth_denied" ? "declined" : "failed");
            }
            catch (TikTokShopException)
            {
                return Back("failed");
            }
        });

        api.MapGet("/tiktok", async Task<IResult> (ClaimsPrincipal user, SellerTikTok tiktok, CancellationToken ct) =>
            await tiktok.AccountAsync(Actor.From(user).OrganizationId, ct) is { } account ? TypedResults.Ok(account) : TypedResults.NoContent()).WithName("GetMyShopAuthorization");
        api.MapPost("/tiktok/authorize", async (ClaimsPrincipal user, SellerTikTok tiktok, CancellationToken ct) =>
            TypedResults.Ok(new { ConsentUrl = await tiktok.StartAsync(Actor.From(user), ct) })).WithName("StartShopAuthorization");
    }

    /// <summary>Back to the settings page with what happened as a code the page turns into words (never text from the query string).</summary>
    private static IResult Back(string? error) =>
        Results.LocalRedirect(error is null ? "/seller/settings?tiktok=connected" : $"/seller/settings?tiktokError={error}");
}
