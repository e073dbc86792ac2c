using System.Security.Claims;
using Tapbridge.Modules.Connections;
using Tapbridge.Modules.Sellers.Shops;
using Tapbridge.Platform.Auth;

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
        browser.MapConsentRoundTrip("/seller/settings",
            (actor, services, ct) => services.GetRequiredService<SellerTikTok>().StartAsync(actor, ct),
            async (actor, reply, services, ct) =>
            {
                var registered = (await services.GetRequiredService<SellerShops>().GetAsync(actor, ct)).Shops.Select(s => s.ShopCode).ToList();
                await services.GetRequiredService<SellerTikTok>().CompleteAsync(actor, registered, reply, ct);
            },
            e => e.Field == "shops" ? "shops" : null);

        api.MapGet("/tiktok", async Task<IResult> (ClaimsPrincipal user, SellerTikTok tiktok, CancellationToken ct) =>
            await tiktok.AccountAsync(Actor.From(user).OrganizationId, ct) is { } account ? TypedResults.Ok(account) : TypedResults.NoContent()).WithName("GetMyShopAuthorization");
        api.MapPost("/tiktok/authorize", async (ClaimsPrincipal user, SellerTikTok tiktok, CancellationToken ct) =>
            TypedResults.Ok(new { ConsentUrl = await tiktok.StartAsync(Actor.From(user), ct) })).WithName("StartShopAuthorization");
    }
}
