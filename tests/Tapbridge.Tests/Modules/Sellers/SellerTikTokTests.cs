using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Connections;
using Tapbridge.Modules.Orders.Webhooks;
using Tapbridge.Modules.Sellers;
using Tapbridge.Platform.Auth;
using Tapbridge.Tests.Infrastructure;
using Tapbridge.TikTokShop.Webhooks;

namespace Tapbridge.Tests.Modules.Sellers;

/// <summary>
/// A seller authorizes the agency's app for their shops through TikTok's consent (against the sandbox), so that TikTok
/// sends the shops' webhooks; the authorization must cover a shop registered here, and TikTok's webhook 6 ends it.
/// </summary>
public abstract class SellerTikTokTests(TapbridgeApp fixture) : SandboxTests(fixture, "seller-auth-app")
{
    [Fact]
    public async Task A_seller_authorizes_the_app_for_their_shops_and_a_withdrawal_in_TikTok_ends_it()
    {
        var shop = (await ShopsAsync())[0];
        var (seller, _) = await App.SignUpSellerAsync(market: shop.GetProperty("region").GetString()!);
        var code = shop.GetProperty("code").GetString()!;
        (await seller.PostAsJsonAsync("/api/v1/seller/shops", new { shopCode = code, shopName = "Flagship", market = shop.GetProperty("region").GetString() })).EnsureSuccessStatusCode();
        (await seller.GetAsync("/api/v1/seller/tiktok")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var done = await AuthorizeAsync(seller, code);
        done.Headers.Location!.ToString().ShouldBe("/seller/settings?tiktok=connected");
        var account = (await seller.GetFromJsonAsync<SellerTikTokAccount>("/api/v1/seller/tiktok"))!;
        account.Shops.ShouldContain(s => s.Code == code && s.ShopId == shop.GetProperty("shop_id").GetString());
        account.RevokedAt.ShouldBeNull();
        (await seller.GetStringAsync("/api/v1/seller/tiktok")).ShouldNotContain("TTP_", Case.Sensitive, "tokens never leave the server");
        var staff = await App.SignInAsync(await App.CreateStaffAsync(Roles.AccountManager));
        var listed = (await staff.GetFromJsonAsync<List<SellerSummary>>("/api/v1/agency/sellers"))!.Single(s => s.Shops.Any(shop => shop.ShopCode == code));
        listed.AuthorizedAt.ShouldBe(account.AuthorizedAt, "staff see which sellers' webhooks reach the agency");

        var body = JsonSerializer.Serialize(new
        {
            type = 6, tts_notification_id = Guid.NewGuid().ToString("N"), shop_id = shop.GetProperty("shop_id").GetString(), timestamp = 1764000000,
            data = new { message = "The seller deauthorized the app." },
        });
        using var webhook = new HttpRequestMessage(HttpMethod.Post, "/webhooks/tiktok") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        webhook.Headers.TryAddWithoutValidation("Authorization", WebhookSignature.Compute(Sandbox.Options.AppKey, Sandbox.Options.AppSecret, Encoding.UTF8.GetBytes(body)));
        (await App.CreateClient().SendAsync(webhook)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using (var scope = App.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<WebhookProcessor>().RunAsync(CancellationToken.None);
        }

        (await seller.GetFromJsonAsync<SellerTikTokAccount>("/api/v1/seller/tiktok"))!.RevokedAt.ShouldNotBeNull();
        (await staff.GetFromJsonAsync<List<SellerSummary>>("/api/v1/agency/sellers"))!.Single(s => s.Id == listed.Id).AuthorizedAt.ShouldBeNull();
    }

    [Fact]
    public async Task An_authorization_that_covers_no_shop_registered_here_is_refused_and_stores_nothing()
    {
        var other = (await ShopsAsync())[1];
        var (seller, _) = await App.SignUpSellerAsync();

        var done = await AuthorizeAsync(seller, other.GetProperty("code").GetString()!);
        done.Headers.Location!.ToString().ShouldBe("/seller/settings?tiktokError=shops");
        (await seller.GetAsync("/api/v1/seller/tiktok")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var replay = await seller.GetAsync("/seller/tiktok/callback?code=x&state=not-started-here");
        replay.Headers.Location!.ToString().ShouldBe("/seller/settings?tiktokError=failed");
    }

    private async Task<List<JsonElement>> ShopsAsync() => (await Admin.GetFromJsonAsync<List<JsonElement>>("/sandbox/shops"))!;

    /// <summary>The consent round trip as a browser makes it: start, TikTok's consent (the sandbox's shortcut), the app's one callback address.</summary>
    private async Task<HttpResponseMessage> AuthorizeAsync(HttpClient seller, string shopCode)
    {
        var start = await seller.GetAsync("/seller/tiktok/start");
        start.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var consent = start.Headers.Location!;
        consent.AbsolutePath.ShouldBe("/open/authorize");
        var state = System.Web.HttpUtility.ParseQueryString(consent.Query)["state"];
        var grant = await (await Admin.PostAsJsonAsync("/sandbox/authorizations", new { user_type = 0, shop_code = shopCode })).Content.ReadFromJsonAsync<JsonElement>();
        var callback = await seller.GetAsync($"/connections/tiktok/callback?code={grant.GetProperty("code").GetString()}&state={Uri.EscapeDataString(state!)}");
        callback.StatusCode.ShouldBe(HttpStatusCode.Redirect, "a seller's consent goes on to the seller portal");
        callback.Headers.Location!.ToString().ShouldStartWith("/seller/tiktok/callback");
        return await seller.GetAsync(callback.Headers.Location!.ToString());
    }
}

public sealed class SellerTikTokTestsOnSqlite(SqliteApp app) : SellerTikTokTests(app), IClassFixture<SqliteApp>;

public sealed class SellerTikTokTestsOnPostgres(PostgresApp app) : SellerTikTokTests(app), IClassFixture<PostgresApp>;
