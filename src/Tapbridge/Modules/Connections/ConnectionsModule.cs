using Tapbridge.Platform.Jobs;
using Tapbridge.Platform.Startup;
using System.Security.Claims;
using Tapbridge.Modules.Connections.Connect;
using Tapbridge.Modules.Connections.Demo;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Demo;

namespace Tapbridge.Modules.Connections;

/// <summary>The agency's TikTok Shop app and its partner authorization: settings, connect, status, token refresh.</summary>
public static class ConnectionsModule
{
    public static WebApplicationBuilder AddConnections(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSettings<SandboxSettings>("Sandbox");
        services.AddHttpClient(nameof(TikTokClients));
        services.AddSingleton<TikTokClients>();
        services.AddScoped<TikTokAppSettings>();
        services.AddScoped<TikTokConsent>();
        services.AddScoped<PartnerConnection>();
        services.AddScoped<CreatorTikTok>();
        services.AddScoped<SellerTikTok>();
        // Keeps the partner token fresh even when nothing calls TikTok for days (tokens live 7 days).
        services.AddRecurringJob<PartnerConnection>("tiktok-token-refresh", _ => TimeSpan.FromMinutes(15), (partner, ct) => partner.RefreshIfDueAsync(ct));
        services.AddSingleton<DemoSandbox>();

        services.AddScoped<IDemoSeeder, ConnectionsDemo>();
        return builder;
    }

    public static WebApplication MapConnections(this WebApplication app)
    {
        ConnectEndpoints.Map(app);
        var api = app.MapGroup("/api/v1/agency/tiktok").WithTags("TikTok Shop");
        api.MapGet("/", async (PartnerConnection connection, TikTokAppSettings settings, CancellationToken ct) =>
            TypedResults.Ok(new TikTokStatusResponse(await settings.GetAsync(ct), await connection.StatusAsync(ct))))
            .RequireAuthorization(Policies.AgencyStaff).WithName("GetTikTokConnection");
        api.MapPut("/app", async (TikTokAppChange change, ClaimsPrincipal user, TikTokAppSettings settings, CancellationToken ct) =>
        {
            await settings.SaveAsync(Actor.From(user), change, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(Policies.AgencyAdmin).WithName("ConfigureTikTokApp");
        api.MapPost("/test", async (PartnerConnection connection, CancellationToken ct) => TypedResults.Ok(await connection.TestAsync(ct)))
            .RequireAuthorization(Policies.AgencyAdmin).WithName("TestTikTokConnection");
        return app;
    }
}

internal sealed record TikTokStatusResponse(TikTokAppView? App, ConnectionStatusView Connection);
