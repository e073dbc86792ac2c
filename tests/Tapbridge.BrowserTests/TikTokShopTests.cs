using System.Text.RegularExpressions;
using Tapbridge.Platform.Demo;

namespace Tapbridge.BrowserTests;

/// <summary>An admin reconnects the agency through TikTok's consent page (the demo's sandbox) and sees it connected.</summary>
[Collection(OneDemoWorld.Name)]
public sealed class TikTokShopTests(BrowserApp fixture)
{
    [Fact]
    public async Task An_admin_connects_tiktok_shop_through_the_consent_page_and_tests_the_connection()
    {
        var app = fixture.Require();
        await using var context = await app.NewContextAsync(Screens.Desktop);
        var page = await context.NewPageAsync();
        await page.SignInAsync(DemoSettings.Email("admin"), new DemoSettings().Password);
        await page.OpenPortalPageAsync("/agency/tiktok");

        await page.ClickAsync("#connect");
        await page.WaitForURLAsync(new Regex("/open/authorize"));
        await page.ShotAsync("tiktok-consent-desktop");
        await page.ClickAsync("button[value=authorize]");

        await page.WaitForURLAsync(new Regex("/agency/tiktok\\?connected=true"));
        await page.WaitForSelectorAsync("#tb-page[data-interactive=true]");
        await page.Locator("text=TikTok Shop is connected.").WaitForAsync();
        await page.ClickAsync("#test-connection");
        await page.Locator(".mud-snackbar", new() { HasText = "TikTok Shop answered." }).WaitForAsync();
        (await page.Locator("#connection-status").InnerTextAsync()).ShouldContain("Sandbox Agency");
        await page.ShotAsync("agency-tiktok-connected-desktop");
    }
}
