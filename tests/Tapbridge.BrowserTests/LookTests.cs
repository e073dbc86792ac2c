using Tapbridge.Platform.Demo;

namespace Tapbridge.BrowserTests;

/// <summary>
/// The product follows the phone's dark mode and stays readable in it; a tap on a link shows a bar at the top until
/// the next page has drawn.
/// </summary>
[Collection(OneDemoWorld.Name)]
public sealed class LookTests(BrowserApp fixture)
{
    [Fact]
    public async Task A_phone_in_dark_mode_gets_dark_pages_with_no_serious_accessibility_problem()
    {
        var app = fixture.Require();
        await using var context = await app.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseUrl,
            ViewportSize = Screens.Phone,
            IsMobile = true,
            HasTouch = true,
            ColorScheme = ColorScheme.Dark,
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = "en-US" },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/signin");
        (await BackgroundLightnessAsync(page, ".tb-public")).ShouldBeLessThan(0.2, "the public pages are dark");
        await page.ExpectAccessibleAsync();
        await page.ShotAsync("dark-signin-phone");

        await page.SignInAsync(await AccessibilityTests.PaidCreatorAsync(app), new DemoSettings().Password);
        foreach (var path in new[] { "/creator", "/creator/products", "/creator/earnings", "/creator/payouts" })
        {
            await page.OpenPortalPageAsync(path);
            await page.Locator("#tb-page[data-theme=dark]").WaitForAsync();
            (await BackgroundLightnessAsync(page, "body")).ShouldBeLessThan(0.2, $"{path} is dark");
            await page.ExpectAccessibleAsync();
        }

        await page.ShotAsync("dark-creator-payouts-phone");
    }

    [Fact]
    public async Task A_tap_on_a_link_shows_the_loading_bar_until_the_next_page_draws()
    {
        var app = fixture.Require();
        await using var context = await app.NewContextAsync(Screens.Phone);
        var page = await context.NewPageAsync();
        await page.SignInAsync(await AccessibilityTests.PaidCreatorAsync(app), new DemoSettings().Password);
        await page.OpenPortalPageAsync("/creator");
        await page.EvaluateAsync("""
            () => {
                window.tbLoadingSeen = false;
                new MutationObserver(() => {
                    window.tbLoadingSeen ||= document.documentElement.classList.contains('tb-navigating');
                }).observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
            }
            """);
        await page.Locator(".tb-bottom-nav a[href='/creator/earnings']").ClickAsync();
        await page.WaitForURLAsync("**/creator/earnings");
        await page.Locator("h1").Filter(new() { HasText = "Earnings" }).WaitForAsync();
        (await page.EvaluateAsync<bool>("() => window.tbLoadingSeen")).ShouldBeTrue("the bar showed after the tap");
        await page.WaitForFunctionAsync("() => !document.documentElement.classList.contains('tb-navigating')");
    }

    private static Task<double> BackgroundLightnessAsync(IPage page, string selector) =>
        page.EvaluateAsync<double>(
            """
            selector => {
                const [r, g, b] = getComputedStyle(document.querySelector(selector)).backgroundColor.match(/\d+/g).map(Number);
                return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
            }
            """,
            selector);
}
