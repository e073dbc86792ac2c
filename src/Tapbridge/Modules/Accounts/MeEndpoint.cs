using Microsoft.AspNetCore.Http.HttpResults;
using System.Security.Claims;
using Tapbridge.Platform.Auth;

namespace Tapbridge.Modules.Accounts;

internal static class MeEndpoint
{
    public static Ok<MeResponse> Handle(ClaimsPrincipal principal)
    {
        var actor = Actor.From(principal);
        return TypedResults.Ok(new MeResponse(
            actor.UserId, actor.DisplayName, principal.FindFirstValue(ClaimTypes.Email) ?? "", actor.Kind.ToString(), actor.OrganizationId,
            actor.Roles.Order(StringComparer.Ordinal).ToList(), principal.FindFirstValue(TapbridgeClaims.AuthenticatedBy) ?? "cookie"));
    }
}

internal sealed record MeResponse(Guid UserId, string DisplayName, string Email, string OrganizationKind, Guid OrganizationId, IReadOnlyList<string> Roles, string AuthenticatedBy);
