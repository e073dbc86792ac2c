using System.Text.RegularExpressions;
using Tapbridge.Platform.Demo;

namespace Tapbridge.BrowserTests;

/// <summary>An account manager creates a campaign in a connected market, publishes it and reads its history.</summary>
[Collection(OneDemoWorld.Name)]
public sealed class CampaignTests(BrowserApp fixture)
{
    [Fact]
    public async Task A_manager_creates_and_publishes_a_campaign_and_sees_it_on_tiktok_and_in_the_history()
    {
        var app = fixture.Require();
        await using var context = await app.NewContextAsync(Screens.Desktop);
        var page = await context.NewPageAsync();
        await page.SignInAsync(DemoSettings.Email("manager"), new DemoSettings().Password);
        await page.OpenPortalPageAsync("/agency/campaigns");
        await page.ShotAsync("agency-campaigns-desktop");
        await page.ClickAsync("#new-campaign");
        await page.WaitForURLAsync(new Regex("/agency/campaigns/new"));
        await page.WaitForSelectorAsync("#tb-page[data-interactive=true]");

        await page.ClickAsync("#campaign-market");
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Philippines" }).ClickAsync();
        var name = "Payday Picks " + Guid.NewGuid().ToString("N")[..6];
        await page.FillAsync("#campaign-name", name);
        await page.FillAsync("#campaign-description", "Payday deals for home and beauty; samples for 5K+ creators.");
        await page.FillAsync("#contact-email", "partners@sunrise-affiliates.test");
        await page.FillAsync("#contact-messenger", "+639171234567");
        await page.Locator("#contact-messenger").PressAsync("Tab");
        await page.ShotAsync("agency-campaign-new-desktop");
        await page.ClickAsync("#create-campaign");

        await page.WaitForURLAsync(new Regex("/agency/campaigns/[0-9a-f-]{36}$"));
        await page.WaitForSelectorAsync("#publish-campaign");
        (await page.ContentAsync()).ShouldContain("TikTok campaign ");
        await page.ClickAsync("#publish-campaign");
        await page.Locator(".mud-snackbar", new() { HasText = "Published" }).WaitForAsync();
        (await page.Locator("#campaign-history").InnerTextAsync()).ShouldContain("Published by Paolo Reyes");
        await page.ShotAsync("agency-campaign-published-desktop");
    }

    [Fact]
    public async Task A_campaign_that_breaks_a_rule_says_which_field_on_a_phone()
    {
        var app = fixture.Require();
        await using var context = await app.NewContextAsync(Screens.Phone);
        var page = await context.NewPageAsync();
        await page.SignInAsync(DemoSettings.Email("admin"), new DemoSettings().Password);
        await page.OpenPortalPageAsync("/agency/campaigns/new");
        await page.ClickAsync("#campaign-market");
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Vietnam" }).ClickAsync();
        await page.FillAsync("#campaign-name", "No Zalo given");
        await page.FillAsync("#campaign-description", "d");
        await page.FillAsync("#contact-email", "tap@agency.test");
        await page.Locator("#contact-email").PressAsync("Tab");
        await page.ClickAsync("#create-campaign");

        await page.Locator("text=TikTok requires a Zalo number").WaitForAsync();
        await page.ShotAsync("agency-campaign-error-phone");
    }
}
