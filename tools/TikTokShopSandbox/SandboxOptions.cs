using System.Globalization;

namespace TikTokShopSandbox;

/// <summary>The one app the sandbox knows, where it calls back, and how its world starts.</summary>
public sealed class SandboxOptions
{
    /// <summary>The app key clients sign with (<c>Sandbox:AppKey</c>).</summary>
    public string AppKey { get; init; } = "sandbox-app-key";

    /// <summary>The app secret used for request signatures, token calls and webhook signatures.</summary>
    public string AppSecret { get; init; } = "sandbox-app-secret";

    /// <summary>The app's service id, checked by the partner and seller consent page.</summary>
    public string ServiceId { get; init; } = "7000000000000000001";

    /// <summary>Where consent pages redirect with <c>?code=&amp;state=</c>; unset shows the code on the page.</summary>
    public string? RedirectUrl { get; init; }

    /// <summary>Where signed webhooks are POSTed; unset records them as skipped.</summary>
    public string? WebhookUrl { get; init; }

    /// <summary>Seed of the generated world and of the market simulator.</summary>
    public int Seed { get; init; } = 20261125;

    /// <summary>The sandbox clock's initial instant.</summary>
    public DateTimeOffset Start { get; init; } = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Open API requests allowed per second for one (app, path template, token); TikTok documents 50.</summary>
    public int RequestsPerSecond { get; init; } = 50;

    /// <summary>Loopback port of the in-process host; 0 picks a free one.</summary>
    public int Port { get; init; }

    internal static SandboxOptions FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection("Sandbox");
        var defaults = new SandboxOptions();
        return new SandboxOptions
        {
            AppKey = section["AppKey"] ?? defaults.AppKey,
            AppSecret = section["AppSecret"] ?? defaults.AppSecret,
            ServiceId = section["ServiceId"] ?? defaults.ServiceId,
            RedirectUrl = NullIfEmpty(section["RedirectUrl"]),
            WebhookUrl = NullIfEmpty(section["WebhookUrl"]),
            Seed = section["Seed"] is { Length: > 0 } seed ? int.Parse(seed, CultureInfo.InvariantCulture) : defaults.Seed,
            Start = section["Start"] is { Length: > 0 } start ? ParseStart(start) : defaults.Start,
            RequestsPerSecond = section["RequestsPerSecond"] is { Length: > 0 } rate ? int.Parse(rate, CultureInfo.InvariantCulture) : defaults.RequestsPerSecond,
        };
    }

    private static DateTimeOffset ParseStart(string value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var unix)
            ? DateTimeOffset.FromUnixTimeSeconds(unix)
            : DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
