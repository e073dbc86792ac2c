using Tapbridge.Modules.Connections.Connect;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Demo;
using Tapbridge.Platform.Web;

namespace Tapbridge.Modules.Connections.Demo;

/// <summary>
/// The demo agency connected to the in-process sandbox: app settings pointing at it, and a fresh partner
/// authorization at every start (the sandbox keeps its world in memory, so old tokens die with the process).
/// </summary>
internal sealed class ConnectionsDemo(
    DemoSandbox sandbox, TikTokAppSettings settings, PartnerConnection connection, PublicUrl urls, IHttpClientFactory http, ILogger<ConnectionsDemo> logger)
    : IDemoSeeder
{
    public int Order => 150;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await ConnectAsync(cancellationToken);
        }
        catch (Exception e) when (e is IOException or HttpRequestException or InvalidOperationException)
        {
            // The rest of the demo works without TikTok; the TikTok Shop page says it is not connected.
            logger.LogWarning(e, "The demo's TikTok Shop sandbox could not start or connect (port {Port} busy?)", "Demo:SandboxPort");
        }
    }

    private async Task ConnectAsync(CancellationToken cancellationToken)
    {
        // TikTok's webhook address (the Orders module's endpoint): a demo seller who authorizes the app gets live webhooks.
        var baseUrl = await sandbox.StartAsync(urls.For(ConnectEndpoints.CallbackPath), urls.For("/webhooks/tiktok"), cancellationToken);
        var system = new Actor(Guid.Empty, Guid.Empty, OrganizationKind.Agency, "Demo", new HashSet<string>());
        await settings.SaveAsync(system, new TikTokAppChange(DemoSandbox.AppKey, DemoSandbox.AppSecret, DemoSandbox.ServiceId, TikTokEnvironment.Sandbox, baseUrl.ToString()), cancellationToken);

        using var client = http.CreateClient(nameof(ConnectionsDemo));
        var response = await client.PostAsJsonAsync(new Uri(baseUrl, "/sandbox/authorizations"), new { user_type = 3 }, cancellationToken);
        response.EnsureSuccessStatusCode();
        var grant = await response.Content.ReadFromJsonAsync<SandboxGrant>(cancellationToken) ?? throw new InvalidOperationException("The sandbox granted no code.");
        await connection.ConnectWithCodeAsync(Guid.Empty, grant.Code, cancellationToken);
    }

    private sealed record SandboxGrant(string Code);
}
