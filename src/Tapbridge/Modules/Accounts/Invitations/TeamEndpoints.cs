using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Tapbridge.Platform.Auth;

namespace Tapbridge.Modules.Accounts.Invitations;

internal static class TeamEndpoints
{
    public static void Map(RouteGroupBuilder team)
    {
        team.MapGet("/members", async (ClaimsPrincipal user, Team service, CancellationToken ct) =>
            TypedResults.Ok(await service.ListMembersAsync(Actor.From(user), ct))).RequireAuthorization(Policies.SignedIn).WithName("ListTeamMembers");

        var invitations = team.MapGroup("/invitations").RequireAuthorization(Policies.TeamAdmin);
        invitations.MapGet("/", async (ClaimsPrincipal user, Team service, CancellationToken ct) =>
            TypedResults.Ok(await service.ListOpenInvitationsAsync(Actor.From(user), ct))).WithName("ListInvitations");
        invitations.MapPost("/", async (InviteRequest request, ClaimsPrincipal user, Team service, CancellationToken ct) =>
        {
            var invitation = await service.InviteAsync(Actor.From(user), request.Email, request.Role, ct);
            return TypedResults.Created($"/api/v1/team/invitations/{invitation.Id}", invitation);
        }).WithName("Invite");
        invitations.MapDelete("/{id:guid}", async (Guid id, ClaimsPrincipal user, Team service, CancellationToken ct) =>
        {
            await service.RevokeInvitationAsync(Actor.From(user), id, ct);
            return TypedResults.NoContent();
        }).WithName("WithdrawInvitation");
    }
}

public sealed record InviteRequest([property: Required, EmailAddress] string Email, [property: Required] string Role);
