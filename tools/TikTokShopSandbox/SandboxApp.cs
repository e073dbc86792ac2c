using TikTokShopSandbox.Admin;
using TikTokShopSandbox.Auth;
using TikTokShopSandbox.Campaigns;
using TikTokShopSandbox.Common;
using TikTokShopSandbox.Creators;
using TikTokShopSandbox.Orders;
using TikTokShopSandbox.Performance;
using TikTokShopSandbox.Products;
using TikTokShopSandbox.Sellers;
using TikTokShopSandbox.Signing;
using TikTokShopSandbox.Webhooks;
using TikTokShopSandbox.World;

namespace TikTokShopSandbox;

/// <summary>The sandbox's services and routes, shared by <c>Program</c> and <see cref="SandboxHost"/>.</summary>
internal static class SandboxApp
{
    public static void ConfigureServices(IServiceCollection services, SandboxOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(new SandboxWorld(options));
        services.AddSingleton<RateLimiter>();
        services.AddSingleton<OpenApiGate>();
        services.AddSingleton<WebhookDispatcher>();
        services.AddSingleton<ClockService>();
        services.ConfigureHttpJsonOptions(o => SandboxJson.Configure(o.SerializerOptions));
    }

    public static void MapEndpoints(WebApplication app)
    {
        TokenEndpoints.Map(app);
        ConsentPages.Map(app);
        AuthorizedIdentityEndpoints.Map(app);
        CampaignEndpoints.Map(app);
        ProductEndpoints.Map(app);
        PromotionLinkEndpoints.Map(app);
        PartnerOrderEndpoints.Map(app);
        PerformanceEndpoints.Map(app);
        SellerOrderEndpoints.Map(app);
        ReturnRefundEndpoints.Map(app);
        CreatorEndpoints.Map(app);
        AdminEndpoints.Map(app);
        app.MapFallback(async http =>
        {
            var gate = http.RequestServices.GetRequiredService<OpenApiGate>();
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            http.Response.ContentType = "application/json";
            await http.Response.Body.WriteAsync(gate.Envelope(ErrorCodes.InvalidPath, $"Invalid path or version: {http.Request.Method} {http.Request.Path}"), http.RequestAborted);
        });
    }
}
