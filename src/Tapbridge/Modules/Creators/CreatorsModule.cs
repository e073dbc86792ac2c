using Tapbridge.Modules.Creators.Demo;
using Tapbridge.Platform.Demo;
using System.Security.Claims;
using Tapbridge.Modules.Creators.SignUp;
using Tapbridge.Platform.Auth;

namespace Tapbridge.Modules.Creators;

/// <summary>Creators: their accounts (a TikTok handle in a market) and, later, onboarding, tiers and the showcase.</summary>
public static class CreatorsModule
{
    public static WebApplicationBuilder AddCreators(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<CreatorSignUp>();
        builder.Services.AddScoped<CreatorDirectory>();
        builder.Services.AddScoped<IDemoSeeder, CreatorsDemo>();
        return builder;
    }

    public static WebApplication MapCreators(this WebApplication app)
    {
        app.MapGroup("/api/v1/creator").WithTags("Creator").RequireAuthorization(Policies.Creator)
            .MapGet("/profile", async (ClaimsPrincipal user, CreatorDirectory creators, CancellationToken ct) =>
                TypedResults.Ok(await creators.GetOwnAsync(Actor.From(user), ct))).WithName("GetMyCreatorProfile");
        app.MapGroup("/api/v1/agency/creators").WithTags("Agency").RequireAuthorization(Policies.AgencyStaff)
            .MapGet("/", async (CreatorDirectory creators, CancellationToken ct) => TypedResults.Ok(await creators.ListAsync(ct))).WithName("ListCreators");
        return app;
    }
}
