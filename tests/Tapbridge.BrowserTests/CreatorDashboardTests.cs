using System.Text.RegularExpressions;
using Tapbridge.Platform.Demo;

namespace Tapbridge.BrowserTests;

/// <summary>
/// In the demo world, on a phone: a creator whose videos TikTok reports opens her dashboard — her figures against the
/// period before, the chart and its table, her best posts and products, and when to post with the reason — switches
/// the period and opens the list her views come from; a creator with no videos of her own is shown her market's pattern.
/// </summary>
[Collection(OneDemoWorld.Name)]
public sealed class CreatorDashboardTests(BrowserApp fixture)
{
    [Fact]
    public async Task A_creator_sees_her_views_orders_and_earnings_over_time_her_best_posts_and_when_to_post_on_a_phone()
    {
        var app = fixture.Require();
        await using var context = await app.NewContextAsync(Screens.Phone);
        var page = await context.NewPageAsync();
        await page.SignInAsync(DemoSettings.Email("andrea.finds.ph"), new DemoSettings().Password);
        await page.OpenPortalPageAsync("/creator");
        await page.Locator("#figure-views").WaitForAsync();
        (await page.Locator("#figure-views .tb-stat-value").InnerTextAsync())
            .ShouldNotBe("0", "the demo's sandbox creators post all along");
        (await page.Locator("#figure-earnings").InnerTextAsync()).ShouldContain("₱");
        (await page.Locator("#dashboard-chart svg").CountAsync()).ShouldBe(1);
        (await page.Locator("#dashboard-chart").GetAttributeAsync("aria-label")).ShouldNotBeNull().ShouldContain("30");
        (await page.Locator("#top-posts .mud-list-item").CountAsync()).ShouldBeGreaterThan(0);
        (await page.Locator("#best-time-advice").InnerTextAsync()).ShouldContain("videos");
        (await page.Locator("#best-time-parts tbody tr").CountAsync()).ShouldBe(8, "four day parts on weekdays and at weekends");
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth")).ShouldBeLessThanOrEqualTo(0);
        await page.ShotAsync("creator-dashboard-phone");

        await page.Locator("#chart-table-toggle").ClickAsync();
        await page.Locator("#chart-table tbody tr").First.WaitForAsync();
        (await page.Locator("#chart-table tbody tr").CountAsync()).ShouldBe(30, "every day of the chart, as numbers");
        var thirty = await page.Locator("#dashboard-range").InnerTextAsync();
        await page.Locator("#dashboard-period button", new() { HasText = "7" }).ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#chart-table tbody tr').length === 7");
        (await page.Locator("#dashboard-range").InnerTextAsync()).ShouldNotBe(thirty);

        await page.Locator("#top-posts a", new() { HasText = "All posts" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/creator/content\\?days=7$"));
        await page.Locator("#content-list").WaitForAsync();
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth")).ShouldBeLessThanOrEqualTo(0);
        await page.ShotAsync("creator-content-phone");
    }

    [Fact]
    public async Task A_creator_without_videos_of_her_own_is_shown_her_markets_pattern_said_as_such()
    {
        var app = fixture.Require();
        await using var context = await app.NewContextAsync(Screens.Phone);
        var page = await context.NewPageAsync();
        await page.SignInAsync(DemoSettings.Email("maria.glowup"), new DemoSettings().Password);
        await page.OpenPortalPageAsync("/creator");
        await page.Locator("#best-time-advice").WaitForAsync();
        (await page.Locator("#best-time-advice").InnerTextAsync()).ShouldContain("creators in your market");
        (await page.Locator("#figure-orders .tb-stat-value").InnerTextAsync())
            .ShouldNotBe("0", "Maria's sales come from her Partner Center export");
        await page.ShotAsync("creator-dashboard-market-pattern-phone");
    }
}
