using System.Text.RegularExpressions;
using Tapbridge.Platform.Demo;

namespace Tapbridge.BrowserTests;

/// <summary>The flows a new person goes through: sign up, sign in, recover a password, create an API token.</summary>
[Collection(OneDemoWorld.Name)]
public sealed class AccountFlowTests(BrowserApp fixture)
{
    private const string Password = "my very own creator passphrase";
    private static readonly string DemoPassword = new DemoSettings().Password;

    [Fact]
    public async Task A_creator_signs_up_on_a_phone_and_lands_in_the_creator_portal()
    {
        var app = fixture.Require();
        await using var context = await app.NewContextAsync(Screens.Phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.ShotAsync("public-landing-phone");
        await page.ClickAsync("text=Join as a creator");
        await page.WaitForURLAsync(new Regex("/account/signup/creator"));

        var handle = "new_" + Guid.NewGuid().ToString("N")[..8];
        await page.FillAsync("#handle", "@" + handle);
        await page.SelectOptionAsync("#market", "PH");
        await page.FillAsync("#name", "Bianca Reyes");
        await page.FillAsync("#followers", "15400");
        await page.FillAsync("#email", $"{handle}@creator.test");
        await page.FillAsync("#password", Password);
        await page.FillAsync("#confirm", Password);
        await page.ShotAsync("public-signup-creator-phone");
        await page.ClickAsync("button[type=submit]");

        await page.WaitForURLAsync(new Regex("/creator"));
        await page.WaitForSelectorAsync("#tb-page[data-interactive=true]");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Hi, Bianca Reyes");
        (await page.ContentAsync()).ShouldContain("@" + handle);
        await page.ShotAsync("creator-welcome-phone");
    }

    [Fact]
    public async Task A_seller_signs_up_and_adds_a_second_shop()
    {
        var app = fixture.Require();
        await using var context = await app.NewContextAsync(Screens.Desktop);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/signup/seller");
        var code = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await page.FillAsync("#brand", "Mekong Crafts");
        await page.FillAsync("#name", "Lan Vo");
        await page.FillAsync("#email", $"lan.{code}@mekong.test");
        await page.FillAsync("#password", Password);
        await page.FillAsync("#confirm", Password);
        await page.SelectOptionAsync("#market", "VN");
        await page.FillAsync("#shopCode", "VN" + code);
        await page.FillAsync("#shopName", "Mekong Crafts VN");
        await page.ShotAsync("public-signup-seller-desktop");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(new Regex("/seller"));

        await page.OpenPortalPageAsync("/seller/shops");
        await page.Locator(".mud-select").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Thailand" }).ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('.mud-select input')?.value === 'TH'");
        await page.GetByLabel("Shop code").FillAsync("TH" + code);
        await page.GetByLabel("Shop name").FillAsync("Mekong Crafts Thailand");
        await page.GetByLabel("Shop name").PressAsync("Tab");
        await page.ClickAsync("button:has-text('Add shop')");

        try
        {
            await page.Locator("td", new() { HasText = "Mekong Crafts Thailand" }).WaitForAsync(new() { Timeout = 10_000 });
        }
        catch (TimeoutException)
        {
            await page.ShotAsync("failed-seller-shops-added-desktop");
            throw;
        }
        await page.ShotAsync("seller-shops-added-desktop");
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_through_the_mail_folder_an_admin_can_read()
    {
        var app = fixture.Require();
        // Its own seller: the other tests sign in with the demo password.
        var email = DemoSettings.Email("seller.siamactive");
        await using var seller = await app.NewContextAsync(Screens.Phone);
        var sellerPage = await seller.NewPageAsync();
        await sellerPage.GotoAsync("/account/forgot-password");
        await sellerPage.FillAsync("#email", email);
        await sellerPage.ClickAsync("button[type=submit]");
        await sellerPage.Locator("text=we have sent it a link").WaitForAsync();

        await using var admin = await app.NewContextAsync(Screens.Desktop);
        var adminPage = await admin.NewPageAsync();
        await adminPage.SignInAsync(DemoSettings.Email("admin"), DemoPassword);
        await adminPage.OpenPortalPageAsync("/agency/mail");
        await adminPage.Locator(".mud-list-item", new() { HasText = email }).First.ClickAsync();
        var link = await adminPage.Locator("#mail-view a").First.GetAttributeAsync("href");
        await adminPage.ShotAsync("agency-mail-reset-desktop");
        link.ShouldNotBeNull().ShouldContain("/account/reset-password");

        await sellerPage.GotoAsync(link);
        await sellerPage.FillAsync("#password", "siam active new passphrase");
        await sellerPage.FillAsync("#confirm", "siam active new passphrase");
        await sellerPage.ClickAsync("button[type=submit]");
        await sellerPage.Locator("text=Your password is changed").WaitForAsync();
        await sellerPage.SignInAsync(email, "siam active new passphrase");
        sellerPage.Url.ShouldEndWith("/seller");
    }

    [Fact]
    public async Task A_person_creates_an_api_token_that_the_api_accepts_once_shown()
    {
        var app = fixture.Require();
        await using var context = await app.NewContextAsync(Screens.Desktop);
        var page = await context.NewPageAsync();
        await page.SignInAsync(DemoSettings.Email("manager"), DemoPassword);
        await page.OpenPortalPageAsync("/agency/settings");
        await page.GetByLabel("Token name").FillAsync("Weekly report");
        await page.ClickAsync("#create-token");
        var secret = await page.Locator("[data-testid=token-secret]").InnerTextAsync();
        await page.ShotAsync("agency-settings-token-desktop");

        using var api = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        api.DefaultRequestHeaders.Authorization = new("Bearer", secret.Trim());
        var me = await api.GetStringAsync("/api/v1/account/me");
        me.ShouldContain(DemoSettings.Email("manager"));
    }

    [Fact]
    public async Task The_sign_in_page_offers_the_demo_accounts_and_signs_in_with_one_click()
    {
        var app = fixture.Require();
        foreach (var size in new[] { Screens.Desktop, Screens.Phone })
        {
            await using var context = await app.NewContextAsync(size);
            var page = await context.NewPageAsync();
            await page.GotoAsync("/account/signin");
            await page.ShotAsync($"public-signin-{Screens.SizeName(size)}");
            await page.ClickAsync($"button[aria-label='Sign in as {DemoSettings.Email("finance")}']");
            await page.WaitForURLAsync(new Regex("/agency$"));
        }
    }
}
