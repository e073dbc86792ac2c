using System.ComponentModel.DataAnnotations;

namespace Tapbridge.Modules.Accounts;

/// <summary>The <c>RateLimits</c> section.</summary>
internal sealed class RateLimitSettings
{
    /// <summary>Password attempts per client address per minute.</summary>
    [Range(1, 10_000, ErrorMessage = "RateLimits:SignInPerMinute must be 1 to 10,000.")]
    public int SignInPerMinute { get; set; } = 10;
}
