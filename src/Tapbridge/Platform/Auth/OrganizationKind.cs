namespace Tapbridge.Platform.Auth;

/// <summary>Which side of the marketplace an account belongs to; every query is scoped by it and the organization id.</summary>
public enum OrganizationKind
{
    Agency,
    Seller,
    Creator,
}
