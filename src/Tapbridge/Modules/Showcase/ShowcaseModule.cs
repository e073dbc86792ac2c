using System.Security.Claims;
using Tapbridge.Modules.Showcase.Demo;
using Tapbridge.Modules.Showcase.Links;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Demo;
using Tapbridge.Platform.Startup;

namespace Tapbridge.Modules.Showcase;

/// <summary>The creator's Showcase: campaign products taken to promote, their TikTok and short links, and the clicks on them.</summary>
public static class ShowcaseModule
{
    public static WebApplicationBuilder AddShowcase(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<CreatorShowcase>();
        builder.Services.AddSingleton<LinkTargets>();
        builder.Services.AddSettings<LinkSettings>("Links");
        builder.Services.AddSingleton<ClickBuffer>();
        builder.Services.AddSingleton<VisitorHasher>();
        builder.Services.AddSingleton<ClickSegments>();
        builder.Services.AddSingleton<ClickJournal>();
        builder.Services.AddSingleton<ClickWriter>();
        // Hosted services stop in reverse order: the journal writes its last segment before the writer stores the last ones.
        builder.Services.AddHostedService(s => s.GetRequiredService<ClickWriter>());
        builder.Services.AddHostedService(s => s.GetRequiredService<ClickJournal>());
        builder.Services.AddScoped<IDemoSeeder, ShowcaseDemo>();
        return builder;
    }

    public static WebApplication MapShowcase(this WebApplication app)
    {
        app.MapShortLinks();
        var showcase = app.MapGroup("/api/v1/creator/showcase").WithTags("Creator").RequireAuthorization(Policies.Creator);
        showcase.MapGet("/", async (ClaimsPrincipal user, CreatorShowcase service, CancellationToken ct) =>
            TypedResults.Ok(await service.OverviewAsync(Actor.From(user), ct))).WithName("GetMyShowcase");
        showcase.MapGet("/offer/{productId:guid}", async (Guid productId, ClaimsPrincipal user, CreatorShowcase service, CancellationToken ct) =>
            TypedResults.Ok(await service.OfferAsync(Actor.From(user), productId, ct))).WithName("GetShowcaseOffer");
        showcase.MapPost("/", async Task<IResult> (AddToShowcase request, ClaimsPrincipal user, CreatorShowcase service, CancellationToken ct) =>
        {
            var (entry, created) = await service.AddAsync(Actor.From(user), request, ct);
            return created ? TypedResults.Created($"/api/v1/creator/showcase/{entry.Id}", entry) : TypedResults.Ok(entry);
        }).WithName("AddToShowcase");
        showcase.MapPost("/{id:guid}/verify", async (Guid id, VerifyShowcase request, ClaimsPrincipal user, CreatorShowcase service, CancellationToken ct) =>
            TypedResults.Ok(await service.VerifyAsync(Actor.From(user), id, request, ct))).WithName("VerifyShowcaseProduct");
        return app;
    }
}
