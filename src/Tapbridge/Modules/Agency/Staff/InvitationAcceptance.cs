using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Accounts;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Agency.Staff;

/// <summary>Turns a staff invitation into an account, in one transaction: a refused password leaves the invitation usable.</summary>
internal sealed class InvitationAcceptance(TapbridgeDbContext db, AccountRegistration registration, TimeProvider clock)
{
    public async Task<StaffInvitationView?> FindPendingAsync(string? token, CancellationToken cancellationToken)
    {
        var invitation = await FindAsync(token, cancellationToken);
        var now = clock.GetUtcNow();
        return invitation is null ? null : new StaffInvitationView(
            invitation.Id, invitation.Email, invitation.Role, invitation.CreatedAt, invitation.ExpiresAt, invitation.StatusAt(now).ToString());
    }

    public async Task<TapbridgeUser> AcceptAsync(string token, string displayName, string password, CancellationToken cancellationToken)
    {
        return await db.InTransactionAsync(async () =>
        {
            var invitation = await FindAsync(token, cancellationToken) ?? throw new RuleViolationException("This invitation link is not valid.");
            invitation.Accept(clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            var user = await registration.RegisterAsync(
                new NewAccount(invitation.Email, displayName, password, OrganizationKind.Agency, Agency.InstallationId, invitation.Role, EmailConfirmed: true),
                cancellationToken);
            return user;
        }, cancellationToken);
    }

    private async Task<StaffInvitation?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return null;
        }

        var hash = StaffInvitation.HashOf(token.Trim());
        return await db.Set<StaffInvitation>().SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
    }
}
