using System.Security.Cryptography;
using System.Text;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;

namespace Tapbridge.Modules.Agency.Staff;

/// <summary>An admin's invitation for a person to join the agency's staff in a role. The link's token is stored only as a hash.</summary>
internal sealed class StaffInvitation
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private StaffInvitation()
    {
    }

    public Guid Id { get; private set; }
    public string Email { get; private set; } = "";
    public string Role { get; private set; } = "";
    public string TokenHash { get; private set; } = "";
    public Guid InvitedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    public static (StaffInvitation Invitation, string Token) Create(string email, string role, Guid invitedBy, DateTimeOffset now)
    {
        email = email.Trim();
        if (!System.Net.Mail.MailAddress.TryCreate(email, out _) || email.Length > 256)
        {
            throw new RuleViolationException($"'{email}' is not a valid email address.", "email");
        }

        if (!Roles.Staff.Contains(role))
        {
            throw new RuleViolationException($"Staff are invited as {string.Join(", ", Roles.Staff.Select(Roles.Title))}; '{role}' is none of them.", "role");
        }

        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        return (new StaffInvitation
        {
            Id = Guid.CreateVersion7(now),
            Email = email,
            Role = role,
            TokenHash = HashOf(token),
            InvitedBy = invitedBy,
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        }, token);
    }

    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

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
            throw new RuleViolationException(status switch
            {
                InvitationStatus.Accepted => "This invitation was already used. Sign in instead.",
                InvitationStatus.Revoked => "This invitation was withdrawn. Ask your admin for a new one.",
                InvitationStatus.Expired => "This invitation has expired. Ask your admin for a new one.",
                InvitationStatus.Pending => "",
            });
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

public enum InvitationStatus
{
    Pending,
    Accepted,
    Expired,
    Revoked,
}
