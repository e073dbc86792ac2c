using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tapbridge.Modules.Accounts.Invitations;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Localization;
using Tapbridge.Platform.Mail;
using Tapbridge.Platform.Web;

namespace Tapbridge.Modules.Accounts;

/// <summary>
/// The people of the caller's organization and the invitations to join it: the agency's staff, or a seller's team.
/// Every query is scoped to the caller's organization. An invitation is written in the inviter's language: the person
/// invited has no account, so no language of their own yet.
/// </summary>
internal sealed class Team(IDbContextFactory<TapbridgeDbContext> contexts, Mailer mailer, PublicUrl urls, TimeProvider clock,
    IStringLocalizer<AccountsMailText> text, IStringLocalizer<Words> words)
{
    public static IReadOnlyList<string> InvitableRoles(Actor actor) => Invitation.RolesFor(actor.Kind);

    public async Task<IReadOnlyList<TeamMember>> ListMembersAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (
                from user in db.Users.AsNoTracking()
                where user.OrganizationKind == actor.Kind && user.OrganizationId == actor.OrganizationId
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join role in db.Roles on userRole.RoleId equals role.Id
                select new { user.Id, user.DisplayName, user.Email, Role = role.Name, user.CreatedAt, user.LockoutEnd })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var order = Roles.All.ToList();
        return rows
            .Select(r => new TeamMember(r.Id, r.DisplayName, r.Email!, r.Role!, r.CreatedAt, r.LockoutEnd > now))
            .OrderBy(r => order.IndexOf(r.Role)).ThenBy(r => r.DisplayName, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<IReadOnlyList<InvitationView>> ListOpenInvitationsAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var invitations = await db.Set<Invitation>().AsNoTracking()
            .Where(i => i.OrganizationKind == actor.Kind && i.OrganizationId == actor.OrganizationId && i.AcceptedAt == null && i.RevokedAt == null)
            .ToListAsync(cancellationToken);
        return invitations.OrderByDescending(i => i.CreatedAt).Select(i => InvitationView.From(i, now)).ToList();
    }

    public async Task<InvitationView> InviteAsync(Actor actor, string email, string role, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (invitation, token) = Invitation.Create(actor, email, role, now);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var normalized = invitation.Email.ToUpperInvariant();
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, cancellationToken))
        {
            throw RuleViolationException.Say<AccountsRules>("Team.AlreadyHasAccount", "email", invitation.Email);
        }

        var earlier = await db.Set<Invitation>()
            .Where(i => i.Email == invitation.Email && i.OrganizationId == actor.OrganizationId && i.AcceptedAt == null && i.RevokedAt == null)
            .ToListAsync(cancellationToken);
        earlier.ForEach(i => i.Revoke(now));
        db.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);

        var link = urls.For($"/account/accept-invitation?token={token}");
        var roleTitle = words["Common.Role." + invitation.Role] is { ResourceNotFound: false } label
            ? label.Value
            : Roles.Title(invitation.Role);
        await mailer.SendAsync(invitation.Email, text["Invitation.Subject", actor.DisplayName].Value,
            text["Invitation.Text", actor.DisplayName, roleTitle, link].Value, cancellationToken);
        return InvitationView.From(invitation, now);
    }

    public async Task RevokeInvitationAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var invitation = await db.Set<Invitation>()
            .SingleOrDefaultAsync(i => i.Id == id && i.OrganizationKind == actor.Kind && i.OrganizationId == actor.OrganizationId, cancellationToken)
            ?? throw new NotFoundException("Invitation");
        invitation.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }
}

internal sealed record TeamMember(Guid UserId, string DisplayName, string Email, string Role, DateTimeOffset JoinedAt, bool Locked);

public sealed record InvitationView(Guid Id, string Email, string Role, DateTimeOffset InvitedAt, DateTimeOffset ExpiresAt, InvitationStatus Status)
{
    internal static InvitationView From(Invitation i, DateTimeOffset now) => new(i.Id, i.Email, i.Role, i.CreatedAt, i.ExpiresAt, i.StatusAt(now));
}
