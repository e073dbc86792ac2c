using System.Diagnostics;

namespace TikTokShopSandbox.Signing;

/// <summary>
/// <see cref="SandboxOptions.RequestsPerSecond"/> (TikTok's 50 by default) per (app, path template, token).
/// Measured on the real monotonic clock: the sandbox clock stands still between advances, so counting sandbox seconds
/// would throttle a long paging loop forever. This is the only use of real time, and it changes no world state.
/// </summary>
internal sealed class RateLimiter(SandboxOptions options)
{
    private readonly Dictionary<string, Queue<long>> windows = new(StringComparer.Ordinal);
    private readonly Lock sync = new();

    public int PerSecond => options.RequestsPerSecond;

    public bool TryAcquire(string key)
    {
        var now = Stopwatch.GetTimestamp();
        var windowStart = now - Stopwatch.Frequency;
        lock (sync)
        {
            if (!windows.TryGetValue(key, out var window))
            {
                window = new Queue<long>();
                windows[key] = window;
            }

            while (window.Count > 0 && window.Peek() <= windowStart)
            {
                window.Dequeue();
            }

            if (window.Count >= PerSecond)
            {
                return false;
            }

            window.Enqueue(now);
            return true;
        }
    }
}
