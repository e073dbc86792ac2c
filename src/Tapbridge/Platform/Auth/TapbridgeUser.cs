using Microsoft.AspNetCore.Identity;

namespace Tapbridge.Platform.Auth;

/// <summary>A person who signs in. Belongs to exactly one organization: the agency, a seller, or their own creator account.</summary>
public sealed class TapbridgeUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    public Guid OrganizationId { get; set; }

    public OrganizationKind OrganizationKind { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The language the person chose (a <see cref="Localization.Language"/> code); null: their browser's.</summary>
    [System.ComponentModel.DataAnnotations.MaxLength(8)]
    public string? Language { get; set; }

    public static TapbridgeUser Create(string email, string displayName, OrganizationKind kind, Guid organizationId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        UserName = email,
        Email = email,
        DisplayName = displayName.Trim(),
        OrganizationKind = kind,
        OrganizationId = organizationId,
        CreatedAt = now,
        SecurityStamp = Guid.NewGuid().ToString("N"),
    };
}
