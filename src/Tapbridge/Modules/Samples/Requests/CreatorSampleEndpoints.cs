using System.Security.Claims;
using Tapbridge.Platform.Auth;

namespace Tapbridge.Modules.Samples.Requests;

/// <summary>
/// The creator's side of samples: what she may ask for, asking, following, withdrawing, saying it arrived, linking the
/// post.
/// </summary>
internal static class CreatorSampleEndpoints
{
    public static void MapCreatorSamples(this WebApplication app)
    {
        var samples = app.MapGroup("/api/v1/creator/samples").WithTags("Creator").RequireAuthorization(Policies.Creator);
        samples.MapGet("/offer/{productId:guid}", (Guid productId, ClaimsPrincipal user, CreatorSamples service, CancellationToken ct) =>
            service.OfferAsync(Actor.From(user), productId, ct)).WithName("GetSampleOffer");
        samples.MapPost("/", async (AskForSample request, ClaimsPrincipal user, CreatorSamples service, CancellationToken ct) =>
        {
            var sample = await service.AskAsync(Actor.From(user), request, ct);
            return TypedResults.Created($"/api/v1/creator/samples/{sample.Id}", sample);
        }).WithName("AskForSample");
        samples.MapGet("/", (ClaimsPrincipal user, CreatorSamples service, CancellationToken ct) =>
            service.ListAsync(Actor.From(user), ct)).WithName("ListMySamples");
        samples.MapGet("/{id:guid}", (Guid id, ClaimsPrincipal user, CreatorSamples service, CancellationToken ct) =>
            service.GetAsync(Actor.From(user), id, ct)).WithName("GetMySample");
        samples.MapPost("/{id:guid}/withdraw", (Guid id, ClaimsPrincipal user, CreatorSamples service, CancellationToken ct) =>
            service.WithdrawAsync(Actor.From(user), id, ct)).WithName("WithdrawSample");
        samples.MapPost("/{id:guid}/received", (Guid id, ClaimsPrincipal user, CreatorSamples service, CancellationToken ct) =>
            service.ReceivedAsync(Actor.From(user), id, ct)).WithName("SampleReceived");
        samples.MapPost("/{id:guid}/content",
            (Guid id, PostForSample request, ClaimsPrincipal user, CreatorSamples service, CancellationToken ct) =>
                service.PostAsync(Actor.From(user), id, request, ct)).WithName("LinkSampleContent");
    }
}
