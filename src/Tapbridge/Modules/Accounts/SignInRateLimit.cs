using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Tapbridge.Modules.Accounts;

/// <summary>
/// Limits password attempts per client address. Lockout (in the database, shared by all instances) protects each
/// account; this limit slows one address spraying many accounts. It is per instance, which only makes it looser.
/// </summary>
internal static class SignInRateLimit
{
    public const string Policy = "sign-in";

    public static void Add(RateLimiterOptions options, int permitsPerMinute) =>
        options.AddPolicy(Policy, context => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
            ? RateLimitPartition.GetNoLimiter("read")
            : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permitsPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));
}
