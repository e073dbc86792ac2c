namespace Tapbridge.Platform.Auth;

public static class TapbridgeClaims
{
    public const string OrganizationId = "tb:org";
    public const string OrganizationKind = "tb:kind";
    public const string DisplayName = "tb:name";
    public const string AuthenticatedBy = "tb:via";
    public const string Language = "tb:lang";
    public const string ApiToken = "api-token";
}
