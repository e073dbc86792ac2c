using System.Security.Claims;
using Tapbridge.Platform.Auth;

namespace Tapbridge.Platform.Web;

public static class PortalLinks
{
    public static string HomeOf(ClaimsPrincipal user) =>
        Enum.TryParse<OrganizationKind>(user.FindFirstValue(TapbridgeClaims.OrganizationKind), out var kind) ? HomeOf(kind) : "/";

    public static string HomeOf(OrganizationKind kind) => kind switch
    {
        OrganizationKind.Agency => "/agency",
        OrganizationKind.Seller => "/seller",
        OrganizationKind.Creator => "/creator",
    };
}
