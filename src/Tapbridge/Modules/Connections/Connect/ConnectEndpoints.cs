using System.Security.Claims;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.TikTokShop.Auth;
using Tapbridge.TikTokShop.Errors;

namespace Tapbridge.Modules.Connections.Connect;

/// <summary>The browser's side of the consent round trip: start (redirect to TikTok) and callback (TikTok redirects back).</summary>
internal static class ConnectEndpoints
{
    public const string CallbackPath = "/connections/tiktok/callback";

    public static void Map(WebApplication app)
    {
        var group = app.MapGroup("/connections/tiktok").ExcludeFromDescription();
        group.MapGet("/start", async (ClaimsPrincipal user, PartnerConnection connection, CancellationToken ct) =>
        {
            try
            {
                return Results.Redirect((await connection.StartAsync(Actor.From(user), ct)).ToString());
            }
            catch (RuleViolationException e)
            {
                return Back(error: e.Message);
            }
        }).RequireAuthorization(Policies.AgencyAdmin);

        // TikTok sends every consent of the app to this one address: a creator's goes on to the creator portal, a seller's
        // to the seller portal. A partner
        // consent completes only for the admin who started it, so signing in is the only requirement here.
        group.MapGet("/callback", async (string? code, string? state, string? error, ClaimsPrincipal user, PartnerConnection connection, TikTokConsent consent,
            HttpContext http, CancellationToken ct) =>
        {
            switch (await consent.KindOfAsync(state, ct))
            {
                case TikTokUserType.Creator:
                    return Results.LocalRedirect("/creator/tiktok/callback" + http.Request.QueryString);
                case TikTokUserType.Seller:
                    return Results.LocalRedirect("/seller/tiktok/callback" + http.Request.QueryString);
            }

            try
            {
                await connection.CompleteAsync(Actor.From(user), code, state, error, ct);
                return Back(error: null);
            }
            catch (Exception e) when (e is RuleViolationException or TikTokShopException)
            {
                return Back(error: e.Message);
            }
        }).RequireAuthorization();
    }

    private static IResult Back(string? error) =>
        Results.LocalRedirect(error is null ? "/agency/tiktok?connected=true" : $"/agency/tiktok?error={Uri.EscapeDataString(error)}");
}
