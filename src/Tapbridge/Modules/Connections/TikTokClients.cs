using Microsoft.Extensions.Options;
using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Security;
using Tapbridge.TikTokShop;

namespace Tapbridge.Modules.Connections;

/// <summary>
/// The TikTok Shop client for the app as currently configured. One client per configuration (it owns the
/// per-endpoint rate limiter), rebuilt when an admin changes the settings. Against a sandbox the client keeps to the
/// limit the built-in sandbox enforces (Sandbox:RequestsPerSecond, TikTok's 50 unless raised, as the ingestion
/// benchmark does to measure Tapbridge's side).
/// </summary>
public sealed class TikTokClients(
    IDbContextFactory<TapbridgeDbContext> contexts, SecretProtector secrets, IHttpClientFactory http, TimeProvider clock, IOptions<SandboxSettings> sandbox)
    : IDisposable
{
    private readonly ConcurrentDictionary<string, TikTokShopClient> clients = new(StringComparer.Ordinal);

    public async Task<TikTokShopClient> GetAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var app = await db.Set<TikTokApp>().AsNoTracking().SingleOrDefaultAsync(cancellationToken)
            ?? throw RuleViolationException.Say<ConnectionsRules>("App.NotConfigured", null);
        var key = $"{app.AppKey}|{app.ProtectedSecret}|{app.ServiceId}|{app.Environment}|{app.SandboxUrl}";
        return clients.GetOrAdd(key, _ => new TikTokShopClient(http.CreateClient(nameof(TikTokClients)), Options(app), clock));
    }

    private TikTokShopOptions Options(TikTokApp app)
    {
        var secret = secrets.Unprotect(app.ProtectedSecret);
        return app.Environment switch
        {
            TikTokEnvironment.Production => new TikTokShopOptions { AppKey = app.AppKey, AppSecret = secret, ServiceId = app.ServiceId },
            TikTokEnvironment.ProductionUnitedStates => TikTokShopOptions.ForUnitedStates(app.AppKey, secret, app.ServiceId),
            TikTokEnvironment.Sandbox => TikTokShopOptions.ForSandbox(new Uri(app.SandboxUrl!), app.AppKey, secret, app.ServiceId, sandbox.Value.RequestsPerSecond),
        };
    }

    public void Dispose()
    {
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }
    }
}
