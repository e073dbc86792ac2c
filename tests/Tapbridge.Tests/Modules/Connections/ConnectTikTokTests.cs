using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Connections;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Tests.Infrastructure;
using TikTokShopSandbox;

namespace Tapbridge.Tests.Modules.Connections;

/// <summary>An admin configures the app and connects the agency through TikTok's consent page (the sandbox's), end to end.</summary>
public abstract class ConnectTikTokTests(TapbridgeApp fixture) : AppTests(fixture), IAsyncLifetime
{
    private const string AppKey = "agency-app";
    private const string AppSecret = "agency-app-secret-0042";
    private SandboxHost? sandbox;

    public async ValueTask InitializeAsync() => sandbox = await SandboxHost.StartAsync(new SandboxOptions
    {
        AppKey = AppKey,
        AppSecret = AppSecret,
        ServiceId = "7000000000000000001",
        RedirectUrl = "http://localhost/connections/tiktok/callback",
        Start = DateTimeOffset.UtcNow,
    });

    private async Task<HttpClient> AdminWithAppAsync()
    {
        var admin = await App.SignInAsync(await App.CreateStaffAsync(Roles.Admin));
        var saved = await admin.PutAsJsonAsync("/api/v1/agency/tiktok/app", new
        {
            appKey = AppKey, appSecret = AppSecret, serviceId = "7000000000000000001", environment = "Sandbox", sandboxUrl = sandbox!.BaseUrl.ToString(),
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.NoContent, await saved.Content.ReadAsStringAsync());
        return admin;
    }

    /// <summary>Follows Tapbridge's redirect to the consent page, approves there, and returns TikTok's redirect back.</summary>
    private async Task<string> ConsentAsync(HttpClient admin, string decision = "authorize")
    {
        var start = await admin.GetAsync("/connections/tiktok/start");
        start.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var consent = start.Headers.Location!;
        consent.GetLeftPart(UriPartial.Authority).ShouldBe(sandbox!.BaseUrl.GetLeftPart(UriPartial.Authority));
        var query = System.Web.HttpUtility.ParseQueryString(consent.Query);
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var answer = await browser.PostAsync(new Uri(sandbox.BaseUrl, "/open/authorize"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["service_id"] = query["service_id"]!,
            ["state"] = query["state"]!,
            ["user_type"] = "3",
            ["decision"] = decision,
        }));
        answer.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return answer.Headers.Location!.PathAndQuery;
    }

    [Fact]
    public async Task An_admin_connects_the_agency_and_sees_its_markets_scopes_and_token_expiry()
    {
        var admin = await AdminWithAppAsync();

        var callback = await ConsentAsync(admin);
        callback.ShouldStartWith("/connections/tiktok/callback?code=");
        var back = await admin.GetAsync(callback);

        back.RedirectPath().ShouldBe("/agency/tiktok?connected=true");
        var status = await admin.GetFromJsonAsync<TikTokStatusResponse>("/api/v1/agency/tiktok");
        status!.Connection.Connected.ShouldBeTrue();
        status.Connection.Status.ShouldBe(ConnectionStatus.Active);
        status.Connection.Markets.Select(m => m.Market).ShouldBe(["ID", "MY", "PH", "SG", "TH", "US", "VN"]);
        status.Connection.GrantedScopes.ShouldNotBeEmpty();
        status.Connection.AccessTokenExpiresAt.ShouldNotBeNull().ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddDays(6));
        status.App!.SecretHint.ShouldBe("••••0042");
        (await admin.GetStringAsync("/api/v1/agency/tiktok")).ShouldNotContain(AppSecret);

        var tested = await admin.PostAsync("/api/v1/agency/tiktok/test", null);
        (await tested.Content.ReadFromJsonAsync<ConnectionStatusView>())!.LastError.ShouldBeNull();
    }

    [Fact]
    public async Task Secrets_and_tokens_are_stored_encrypted()
    {
        var admin = await AdminWithAppAsync();
        await admin.GetAsync(await ConsentAsync(admin));

        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
        var app = await db.Set<TikTokApp>().SingleAsync();
        var connection = await db.Set<TikTokConnection>().FirstAsync();
        app.ProtectedSecret.ShouldNotContain(AppSecret);
        connection.ProtectedAccessToken.ShouldNotStartWith("TTP_");
        connection.ProtectedRefreshToken.ShouldNotStartWith("TTP_");
    }

    [Fact]
    public async Task A_callback_cannot_be_replayed_nor_completed_by_another_admin()
    {
        var admin = await AdminWithAppAsync();
        var callback = await ConsentAsync(admin);
        var other = await App.SignInAsync(await App.CreateStaffAsync(Roles.Admin));

        Uri.UnescapeDataString((await other.GetAsync(callback)).RedirectPath()).ShouldContain("started by another person");
        (await admin.GetAsync(callback)).RedirectPath().ShouldBe("/agency/tiktok?connected=true");
        Uri.UnescapeDataString((await admin.GetAsync(callback)).RedirectPath()).ShouldContain("already used");
    }

    [Fact]
    public async Task Declining_on_tiktoks_page_changes_nothing_and_says_so()
    {
        var admin = await AdminWithAppAsync();
        var before = (await admin.GetFromJsonAsync<TikTokStatusResponse>("/api/v1/agency/tiktok"))!.Connection.ConnectedAt;

        var back = await admin.GetAsync(await ConsentAsync(admin, decision: "deny"));

        Uri.UnescapeDataString(back.RedirectPath()).ShouldContain("declined");
        (await admin.GetFromJsonAsync<TikTokStatusResponse>("/api/v1/agency/tiktok"))!.Connection.ConnectedAt.ShouldBe(before);
    }

    [Fact]
    public async Task Only_admins_change_the_app_and_connect()
    {
        var manager = await App.SignInAsync(await App.CreateStaffAsync(Roles.AccountManager));

        (await manager.PutAsJsonAsync("/api/v1/agency/tiktok/app", new { appKey = "x", appSecret = "y", serviceId = "z", environment = "Production" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await manager.GetAsync("/connections/tiktok/start")).RedirectPath().ShouldContain("/account/access-denied");
    }

    [Fact]
    public async Task A_sandbox_without_its_address_is_refused_by_field()
    {
        var admin = await App.SignInAsync(await App.CreateStaffAsync(Roles.Admin));

        var response = await admin.PutAsJsonAsync("/api/v1/agency/tiktok/app", new { appKey = "k", appSecret = "s", serviceId = "1", environment = "Sandbox" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("sandboxUrl");
    }

    public async ValueTask DisposeAsync()
    {
        if (sandbox is not null)
        {
            await sandbox.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}

public sealed class ConnectTikTokTestsOnSqlite(SqliteApp app) : ConnectTikTokTests(app), IClassFixture<SqliteApp>;

public sealed class ConnectTikTokTestsOnPostgres(PostgresApp app) : ConnectTikTokTests(app), IClassFixture<PostgresApp>;
