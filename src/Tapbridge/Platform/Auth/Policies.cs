using Microsoft.AspNetCore.Authorization;

namespace Tapbridge.Platform.Auth;

/// <summary>Every page and endpoint names one of these; there is no implicit default.</summary>
public static class Policies
{
    public const string SignedIn = nameof(SignedIn);
    public const string AgencyStaff = nameof(AgencyStaff);
    public const string AgencyAdmin = nameof(AgencyAdmin);
    public const string AgencyFinance = nameof(AgencyFinance);

    /// <summary>Runs campaigns, reviews and creators: admins and account managers.</summary>
    public const string AgencyManager = nameof(AgencyManager);
    public const string Seller = nameof(Seller);
    public const string Creator = nameof(Creator);

    /// <summary>Who may invite people into their organization: agency admins, and sellers for their own team.</summary>
    public const string TeamAdmin = nameof(TeamAdmin);

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser().RequireClaim(TapbridgeClaims.OrganizationId));
        options.AddPolicy(AgencyStaff, p => Kind(p, OrganizationKind.Agency).RequireRole(Roles.Staff));
        options.AddPolicy(AgencyAdmin, p => Kind(p, OrganizationKind.Agency).RequireRole(Roles.Admin));
        options.AddPolicy(AgencyFinance, p => Kind(p, OrganizationKind.Agency).RequireRole(Roles.Admin, Roles.Finance));
        options.AddPolicy(AgencyManager, p => Kind(p, OrganizationKind.Agency).RequireRole(Roles.Admin, Roles.AccountManager));
        options.AddPolicy(Seller, p => Kind(p, OrganizationKind.Seller).RequireRole(Roles.Seller));
        options.AddPolicy(Creator, p => Kind(p, OrganizationKind.Creator).RequireRole(Roles.Creator));
        options.AddPolicy(TeamAdmin, p => p.RequireAuthenticatedUser().RequireAssertion(c =>
            (c.User.HasClaim(TapbridgeClaims.OrganizationKind, nameof(OrganizationKind.Agency)) && c.User.IsInRole(Roles.Admin))
            || (c.User.HasClaim(TapbridgeClaims.OrganizationKind, nameof(OrganizationKind.Seller)) && c.User.IsInRole(Roles.Seller))));
    }

    private static AuthorizationPolicyBuilder Kind(AuthorizationPolicyBuilder policy, OrganizationKind kind) =>
        policy.RequireAuthenticatedUser().RequireClaim(TapbridgeClaims.OrganizationKind, kind.ToString());
}
