using System.Text.RegularExpressions;
using Tapbridge.Platform.Demo;

namespace Tapbridge.BrowserTests;

/// <summary>
/// On a phone: a new creator signs up with niches, proves the handle with the bio code, a manager approves; the creator
/// finds a product on the Trending rail and by search, adds it to the Showcase, gets both links, and a visitor's click
/// on the short link shows on the Showcase page.
/// </summary>
[Collection(OneDemoWorld.Name)]
public sealed class CreatorOnboardingTests(BrowserApp fixture)
{
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task A_new_creator_is_approved_finds_a_trending_product_adds_it_to_the_showcase_and_sees_a_click_on_a_phone()
    {
        var app = fixture.Require();
        await using var creatorContext = await app.NewContextAsync(Screens.Phone);
        var creator = await creatorContext.NewPageAsync();
        await creator.GotoAsync("/account/signup/creator");
        var handle = "onb_" + Guid.NewGuid().ToString("N")[..8];
        await creator.FillAsync("#handle", "@" + handle);
        await creator.SelectOptionAsync("#market", "PH");
        await creator.FillAsync("#name", "Rica Santos");
        await creator.FillAsync("#followers", "8200");
        await creator.CheckAsync("input[name='Input.Niches[beauty]']");
        await creator.CheckAsync("input[name='Input.Niches[fashion]']");
        await creator.FillAsync("#phone", "+639171112222");
        await creator.FillAsync("#email", $"{handle}@creator.test");
        await creator.FillAsync("#password", Password);
        await creator.FillAsync("#confirm", Password);
        await creator.ShotAsync("creator-signup-niches-phone");
        await creator.ClickAsync("button[type=submit]");
        await creator.WaitForURLAsync(new Regex("/creator"));
        await creator.WaitForSelectorAsync("#tb-page[data-interactive=true]");
        var code = await creator.Locator("#verification-code").InnerTextAsync();
        code.ShouldMatch("^TB-[A-Z0-9]{6}$");
        await creator.ClickAsync("#code-posted");
        await creator.Locator(".mud-snackbar", new() { HasText = "checks your bio" }).WaitForAsync();
        await creator.ShotAsync("creator-onboarding-steps-phone");

        await using var staffContext = await app.NewContextAsync(Screens.Phone);
        var manager = await staffContext.NewPageAsync();
        await manager.SignInAsync(DemoSettings.Email("manager"), new DemoSettings().Password);
        await manager.OpenPortalPageAsync("/agency/creators");
        await manager.Locator(".tb-creator-link", new() { HasText = handle }).ClickAsync();
        await manager.WaitForURLAsync(new Regex("/agency/creators/[0-9a-f-]{36}$"));
        await manager.WaitForSelectorAsync("#tb-page[data-interactive=true]");
        (await manager.Locator("#handle-proof").InnerTextAsync()).ShouldContain("says the code is in the bio");
        await manager.ShotAsync("agency-creator-review-phone");
        await manager.ClickAsync("#confirm-handle");
        await manager.Locator("#handle-proof", new() { HasText = "Bio code seen" }).WaitForAsync();
        await manager.ClickAsync("#approve-creator");
        await manager.Locator(".mud-snackbar", new() { HasText = "Approved" }).WaitForAsync();
        (await manager.Locator("#creator-history").InnerTextAsync()).ShouldContain("Approved by Paolo Reyes");

        await creator.ReloadAsync();
        await creator.WaitForSelectorAsync("#tb-page[data-interactive=true]");
        (await creator.Locator("#onboarding-steps").CountAsync()).ShouldBe(0, "an approved creator has no steps left");
        (await creator.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth")).ShouldBeLessThanOrEqualTo(0);
        await creator.ShotAsync("creator-approved-phone");

        await creator.OpenPortalPageAsync("/creator/products");
        var trending = creator.Locator("#rail-trending .tb-product-card").First;
        await trending.WaitForAsync();
        var title = (await trending.GetAttributeAsync("data-product"))!;
        await creator.ShotAsync("creator-products-trending-phone");
        await creator.FillAsync("#product-search", title);
        await creator.Locator("#product-search").PressAsync("Enter");
        await creator.WaitForURLAsync(new Regex("/creator/products/all\\?q="));
        await creator.WaitForSelectorAsync("#tb-page[data-interactive=true]");
        await creator.Locator($"#product-list [data-product='{title}']").ClickAsync();
        await creator.WaitForURLAsync(new Regex("/creator/products/[0-9a-f-]{36}$"));
        await creator.WaitForSelectorAsync("#tb-page[data-interactive=true]");

        await creator.ClickAsync("#add-to-showcase-button");
        await creator.Locator("#campaign-terms").WaitForAsync();
        await creator.ShotAsync("creator-showcase-terms-phone");
        await creator.CheckAsync("#accept-terms");
        await creator.ClickAsync("#join-and-add");
        var shortLink = creator.Locator("#add-to-showcase [data-link=short]");
        await shortLink.WaitForAsync();
        (await creator.Locator("#add-to-showcase [data-link=tiktok]").GetAttributeAsync("href")).ShouldStartWith("https://affiliate.tiktok.com/api/v1/share/");
        var link = new Uri(await shortLink.InnerTextAsync());
        link.AbsolutePath.ShouldMatch("^/l/[A-Za-z0-9]{12}$");
        await creator.ShotAsync("creator-showcase-added-phone");

        await using var visitorContext = await app.Browser.NewContextAsync(new()
        {
            ViewportSize = Screens.Phone,
            IsMobile = true,
            UserAgent = "Mozilla/5.0 (Linux; Android 14; SM-A556E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36",
        });
        // The phone's browser asks for the short link; TikTok's site is not reachable from the test machine, so the redirect is read, not followed.
        var response = await visitorContext.APIRequest.GetAsync(app.BaseUrl.TrimEnd('/') + link.AbsolutePath, new() { MaxRedirects = 0 });
        response.Status.ShouldBe(302);
        response.Headers["location"].ShouldStartWith("https://affiliate.tiktok.com/api/v1/share/");

        await creator.ClickAsync("#confirm-added");
        await creator.OpenPortalPageAsync("/creator/showcase");
        var item = creator.Locator($"[data-showcase-item='{title}']");
        for (var attempt = 0; attempt < 50 && await item.Locator("[data-clicks]").InnerTextAsync() != "1"; attempt++)
        {
            await Task.Delay(200);
            await creator.OpenPortalPageAsync("/creator/showcase");
        }

        (await item.Locator("[data-clicks]").InnerTextAsync()).ShouldBe("1", "the visitor's click is counted once the writer stores it");
        (await item.Locator("[data-state]").InnerTextAsync()).ShouldBe("Verified");
        (await creator.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth")).ShouldBeLessThanOrEqualTo(0);
        await creator.ShotAsync("creator-showcase-phone");
    }
}
