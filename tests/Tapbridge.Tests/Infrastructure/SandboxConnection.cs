using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Connections;
using Tapbridge.Platform.Auth;
using TikTokShopSandbox;

namespace Tapbridge.Tests.Infrastructure;

/// <summary>Points the app at a sandbox and connects the agency as a partner, the way an admin would (consent via the sandbox's shortcut).</summary>
public static class SandboxConnection
{
    private static readonly Actor System = new(Guid.Empty, Guid.Empty, OrganizationKind.Agency, "test", new HashSet<string>());

    public static async Task<PartnerConnection> ConnectAsync(this AsyncServiceScope scope, SandboxHost sandbox)
    {
        await scope.ServiceProvider.GetRequiredService<TikTokAppSettings>().SaveAsync(System,
            new TikTokAppChange(sandbox.Options.AppKey, sandbox.Options.AppSecret, sandbox.Options.ServiceId, TikTokEnvironment.Sandbox, sandbox.BaseUrl.ToString()), CancellationToken.None);
        using var admin = new HttpClient { BaseAddress = sandbox.BaseUrl };
        var grant = await (await admin.PostAsJsonAsync("/sandbox/authorizations", new { user_type = 3 })).Content.ReadFromJsonAsync<JsonElement>();
        var connection = scope.ServiceProvider.GetRequiredService<PartnerConnection>();
        await connection.ConnectWithCodeAsync(Guid.Empty, grant.GetProperty("code").GetString()!, CancellationToken.None);
        return connection;
    }
}
