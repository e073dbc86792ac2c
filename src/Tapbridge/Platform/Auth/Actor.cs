using System.Globalization;
using System.Security.Claims;

namespace Tapbridge.Platform.Auth;

/// <summary>The signed-in caller as every handler sees it: who, for which organization, with which roles.</summary>
public sealed record Actor(Guid UserId, Guid OrganizationId, OrganizationKind Kind, string DisplayName, IReadOnlySet<string> Roles)
{
    public bool IsStaff => Kind == OrganizationKind.Agency;

    public bool IsInRole(string role) => Roles.Contains(role);

    public static Actor From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            throw new UnauthorizedAccessException("No one is signed in.");
        }

        return new Actor(
            Guid.Parse(Required(principal, ClaimTypes.NameIdentifier), CultureInfo.InvariantCulture),
            Guid.Parse(Required(principal, TapbridgeClaims.OrganizationId), CultureInfo.InvariantCulture),
            Enum.Parse<OrganizationKind>(Required(principal, TapbridgeClaims.OrganizationKind)),
            principal.FindFirstValue(TapbridgeClaims.DisplayName) ?? "",
            principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal));
    }

    private static string Required(ClaimsPrincipal principal, string type) =>
        principal.FindFirstValue(type) ?? throw new UnauthorizedAccessException($"The sign-in carries no {type} claim.");
}
