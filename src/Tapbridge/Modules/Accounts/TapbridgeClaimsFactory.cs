using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Tapbridge.Platform.Auth;

namespace Tapbridge.Modules.Accounts;

/// <summary>Adds the organization claims every query is scoped by.</summary>
internal sealed class TapbridgeClaimsFactory(
    UserManager<TapbridgeUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<TapbridgeUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(TapbridgeUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaims(OrganizationClaims(user));
        return identity;
    }

    /// <summary>The claims that scope a caller, the same for a cookie and an API token.</summary>
    public static IEnumerable<Claim> OrganizationClaims(TapbridgeUser user) =>
    [
        new(TapbridgeClaims.OrganizationId, user.OrganizationId.ToString()),
        new(TapbridgeClaims.OrganizationKind, user.OrganizationKind.ToString()),
        new(TapbridgeClaims.DisplayName, user.DisplayName),
        .. (user.Language is null ? [] : new[] { new Claim(TapbridgeClaims.Language, user.Language) }),
    ];
}
