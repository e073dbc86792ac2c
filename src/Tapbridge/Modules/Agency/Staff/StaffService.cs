using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Mail;
using Tapbridge.Platform.Web;

namespace Tapbridge.Modules.Agency.Staff;

/// <summary>The agency's people: who is on staff in which role, and invitations for new staff.</summary>
internal sealed class StaffService(IDbContextFactory<TapbridgeDbContext> contexts, Mailer mailer, PublicUrl urls, TimeProvider clock)
{
    public async Task<IReadOnlyList<StaffMember>> ListMembersAsync(Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (
                from user in db.Users.AsNoTracking()
                where user.OrganizationKind == OrganizationKind.Agency && user.OrganizationId == actor.OrganizationId
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join role in db.Roles on userRole.RoleId equals role.Id
                select new { user.Id, user.DisplayName, user.Email, Role = role.Name, user.CreatedAt, user.LockoutEnd })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return rows
            .Select(r => new StaffMember(r.Id, r.DisplayName, r.Email!, r.Role!, r.CreatedAt, r.LockoutEnd > now))
            .OrderBy(r => Roles.Staff.ToList().IndexOf(r.Role)).ThenBy(r => r.DisplayName, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<IReadOnlyList<StaffInvitationView>> ListInvitationsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var invitations = await db.Set<StaffInvitation>().AsNoTracking().Where(i => i.AcceptedAt == null && i.RevokedAt == null)
            .ToListAsync(cancellationToken);
        return invitations.OrderByDescending(i => i.CreatedAt).Select(i => ToView(i, now)).ToList();
    }

    public async Task<StaffInvitationView> InviteAsync(Actor actor, string email, string role, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (invitation, token) = StaffInvitation.Create(email, role, actor.UserId, now);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var normalized = invitation.Email.ToUpperInvariant();
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, cancellationToken))
        {
            throw new RuleViolationException($"{invitation.Email} already has a Tapbridge account.", "email");
        }

        var earlier = await db.Set<StaffInvitation>().Where(i => i.Email == invitation.Email && i.AcceptedAt == null && i.RevokedAt == null)
            .ToListAsync(cancellationToken);
        earlier.ForEach(i => i.Revoke(now));
        db.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);

        var link = urls.For($"/account/accept-invitation?token={token}");
        await mailer.SendAsync(invitation.Email, $"{actor.DisplayName} invites you to the agency on Tapbridge",
            $"Hello,\n\n{actor.DisplayName} invites you to join the agency's staff on Tapbridge as {Roles.Title(invitation.Role)}.\n\nAccept the invitation and choose your password here (the link works for 7 days):\n\n{link}\n",
            cancellationToken);
        return ToView(invitation, now);
    }

    public async Task RevokeInvitationAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var invitation = await db.Set<StaffInvitation>().SingleOrDefaultAsync(i => i.Id == id, cancellationToken)
            ?? throw new NotFoundException("Invitation");
        invitation.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    private static StaffInvitationView ToView(StaffInvitation i, DateTimeOffset now) =>
        new(i.Id, i.Email, i.Role, i.CreatedAt, i.ExpiresAt, i.StatusAt(now).ToString());
}

public sealed record StaffMember(Guid UserId, string DisplayName, string Email, string Role, DateTimeOffset JoinedAt, bool Locked);

public sealed record StaffInvitationView(Guid Id, string Email, string Role, DateTimeOffset InvitedAt, DateTimeOffset ExpiresAt, string Status);
