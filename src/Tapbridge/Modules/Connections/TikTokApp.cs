using Tapbridge.Platform;

namespace Tapbridge.Modules.Connections;

/// <summary>Which TikTok Shop the app talks to.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<TikTokEnvironment>))]
public enum TikTokEnvironment
{
    /// <summary>TikTok's production hosts, rest of the world (SEA).</summary>
    Production,

    /// <summary>TikTok's production hosts with the US consent pages.</summary>
    ProductionUnitedStates,

    /// <summary>The local sandbox (tools/TikTokShopSandbox) at <see cref="TikTokApp.SandboxUrl"/>.</summary>
    Sandbox,
}

/// <summary>The agency's TikTok Shop app: key, secret (stored encrypted), service id and environment. One per installation.</summary>
internal sealed class TikTokApp
{
    public static readonly Guid InstallationId = new("7a9b0000-0000-4000-8000-000000000002");

    private TikTokApp()
    {
    }

    public Guid Id { get; private set; }
    public string AppKey { get; private set; } = "";
    public string ProtectedSecret { get; private set; } = "";
    public string SecretHint { get; private set; } = "";
    public string ServiceId { get; private set; } = "";
    public TikTokEnvironment Environment { get; private set; }
    public string? SandboxUrl { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public Guid UpdatedBy { get; private set; }

    public static TikTokApp Create() => new() { Id = InstallationId };

    /// <summary>Sets the credentials. A null secret keeps the stored one (the form never shows it back).</summary>
    public void Configure(string appKey, string? protectedSecret, string? secretHint, string serviceId, TikTokEnvironment environment, string? sandboxUrl, Guid by, DateTimeOffset now)
    {
        appKey = appKey.Trim();
        if (appKey.Length is 0 or > 64)
        {
            throw RuleViolationException.Say<ConnectionsRules>("App.Key", "appKey");
        }

        if (protectedSecret is null && ProtectedSecret.Length == 0)
        {
            throw RuleViolationException.Say<ConnectionsRules>("App.Secret", "appSecret");
        }

        if (environment == TikTokEnvironment.Sandbox && !Uri.TryCreate(sandboxUrl, UriKind.Absolute, out _))
        {
            throw RuleViolationException.Say<ConnectionsRules>("App.SandboxUrl", "sandboxUrl");
        }

        AppKey = appKey;
        if (protectedSecret is not null)
        {
            ProtectedSecret = protectedSecret;
            SecretHint = secretHint ?? "";
        }

        ServiceId = serviceId.Trim();
        Environment = environment;
        SandboxUrl = environment == TikTokEnvironment.Sandbox ? sandboxUrl!.TrimEnd('/') : null;
        UpdatedAt = now;
        UpdatedBy = by;
    }
}
