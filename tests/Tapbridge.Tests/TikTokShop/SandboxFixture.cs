using System.Net.Http.Json;
using System.Text.Json;
using Tapbridge.TikTokShop;
using Tapbridge.TikTokShop.Auth;
using TikTokShopSandbox;

namespace Tapbridge.Tests.TikTokShop;

/// <summary>
/// The sandbox on a loopback port and a client aligned with its clock: the sandbox's time moves only when a test
/// advances it, and the client's timestamps follow (TikTok refuses timestamps outside −5 min / +30 s).
/// </summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    public const string AppKey = "fixture-app";
    public const string AppSecret = "fixture-secret-0123456789";

    private SandboxHost? host;

    public SandboxTime Time { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

    public Uri BaseUrl => host!.BaseUrl;

    public HttpClient Admin { get; } = new();

    public async ValueTask InitializeAsync()
    {
        host = await SandboxHost.StartAsync(new SandboxOptions { AppKey = AppKey, AppSecret = AppSecret, Start = Time.Now, Port = 0 });
        Admin.BaseAddress = host.BaseUrl;
    }

    public TikTokShopClient Client(string? secret = null, int maxRetries = 3, int perSecond = 50) => new(new HttpClient(), new TikTokShopOptions
        {
            AppKey = AppKey,
            AppSecret = secret ?? AppSecret,
            OpenApiBaseUrl = BaseUrl,
            AuthBaseUrl = BaseUrl,
            MaxRetries = maxRetries,
            RequestsPerSecondPerEndpoint = perSecond,
            PartnerConsentBaseUrl = BaseUrl,
            SellerConsentBaseUrl = BaseUrl,
            CreatorConsentBaseUrl = BaseUrl,
            ServiceId = "7000000000000000001",
            RetryBaseDelay = TimeSpan.FromMilliseconds(50),
        }, Time);

    /// <summary>Consents as <paramref name="userType"/> through the sandbox's admin shortcut and trades the code for tokens.</summary>
    public async Task<TikTokShopToken> AuthorizeAsync(TikTokShopClient client, TikTokUserType userType, object? extra = null)
    {
        var code = await CodeAsync(userType, extra);
        return await client.Auth.ExchangeCodeAsync(code, CancellationToken.None);
    }

    public async Task<string> CodeAsync(TikTokUserType userType, object? extra = null)
    {
        var body = JsonSerializer.SerializeToElement(extra ?? new { });
        var request = new Dictionary<string, object?> { ["user_type"] = (int)userType };
        foreach (var property in body.EnumerateObject())
        {
            request[property.Name] = property.Value;
        }

        var response = await Admin.PostAsJsonAsync("/sandbox/authorizations", request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
    }

    public async Task AdvanceAsync(TimeSpan by)
    {
        var response = await Admin.PostAsJsonAsync("/sandbox/clock/advance", new { seconds = (long)by.TotalSeconds });
        response.EnsureSuccessStatusCode();
        Time.Now += by;
    }

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }
}

/// <summary>A clock that stands still until moved (timers and delays stay real, so retries still wait).</summary>
public sealed class SandboxTime(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
