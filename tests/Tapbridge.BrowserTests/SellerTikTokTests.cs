using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Connections;
using Tapbridge.Modules.Sellers;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Demo;

namespace Tapbridge.BrowserTests;

/// <summary>A seller authorizes the agency's app for the shop it has in TikTok (the sandbox's seller consent page) and sees what the authorization covers.</summary>
[Collection(OneDemoWorld.Name)]
public sealed class SellerTikTokTests(BrowserApp fixture)
{
    [Fact]
    public async Task A_seller_authorizes_the_app_for_their_shop_through_tiktoks_consent()
    {
        var app = fixture.Require();
        await using var scope = app.Services.CreateAsyncScope();
        var sandbox = new Uri((await scope.ServiceProvider.GetRequiredService<TikTokAppSettings>().GetAsync(CancellationToken.None))!.SandboxUrl!);
        using var admin = new HttpClient { BaseAddress = sandbox };
        var onTikTok = (await admin.GetFromJsonAsync<JsonElement[]>("/sandbox/shops"))!.Select(s => s.GetProperty("code").GetString()!).ToHashSet();
        var kopi = await scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>().Set<SellerOrganization>().Include(s => s.Shops).SingleAsync(s => s.Name == "Kopi Kultura");
        var shop = kopi.Shops.Single(s => onTikTok.Contains(s.ShopCode)).ShopCode;

        await using var context = await app.NewContextAsync(Screens.Desktop);
        var page = await context.NewPageAsync();
        await page.SignInAsync(DemoSettings.Email("seller.kopi"), new DemoSettings().Password);
        await page.OpenPortalPageAsync("/seller/settings");
        await page.ShotAsync("seller-settings-authorize-shops");
        await page.ClickAsync("#authorize-shops");
        await page.WaitForURLAsync(new Regex("/open/authorize"));
        await page.SelectOptionAsync("select[name=shop_code]", shop);
        await page.ClickAsync("button[value=authorize]");
        await page.WaitForURLAsync(new Regex("/seller/settings\\?tiktok=connected"));
        await page.WaitForSelectorAsync("#tb-page[data-interactive=true]");
        (await page.Locator("#shop-authorization").InnerTextAsync()).ShouldContain(shop);
        (await page.Locator("#shop-authorization-error").CountAsync()).ShouldBe(0);
        await page.ShotAsync("seller-settings-shops-authorized");
    }
}
