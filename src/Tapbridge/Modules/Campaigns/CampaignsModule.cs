using Microsoft.Extensions.Options;
using Tapbridge.Platform.Jobs;
using Tapbridge.Platform.Startup;
using System.Security.Claims;
using Tapbridge.Modules.Campaigns.Categories;
using Tapbridge.Modules.Campaigns.Demo;
using Tapbridge.Modules.Campaigns.Registrations;
using Tapbridge.Modules.Campaigns.Review;
using Tapbridge.Modules.Campaigns.Sync;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Demo;

namespace Tapbridge.Modules.Campaigns;

/// <summary>
/// TAP campaigns: the agency creates, publishes and closes them per market (in TikTok when the market is connected),
/// sellers register products into them, the agency reviews the registrations and forwards approved products to creators.
/// </summary>
public static class CampaignsModule
{
    public static WebApplicationBuilder AddCampaigns(this WebApplicationBuilder builder)
    {
        builder.Services.AddSettings<CampaignSettings>("Campaigns");
        builder.Services.AddScoped<CampaignService>();
        builder.Services.AddScoped<CategoryTree>();
        builder.Services.AddScoped<SellerRegistrations>();
        builder.Services.AddScoped<RegistrationReview>();
        builder.Services.AddScoped<ReviewNotifier>();
        builder.Services.AddScoped<RegistrationSync>();
        builder.Services.AddScoped<ForwardingCatalogue>();
        builder.Services.AddScoped<ProductMarketplace>();
        builder.Services.AddRecurringJob<RegistrationSync>("registration-sync",
            s => TimeSpan.FromMinutes(s.GetRequiredService<IOptions<CampaignSettings>>().Value.SyncMinutes), (sync, ct) => sync.SyncAllAsync(ct));
        builder.Services.AddScoped<IDemoSeeder, CampaignsDemo>();
        builder.Services.AddScoped<IDemoSeeder, RegistrationsDemo>();
        return builder;
    }

    public static WebApplication MapCampaigns(this WebApplication app)
    {
        var campaigns = app.MapGroup("/api/v1/agency/campaigns").WithTags("Campaigns");
        campaigns.MapGet("/", async (string? market, CampaignStatus? status, CampaignService service, CancellationToken ct) =>
            TypedResults.Ok(await service.ListAsync(market, status, ct))).RequireAuthorization(Policies.AgencyStaff).WithName("ListCampaigns");
        campaigns.MapGet("/{id:guid}", async (Guid id, CampaignService service, CancellationToken ct) =>
            TypedResults.Ok(await service.GetAsync(id, ct))).RequireAuthorization(Policies.AgencyStaff).WithName("GetCampaign");
        campaigns.MapGet("/{id:guid}/sync", async (Guid id, RegistrationSync sync, CancellationToken ct) =>
            TypedResults.Ok(await sync.StatusAsync(id, ct))).RequireAuthorization(Policies.AgencyStaff).WithName("GetRegistrationSyncStatus");

        var manage = campaigns.MapGroup("/").RequireAuthorization(Policies.AgencyManager);
        manage.MapPost("/", async (NewCampaignRequest request, ClaimsPrincipal user, CampaignService service, CancellationToken ct) =>
        {
            var campaign = await service.CreateAsync(Actor.From(user), request.Market, request.Terms, ct);
            return TypedResults.Created($"/api/v1/agency/campaigns/{campaign.Id}", campaign);
        }).WithName("CreateCampaign");
        manage.MapPut("/{id:guid}", async (Guid id, CampaignTerms terms, ClaimsPrincipal user, CampaignService service, CancellationToken ct) =>
            TypedResults.Ok(await service.EditAsync(Actor.From(user), id, terms, ct))).WithName("EditCampaign");
        manage.MapPost("/{id:guid}/publish", async (Guid id, ClaimsPrincipal user, CampaignService service, CancellationToken ct) =>
            TypedResults.Ok(await service.PublishAsync(Actor.From(user), id, ct))).WithName("PublishCampaign");
        manage.MapPost("/{id:guid}/send-to-tiktok", async (Guid id, ClaimsPrincipal user, CampaignService service, CancellationToken ct) =>
            TypedResults.Ok(await service.SendToTikTokAsync(Actor.From(user), id, ct))).WithName("SendCampaignToTikTok");
        manage.MapPost("/{id:guid}/close", async (Guid id, ClaimsPrincipal user, CampaignService service, CancellationToken ct) =>
            TypedResults.Ok(await service.CloseAsync(Actor.From(user), id, ct))).WithName("CloseCampaign");
        manage.MapPost("/{id:guid}/sync", async (Guid id, RegistrationSync sync, CancellationToken ct) =>
            TypedResults.Ok(await sync.SyncCampaignAsync(id, ct))).WithName("SyncRegistrations");
        manage.MapPost("/{id:guid}/promotion-links", async (Guid id, ClaimsPrincipal user, ForwardingCatalogue catalogue, CancellationToken ct) =>
            TypedResults.Ok(await catalogue.GenerateLinksAsync(Actor.From(user), id, ct))).WithName("GeneratePromotionLinks");

        app.MapGet("/api/v1/categories", async (string market, CategoryTree tree, CancellationToken ct) => TypedResults.Ok(await tree.ListAsync(market, ct)))
            .RequireAuthorization(Policies.SignedIn).WithTags("Campaigns").WithName("ListCategories");
        app.MapRegistrations();
        return app;
    }
}

public sealed record NewCampaignRequest(string Market, CampaignTerms Terms);
