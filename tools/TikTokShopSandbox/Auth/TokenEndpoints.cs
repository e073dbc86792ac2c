using TikTokShopSandbox.Common;
using TikTokShopSandbox.Signing;
using TikTokShopSandbox.World;

namespace TikTokShopSandbox.Auth;

/// <summary>The auth host's token calls: plain GETs, no signature, TikTok's envelope.</summary>
internal static class TokenEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v2/token/get", (HttpContext http) => Handle(http, AuthService.Exchange));
        app.MapGet("/api/v2/token/refresh", (HttpContext http) => Handle(http, AuthService.Refresh));
    }

    private static IResult Handle(HttpContext http, Func<SandboxWorld, IQueryCollection, object> action)
    {
        var world = http.RequestServices.GetRequiredService<SandboxWorld>();
        var gate = http.RequestServices.GetRequiredService<OpenApiGate>();
        byte[] body;
        lock (world.Sync)
        {
            try
            {
                body = gate.Envelope(ErrorCodes.Success, "success", action(world, http.Request.Query));
            }
            catch (ApiException e)
            {
                body = gate.Envelope(e.Code, e.Message);
            }
        }

        return Results.Bytes(body, "application/json");
    }
}
