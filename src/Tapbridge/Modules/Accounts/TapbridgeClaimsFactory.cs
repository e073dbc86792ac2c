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
        identity.AddClaim(new Claim(TapbridgeClaims.OrganizationId, user.OrganizationId.ToString()));
        identity.AddClaim(new Claim(TapbridgeClaims.OrganizationKind, user.OrganizationKind.ToString()));
        identity.AddClaim(new Claim(TapbridgeClaims.DisplayName, user.DisplayName));
        return identity;
    }
}
