using TikTokShopSandbox.Common;
using TikTokShopSandbox.World;

namespace TikTokShopSandbox.Admin;

/// <summary>A <c>/sandbox/…</c> call: plain JSON in and out, <c>{"error": …}</c> with 400/404/409 when refused.</summary>
internal sealed class AdminCall(SandboxWorld world, HttpContext http, byte[] body)
{
    private JsonBody? parsedBody;

    public SandboxWorld World => world;

    public JsonBody Body => parsedBody ??= JsonBody.Parse(body, AdminException.BadRequest);

    public string Route(string name) => http.Request.RouteValues[name]?.ToString() ?? "";
}

internal static class AdminRoutes
{
    public static void AdminGet(this IEndpointRouteBuilder app, string pattern, Func<AdminCall, object> endpoint) =>
        app.MapMethods(pattern, [HttpMethods.Get], Delegate(endpoint));

    public static void AdminPost(this IEndpointRouteBuilder app, string pattern, Func<AdminCall, object> endpoint) =>
        app.MapMethods(pattern, [HttpMethods.Post], Delegate(endpoint));

    public static async Task WriteAsync(HttpContext http, int status, object value)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        await http.Response.Body.WriteAsync(SandboxJson.Serialize(value), http.RequestAborted);
    }

    public static async Task<byte[]> ReadBodyAsync(HttpContext http)
    {
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
        return buffer.ToArray();
    }

    private static RequestDelegate Delegate(Func<AdminCall, object> endpoint) => async http =>
    {
        var world = http.RequestServices.GetRequiredService<SandboxWorld>();
        var body = await ReadBodyAsync(http);
        int status;
        byte[] response;
        lock (world.Sync)
        {
            try
            {
                response = SandboxJson.Serialize(endpoint(new AdminCall(world, http, body)));
                status = StatusCodes.Status200OK;
            }
            catch (AdminException e)
            {
                response = SandboxJson.Serialize(new { Error = e.Message });
                status = e.Status;
            }
        }

        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        await http.Response.Body.WriteAsync(response, http.RequestAborted);
    };
}
