using System.ComponentModel.DataAnnotations;

namespace Tapbridge.Modules.Connections;

/// <summary>The <c>Sandbox</c> section: the built-in TikTok Shop sandbox's rate limit, which the client keeps to.</summary>
public sealed class SandboxSettings
{
    [Range(1, int.MaxValue, ErrorMessage = "Sandbox:RequestsPerSecond must be at least 1.")]
    public int RequestsPerSecond { get; set; } = 50;
}
