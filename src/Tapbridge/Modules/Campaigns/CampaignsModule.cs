using System.Security.Claims;
using Tapbridge.Modules.Campaigns.Demo;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Demo;

namespace Tapbridge.Modules.Campaigns;

/// <summary>TAP campaigns: the agency creates, publishes and closes them per market, in TikTok when the market is connected.</summary>
public static class CampaignsModule
{
    public static WebApplicationBuilder AddCampaigns(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<CampaignService>();
        builder.Services.AddScoped<IDemoSeeder, CampaignsDemo>();
        return builder;
    }

    public static WebApplication MapCampaigns(this WebApplication app)
    {
        var campaigns = app.MapGroup("/api/v1/agency/campaigns").WithTags("Campaigns");
        campaigns.MapGet("/", async (string? market, CampaignStatus? status, CampaignService service, CancellationToken ct) =>
            TypedResults.Ok(await service.ListAsync(market, status, ct))).RequireAuthorization(Policies.AgencyStaff).WithName("ListCampaigns");
        campaigns.MapGet("/{id:guid}", async (Guid id, CampaignService service, CancellationToken ct) =>
            TypedResults.Ok(await service.GetAsync(id, ct))).RequireAuthorization(Policies.AgencyStaff).WithName("GetCampaign");

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
        return app;
    }
}

public sealed record NewCampaignRequest(string Market, CampaignTerms Terms);
