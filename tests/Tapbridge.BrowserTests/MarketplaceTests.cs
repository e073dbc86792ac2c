using System.Text.RegularExpressions;
using Tapbridge.Platform.Demo;

namespace Tapbridge.BrowserTests;

/// <summary>On a phone, an approved creator finds products through a rail and through search, and opens one.</summary>
[Collection(OneDemoWorld.Name)]
public sealed class MarketplaceTests(BrowserApp fixture)
{
    [Fact]
    public async Task An_approved_creator_browses_the_rails_searches_and_opens_a_product_on_a_phone()
    {
        var app = fixture.Require();
        await using var context = await app.NewContextAsync(Screens.Phone);
        var page = await context.NewPageAsync();
        await page.SignInAsync(DemoSettings.Email("maria.glowup"), new DemoSettings().Password);
        await page.OpenPortalPageAsync("/creator/products");
        await page.Locator("#rail-high-commission .tb-product-card").First.WaitForAsync();
        await page.ShotAsync("creator-products-phone");
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth")).ShouldBeLessThanOrEqualTo(0);

        var first = await page.Locator("#rail-high-commission .tb-product-card").First.GetAttributeAsync("data-product");
        await page.FillAsync("#product-search", first!.Split(' ')[1]);
        await page.Locator("#product-search").PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("/creator/products/all\\?q="));
        await page.WaitForSelectorAsync("#tb-page[data-interactive=true]");
        await page.Locator($"#product-list [data-product='{first}']").WaitForAsync();
        await page.ShotAsync("creator-products-search-phone");

        await page.Locator($"#product-list [data-product='{first}']").ClickAsync();
        await page.WaitForURLAsync(new Regex("/creator/products/[0-9a-f-]{36}$"));
        await page.Locator("#product-earnings", new() { HasText = "You earn per sale" }).WaitForAsync();
        (await page.Locator("h1").InnerTextAsync()).ShouldBe(first);
        await page.ShotAsync("creator-product-phone");

        await page.OpenPortalPageAsync("/creator/showcase");
        await page.Locator("[data-showcase-item]").First.WaitForAsync();
        int.Parse(await page.Locator("#total-clicks").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0, "the demo's showcases have two weeks of clicks");
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth")).ShouldBeLessThanOrEqualTo(0);
        await page.ShotAsync("creator-showcase-demo-phone");
    }
}
