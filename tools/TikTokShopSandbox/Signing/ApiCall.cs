using TikTokShopSandbox.Auth;
using TikTokShopSandbox.Common;
using TikTokShopSandbox.World;

namespace TikTokShopSandbox.Signing;

/// <summary>An Open API call that passed every check: who calls, for which cipher, with which parameters.</summary>
internal sealed class ApiCall(SandboxWorld world, HttpContext http, ApiQuery query, byte[] body, Grant grant)
{
    private JsonBody? parsedBody;

    public SandboxWorld World => world;

    public long Now => world.Now;

    public ApiQuery Query => query;

    public Grant Grant => grant;

    public CategoryAsset? Asset { get; init; }

    public Shop? Shop { get; init; }

    public JsonBody Body => parsedBody ??= JsonBody.Parse(body, ApiException.Invalid);

    public string Route(string name) => http.Request.RouteValues[name]?.ToString() ?? "";
}
