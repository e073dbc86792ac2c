using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Tapbridge.Platform.Auth;

namespace Tapbridge.Modules.Accounts.ApiTokens;

internal static class ApiTokenEndpoints
{
    public static void Map(RouteGroupBuilder tokens)
    {
        tokens.MapGet("/", async (ClaimsPrincipal user, ApiTokenService service, CancellationToken ct) =>
            TypedResults.Ok(await service.ListAsync(Actor.From(user), ct))).WithName("ListApiTokens");

        tokens.MapPost("/", async (CreateApiTokenRequest request, ClaimsPrincipal user, ApiTokenService service, CancellationToken ct) =>
        {
            var issued = await service.IssueAsync(Actor.From(user), request.Name, request.ExpiresInDays, ct);
            return TypedResults.Created($"/api/v1/account/tokens/{issued.Token.Id}", issued);
        }).WithName("CreateApiToken");

        tokens.MapDelete("/{id:guid}", async (Guid id, ClaimsPrincipal user, ApiTokenService service, CancellationToken ct) =>
        {
            await service.RevokeAsync(Actor.From(user), id, ct);
            return TypedResults.NoContent();
        }).WithName("RevokeApiToken");
    }
}

public sealed record CreateApiTokenRequest(
    [property: Required, StringLength(ApiToken.MaxNameLength, MinimumLength = 1)] string Name,
    [property: Range(1, 366)] int? ExpiresInDays);
