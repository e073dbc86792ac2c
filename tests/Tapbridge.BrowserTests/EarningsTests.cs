using System.Text.RegularExpressions;
using Tapbridge.Platform.Demo;

namespace Tapbridge.BrowserTests;

/// <summary>
/// In the demo world: a creator reads her Earnings on a phone and opens a line's explanation; Finance checks the ledger
/// and the agency's orders on a desktop, and posts an adjustment the creator then reads, posted by "the agency", beside
/// her progress in the demo's campaign bonus.
/// </summary>
[Collection(OneDemoWorld.Name)]
public sealed class EarningsTests(BrowserApp fixture)
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
        (await page.Locator("#next-payout").InnerTextAsync()).ShouldMatch(@"(10|25) [A-Z][a-z]{2} 20\d\d", "the demo market pays on the 10th and the 25th");
        await page.Locator("[data-stage-total=Confirmed], [data-stage-total=Payable]").First.WaitForAsync();
        (await page.Locator("[data-report-status]").CountAsync()).ShouldBeGreaterThanOrEqualTo(1, "the demo has Maria's missing-order reports");
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth")).ShouldBeLessThanOrEqualTo(0);
        await page.ShotAsync("creator-earnings-phone");

        await page.Locator("[data-line] a").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/creator/earnings/[0-9a-f-]{36}$"));
        await page.Locator("#line-summary").WaitForAsync();
        (await page.Locator("#agency-pays-creator").InnerTextAsync()).ShouldContain("₱");
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

        await page.Locator("#line-ledger .mud-expand-panel-header").ClickAsync();
        await page.Locator("#line-ledger .mud-collapse-entered").WaitForAsync();
        var first = page.Locator("#line-ledger [data-entry-kind]").First;
        await first.Locator("[data-account='TikTokReceivable']").WaitForAsync();
        await first.Locator("[data-account='CommissionRevenue']").WaitForAsync();
        (await first.Locator("[data-account]").CountAsync()).ShouldBeGreaterThanOrEqualTo(2, "an entry shows both sides of what it moves");
        await page.ShotAsync("agency-order-line-ledger-desktop");
    }

    [Fact]
    public async Task Finance_posts_an_adjustment_and_the_creator_reads_it_posted_by_the_agency_beside_her_campaign_bonus_progress()
    {
        var app = fixture.Require();
        var reason = "Thank-you bonus for the unboxing video " + Guid.NewGuid().ToString("N")[..6];
        await using (var desktop = await app.NewContextAsync(Screens.Desktop))
        {
            var page = await desktop.NewPageAsync();
            await page.SignInAsync(DemoSettings.Email("finance"), new DemoSettings().Password);
            await page.OpenPortalPageAsync("/agency/finance/adjustments");
            await page.Locator(".mud-select", new() { Has = page.Locator("#adjustment-market") }).First.ClickAsync();
            await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Philippines" }).ClickAsync();
            await page.FillAsync("#adjustment-creator", "maria");
            await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "maria.glowup" }).ClickAsync();
            await page.FillAsync("#adjustment-amount", "250.50");
            await page.FillAsync("#adjustment-reason", reason);
            await page.Locator("#adjustment-reason").PressAsync("Tab");
            await page.ClickAsync("#post-adjustment");
            await page.Locator("#adjustments-table tr", new() { HasText = reason }).WaitForAsync();
            (await page.Locator("#adjustments-table tr", new() { HasText = reason }).InnerTextAsync()).ShouldContain("+₱250.50");
            await page.ShotAsync("agency-finance-adjustments-desktop");

            await page.OpenPortalPageAsync("/agency/campaigns");
            await page.ClickAsync("a:has-text('Home Essentials PH')");
            await page.Locator("#campaign-bonus").WaitForAsync();
            (await page.InputValueAsync("#bonus-threshold")).ShouldBe("10", "the demo's bonus: ₱20 an order after the first 10");
            await page.ShotAsync("agency-campaign-bonus-desktop");
        }

        await using var phone = await app.NewContextAsync(Screens.Phone);
        var creator = await phone.NewPageAsync();
        await creator.SignInAsync(DemoSettings.Email("maria.glowup"), new DemoSettings().Password);
        await creator.OpenPortalPageAsync("/creator/earnings");
        var card = creator.Locator("[data-adjustment]", new() { HasText = reason });
        await card.WaitForAsync();
        var text = await card.InnerTextAsync();
        text.ShouldContain("+₱250.50");
        text.ShouldContain("Posted by the agency");
        (await creator.Locator("#earnings-adjustments").InnerTextAsync()).ShouldNotContain("Quang Nguyen", Case.Sensitive, "staff names stay inside the agency");
        (await creator.Locator("[data-adjustment-reversed]").CountAsync()).ShouldBeGreaterThanOrEqualTo(1, "the demo has a reimbursement posted twice and reversed");
        (await creator.Locator("[data-bonus] [data-bonus-orders]").First.InnerTextAsync()).ShouldContain("of 10 orders");
        (await creator.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth")).ShouldBeLessThanOrEqualTo(0);
        await card.ScrollIntoViewIfNeededAsync();
        await creator.ShotAsync("creator-earnings-adjustments-phone");
    }
}
