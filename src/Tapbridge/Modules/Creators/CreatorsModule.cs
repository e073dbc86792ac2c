using Microsoft.Extensions.Options;
using Tapbridge.Platform.Jobs;
using Tapbridge.Platform.Startup;
using System.Security.Claims;
using Tapbridge.Modules.Creators.Demo;
using Tapbridge.Modules.Creators.Marketplace;
using Tapbridge.Modules.Creators.Onboarding;
using Tapbridge.Modules.Creators.SignUp;
using Tapbridge.Modules.Creators.Tiers;
using Tapbridge.Modules.Creators.TikTok;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Demo;

namespace Tapbridge.Modules.Creators;

/// <summary>Creators: their accounts (a TikTok handle in a market), onboarding and the agency's approval; later tiers and the showcase.</summary>
public static class CreatorsModule
{
    public static WebApplicationBuilder AddCreators(this WebApplicationBuilder builder)
    {
        builder.Services.AddSettings<CreatorSettings>("Creators");
        builder.Services.AddScoped<CreatorSignUp>();
        builder.Services.AddScoped<CreatorDirectory>();
        builder.Services.AddScoped<CreatorOnboarding>();
        builder.Services.AddScoped<CreatorTiers>();
        builder.Services.AddRecurringJob<CreatorTiers>("creator-tiers",
            s => TimeSpan.FromHours(s.GetRequiredService<IOptions<CreatorSettings>>().Value.TierHours), (tiers, ct) => tiers.TryRecalculateAsync(ct));
        builder.Services.AddScoped<IDemoSeeder, CreatorsDemo>();
        return builder;
    }

    public static WebApplication MapCreators(this WebApplication app)
    {
        var creator = app.MapGroup("/api/v1/creator").WithTags("Creator").RequireAuthorization(Policies.Creator);
        creator.MapGet("/profile", async (ClaimsPrincipal user, CreatorOnboarding onboarding, CancellationToken ct) =>
            TypedResults.Ok((await onboarding.GetOwnAsync(Actor.From(user), ct)).Creator)).WithName("GetMyCreatorProfile");
        creator.MapPut("/profile", async (ProfileChange change, ClaimsPrincipal user, CreatorOnboarding onboarding, CancellationToken ct) =>
            TypedResults.Ok(await onboarding.UpdateOwnProfileAsync(Actor.From(user), change, ct))).WithName("UpdateMyCreatorProfile");
        creator.MapPost("/verification/code-posted", async (ClaimsPrincipal user, CreatorOnboarding onboarding, CancellationToken ct) =>
            TypedResults.Ok(await onboarding.CodePostedAsync(Actor.From(user), ct))).WithName("BioCodePosted");
        creator.MapPost("/reapply", async (ClaimsPrincipal user, CreatorOnboarding onboarding, CancellationToken ct) =>
            TypedResults.Ok(await onboarding.ReapplyAsync(Actor.From(user), ct))).WithName("ReapplyAsCreator");
        creator.MapGet("/tier", async (ClaimsPrincipal user, CreatorTiers tiers, CancellationToken ct) =>
            TypedResults.Ok(await tiers.MineAsync(Actor.From(user), ct))).WithName("GetMyTier");
        creator.MapCreatorProducts();
        app.MapCreatorTikTok(creator);

        var agency = app.MapGroup("/api/v1/agency/creators").WithTags("Agency creators");
        agency.MapGet("/", async (CreatorStatus? status, string? market, string? search, int? page, int? pageSize, CreatorOnboarding onboarding, CancellationToken ct) =>
            TypedResults.Ok(await onboarding.QueueAsync(new CreatorQuery
            {
                Status = status, Market = market?.ToUpperInvariant(), Search = search, Page = page ?? 1, PageSize = pageSize ?? 25,
            }, ct))).RequireAuthorization(Policies.AgencyStaff).WithName("ListCreators");
        agency.MapGet("/{id:guid}", async (Guid id, CreatorOnboarding onboarding, CancellationToken ct) =>
            TypedResults.Ok(await onboarding.GetAsync(id, ct))).RequireAuthorization(Policies.AgencyStaff).WithName("GetCreator");
        agency.MapGet("/eligibility", async (CreatorOnboarding onboarding, CancellationToken ct) =>
            TypedResults.Ok(await onboarding.EligibilityAsync(ct))).RequireAuthorization(Policies.AgencyStaff).WithName("GetCreatorEligibility");
        agency.MapPut("/eligibility/{market}", async (string market, EligibilityChange change, ClaimsPrincipal user, CreatorOnboarding onboarding, CancellationToken ct) =>
            TypedResults.Ok(await onboarding.SetEligibilityAsync(Actor.From(user), market, change.MinimumFollowers, ct))).RequireAuthorization(Policies.AgencyAdmin).WithName("SetCreatorEligibility");

        agency.MapGet("/tiers", async (CreatorTiers tiers, CancellationToken ct) =>
            TypedResults.Ok(await tiers.ThresholdsAsync(ct))).RequireAuthorization(Policies.AgencyStaff).WithName("GetTierThresholds");
        agency.MapPut("/tiers/{market}", async (string market, TierChange change, ClaimsPrincipal user, CreatorTiers tiers, CancellationToken ct) =>
            TypedResults.Ok(await tiers.SetThresholdsAsync(Actor.From(user), market, change, ct))).RequireAuthorization(Policies.AgencyAdmin).WithName("SetTierThresholds");
        agency.MapPost("/tiers/recalculate", async (CreatorTiers tiers, CancellationToken ct) =>
            TypedResults.Ok(new { Changed = await tiers.RecalculateAsync(ct) })).RequireAuthorization(Policies.AgencyManager).WithName("RecalculateTiers");

        var decide = agency.MapGroup("/{id:guid}").RequireAuthorization(Policies.AgencyManager);
        decide.MapPost("/confirm-handle", async (Guid id, ClaimsPrincipal user, CreatorOnboarding onboarding, CancellationToken ct) =>
            TypedResults.Ok(await onboarding.ConfirmHandleAsync(Actor.From(user), id, ct))).WithName("ConfirmCreatorHandle");
        decide.MapPost("/approve", async (Guid id, ClaimsPrincipal user, CreatorOnboarding onboarding, CancellationToken ct) =>
            TypedResults.Ok(await onboarding.ApproveAsync(Actor.From(user), id, ct))).WithName("ApproveCreator");
        decide.MapPost("/reject", async (Guid id, ReasonBody body, ClaimsPrincipal user, CreatorOnboarding onboarding, CancellationToken ct) =>
            TypedResults.Ok(await onboarding.RejectAsync(Actor.From(user), id, body.Reason, ct))).WithName("RejectCreator");
        decide.MapPost("/suspend", async (Guid id, ReasonBody body, ClaimsPrincipal user, CreatorOnboarding onboarding, CancellationToken ct) =>
            TypedResults.Ok(await onboarding.SuspendAsync(Actor.From(user), id, body.Reason, ct))).WithName("SuspendCreator");
        decide.MapPost("/reinstate", async (Guid id, ClaimsPrincipal user, CreatorOnboarding onboarding, CancellationToken ct) =>
            TypedResults.Ok(await onboarding.ReinstateAsync(Actor.From(user), id, ct))).WithName("ReinstateCreator");
        return app;
    }
}

public sealed record ReasonBody(string Reason);

public sealed record EligibilityChange(int MinimumFollowers);
