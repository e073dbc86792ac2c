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

    /// <summary>The loopback port of the demo's in-process TikTok Shop sandbox.</summary>
    [System.ComponentModel.DataAnnotations.Range(0, 65_535, ErrorMessage = "Demo:SandboxPort must be a port number, 1 to 65,535, or 0 for any free port.")]
    public int SandboxPort { get; set; } = 5081;

    /// <summary>The demo creators the sign-in page lists: two of each demo market (VN, PH, TH), each in their language.</summary>
    public static readonly IReadOnlyList<string> ListedCreators =
        [Email("linh.beauty"), Email("maria.glowup"), Email("ploy.makeup"), Email("bao.techreview"), Email("jomar.gadgets"), Email("tonkla.tech")];

    public static string Email(string localPart) => $"{localPart}@{EmailDomain}";
}
