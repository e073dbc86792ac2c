using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Accounts.Invitations;

/// <summary>Turns an invitation into an account, in one transaction: a refused password leaves the invitation usable.</summary>
internal sealed class InvitationAcceptance(TapbridgeDbContext db, AccountRegistration registration, TimeProvider clock)
{
    public async Task<InvitationView?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        var invitation = await FindEntityAsync(token, cancellationToken);
        return invitation is null ? null : InvitationView.From(invitation, clock.GetUtcNow());
    }

    public async Task<TapbridgeUser> AcceptAsync(string token, string displayName, string password, CancellationToken cancellationToken)
    {
        return await db.InTransactionAsync(async () =>
        {
            var invitation = await FindEntityAsync(token, cancellationToken) ?? throw RuleViolationException.Say<AccountsRules>("Invitation.InvalidLink", null);
            invitation.Accept(clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return await registration.RegisterAsync(
                new NewAccount(invitation.Email, displayName, password, invitation.OrganizationKind, invitation.OrganizationId, invitation.Role, EmailConfirmed: true),
                cancellationToken);
        }, cancellationToken);
    }

    private async Task<Invitation?> FindEntityAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return null;
        }

        var hash = Invitation.HashOf(token.Trim());
        return await db.Set<Invitation>().SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
    }
}
