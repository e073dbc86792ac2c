using Tapbridge.Platform;
using Tapbridge.Platform.Security;
using Tapbridge.Platform.Auth;

namespace Tapbridge.Modules.Accounts.Invitations;

/// <summary>
/// An invitation for a person to join an organization in a role: agency staff invited by an admin, or a seller's
/// colleague invited by a seller. The link's token is stored only as a hash.
/// </summary>
internal sealed class Invitation
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private Invitation()
    {
    }

    public Guid Id { get; private set; }
    public string Email { get; private set; } = "";
    public string Role { get; private set; } = "";
    public OrganizationKind OrganizationKind { get; private set; }
    public Guid OrganizationId { get; private set; }
    public string TokenHash { get; private set; } = "";
    public Guid InvitedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>The roles a person can be invited into, by the organization's kind. Creators sign up for themselves.</summary>
    public static IReadOnlyList<string> RolesFor(OrganizationKind kind) => kind switch
    {
        OrganizationKind.Agency => Roles.Staff,
        OrganizationKind.Seller => [Roles.Seller],
        OrganizationKind.Creator => [],
    };

    public static (Invitation Invitation, string Token) Create(Actor inviter, string email, string role, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(inviter);
        email = email.Trim();
        if (!System.Net.Mail.MailAddress.TryCreate(email, out _) || email.Length > 256)
        {
            throw RuleViolationException.Say<AccountsRules>("Invitation.InvalidEmail", "email", email);
        }

        var allowed = RolesFor(inviter.Kind);
        if (!allowed.Contains(role))
        {
            throw allowed.Count == 0
                ? RuleViolationException.Say<AccountsRules>("Invitation.NoOneToInvite", "role")
                : RuleViolationException.Say<AccountsRules>("Invitation.RoleNotAllowed", "role", string.Join(", ", allowed.Select(Roles.Title)), role);
        }

        var token = OpaqueToken.New();
        return (new Invitation
        {
            Id = Guid.CreateVersion7(now),
            Email = email,
            Role = role,
            OrganizationKind = inviter.Kind,
            OrganizationId = inviter.OrganizationId,
            TokenHash = HashOf(token),
            InvitedBy = inviter.UserId,
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        }, token);
    }

    public static string HashOf(string token) => OpaqueToken.Hash(token);

    public InvitationStatus StatusAt(DateTimeOffset now) => this switch
    {
        { AcceptedAt: not null } => InvitationStatus.Accepted,
        { RevokedAt: not null } => InvitationStatus.Revoked,
        _ when now >= ExpiresAt => InvitationStatus.Expired,
        _ => InvitationStatus.Pending,
    };

    public void Accept(DateTimeOffset now)
    {
        var status = StatusAt(now);
        if (status != InvitationStatus.Pending)
        {
            throw RuleViolationException.Say<AccountsRules>(status switch
            {
                InvitationStatus.Accepted => "Invitation.Used",
                InvitationStatus.Revoked => "Invitation.Withdrawn",
                InvitationStatus.Expired => "Invitation.Expired",
                InvitationStatus.Pending => throw new System.Diagnostics.UnreachableException(),
            }, null);
        }

        AcceptedAt = now;
    }

    public void Revoke(DateTimeOffset now)
    {
        if (StatusAt(now) == InvitationStatus.Pending)
        {
            RevokedAt = now;
        }
    }
}

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<InvitationStatus>))]
public enum InvitationStatus
{
    Pending,
    Accepted,
    Expired,
    Revoked,
}
