namespace Tapbridge.Platform.Demo;

/// <summary>
/// The demo world: seeded data and listed accounts so a person can try every portal. Off unless configured
/// (appsettings.Development.json turns it on for `dotnet run`); never enable it where real people sign in.
/// </summary>
public sealed class DemoSettings
{
    public const string EmailDomain = "demo.tapbridge.test";

    public bool Enabled { get; set; }

    public string Password { get; set; } = "tapbridge-demo-2026";

    public static string Email(string localPart) => $"{localPart}@{EmailDomain}";
}
