using System.Text.RegularExpressions;
using Tapbridge.Platform.Demo;

namespace Tapbridge.BrowserTests;

/// <summary>
/// In the demo world: a creator reads her Earnings on a phone and opens a line's explanation; Finance checks the ledger
/// and the agency's orders on a desktop.
/// </summary>
public sealed class EarningsTests(BrowserApp fixture) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_creator_sees_her_earnings_by_stage_and_why_a_line_pays_what_it_pays_on_a_phone()
    {
        var app = fixture.Require();
        await using var context = await app.NewContextAsync(Screens.Phone);
        var page = await context.NewPageAsync();
        await page.SignInAsync(DemoSettings.Email("maria.glowup"), new DemoSettings().Password);
        await page.OpenPortalPageAsync("/creator/earnings");
        await page.Locator("[data-line]").First.WaitForAsync();
        (await page.Locator("#next-payout").InnerTextAsync()).ShouldContain("25");
        await page.Locator("[data-stage-total=Confirmed], [data-stage-total=Payable]").First.WaitForAsync();
        (await page.Locator("[data-report-status]").CountAsync()).ShouldBeGreaterThanOrEqualTo(1, "the demo has Maria's missing-order reports");
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth")).ShouldBeLessThanOrEqualTo(0);
        await page.ShotAsync("creator-earnings-phone");

        await page.Locator("[data-line] a").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/creator/earnings/[0-9a-f-]{36}$"));
        await page.Locator("#line-payments").WaitForAsync();
        (await page.Locator("#agency-pays-creator").InnerTextAsync()).ShouldContain("PHP");
        (await page.Locator("#share-rate-source").InnerTextAsync()).ShouldContain("agreed share");
        await page.Locator("#line-history").WaitForAsync();
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth")).ShouldBeLessThanOrEqualTo(0);
        await page.ShotAsync("creator-earning-line-phone");
    }

    [Fact]
    public async Task Finance_checks_the_ledger_and_opens_an_order_line_on_a_desktop()
    {
        var app = fixture.Require();
        await using var context = await app.NewContextAsync(Screens.Desktop);
        var page = await context.NewPageAsync();
        await page.SignInAsync(DemoSettings.Email("finance"), new DemoSettings().Password);
        await page.OpenPortalPageAsync("/agency/finance");
        await page.ClickAsync("#check-ledger");
        await page.Locator("#ledger-balanced").WaitForAsync();
        await page.ShotAsync("agency-finance-desktop");

        await page.OpenPortalPageAsync("/agency/orders");
        await page.Locator("#orders-table .tb-order-link").First.WaitForAsync();
        await page.ShotAsync("agency-orders-desktop");
        await page.Locator("#orders-table .tb-order-link").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/agency/orders/[0-9a-f-]{36}$"));
        await page.Locator("#line-history").WaitForAsync();
        await page.ShotAsync("agency-order-line-desktop");
    }
}
