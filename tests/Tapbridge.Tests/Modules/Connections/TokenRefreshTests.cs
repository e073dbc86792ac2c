using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Connections;
using Tapbridge.Tests.Infrastructure;
using TikTokShopSandbox;

namespace Tapbridge.Tests.Modules.Connections;

/// <summary>Tapbridge and the sandbox share one clock that the test moves, so a week can pass between two lines.</summary>
public sealed class TokenRefreshTests(ClockedApp app) : IClassFixture<ClockedApp>, IAsyncLifetime
{
    private SandboxHost? sandbox;

    public async ValueTask InitializeAsync() =>
        sandbox = await SandboxHost.StartAsync(new SandboxOptions { AppKey = "refresh-app", AppSecret = "refresh-secret", Start = app.Time.Now });

    [Fact]
    public async Task The_refresh_job_renews_the_partner_token_ahead_of_expiry_and_calls_keep_working()
    {
        await using var scope = app.Scope();
        var connection = await scope.ConnectAsync(sandbox!);
        var before = await connection.StatusAsync(CancellationToken.None);

        await connection.RefreshIfDueAsync(CancellationToken.None);
        (await connection.StatusAsync(CancellationToken.None)).LastRefreshedAt.ShouldBeNull("a fresh token is not refreshed");

        await sandbox!.AdvanceAsync(TimeSpan.FromDays(6.75));
        app.Time.Now += TimeSpan.FromDays(6.75);
        await connection.RefreshIfDueAsync(CancellationToken.None);
        var after = await connection.StatusAsync(CancellationToken.None);
        after.LastRefreshedAt.ShouldBe(app.Time.Now);
        after.AccessTokenExpiresAt.ShouldNotBeNull().ShouldBeGreaterThan(before.AccessTokenExpiresAt!.Value);

        await sandbox.AdvanceAsync(TimeSpan.FromDays(1));
        app.Time.Now += TimeSpan.FromDays(1);
        (await connection.TestAsync(CancellationToken.None)).LastError.ShouldBeNull("the original token has expired by now; the refreshed one answers");
    }

    [Fact]
    public async Task A_revoked_authorization_marks_the_connection_for_reconnecting()
    {
        await using var scope = app.Scope();
        var connection = await scope.ConnectAsync(sandbox!);
        var db = scope.ServiceProvider.GetRequiredService<Tapbridge.Platform.Data.TapbridgeDbContext>();
        var stored = await db.Set<TikTokConnection>().AsNoTracking().FirstAsync();
        var accessToken = scope.ServiceProvider.GetRequiredService<Tapbridge.Platform.Security.SecretProtector>().Unprotect(stored.ProtectedAccessToken);
        using var admin = new HttpClient { BaseAddress = sandbox!.BaseUrl };
        (await admin.PostAsJsonAsync("/sandbox/tokens/revoke", new { access_token = accessToken })).EnsureSuccessStatusCode();

        var status = await connection.TestAsync(CancellationToken.None);

        status.Status.ShouldBe(ConnectionStatus.NeedsReconnect);
        status.LastError.ShouldNotBeNull().ShouldContain("105001");
    }

    public async ValueTask DisposeAsync()
    {
        if (sandbox is not null)
        {
            await sandbox.DisposeAsync();
        }
    }
}
