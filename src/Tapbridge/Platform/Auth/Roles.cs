namespace Tapbridge.Platform.Auth;

/// <summary>Identity roles. Agency staff hold one of the three staff roles; sellers' and creators' users hold their side's role.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string AccountManager = "AccountManager";
    public const string Finance = "Finance";
    public const string Seller = "Seller";
    public const string Creator = "Creator";

    public static readonly IReadOnlyList<string> Staff = [Admin, AccountManager, Finance];

    public static readonly IReadOnlyList<string> All = [Admin, AccountManager, Finance, Seller, Creator];

    public static string Title(string role) => role switch
    {
        Admin => "Admin",
        AccountManager => "Account manager",
        Finance => "Finance",
        Seller => "Seller",
        Creator => "Creator",
        _ => role,
    };
}
