using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Payouts.Batches;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Demo;

namespace Tapbridge.BrowserTests;

/// <summary>
/// axe-core finds no serious or critical problem on the public pages, on every page of a creator's journey (sign-in,
/// sign-up, home, products, a product, Showcase, earnings, a line, payouts, a statement, Me) and on every seller page,
/// at 360 and 1366 px; and on every page of the agency and Finance portals at 1366 px.
/// </summary>
[Collection(OneDemoWorld.Name)]
public sealed class AccessibilityTests(BrowserApp fixture)
{
    public static TheoryData<string> Sizes() => ["phone", "desktop"];

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task The_public_and_creator_pages_have_no_serious_accessibility_problem(string size)
    {
        var app = fixture.Require();
        await using var context = await app.NewContextAsync(size == "phone" ? Screens.Phone : Screens.Desktop);
        var page = await context.NewPageAsync();
        foreach (var path in new[] { "/", "/account/signin", "/account/signup/creator" })
        {
            await page.GotoAsync(path);
            await page.ExpectAccessibleAsync();
        }

        await page.SignInAsync(await PaidCreatorAsync(app), new DemoSettings().Password);
        string[] creatorPages =
            ["/creator", "/creator/products", "/creator/products/all", "/creator/showcase", "/creator/samples", "/creator/earnings", "/creator/payouts",
                "/creator/settings", "/creator/content"];
        foreach (var path in creatorPages)
        {
            await page.OpenPortalPageAsync(path);
            await page.ExpectAccessibleAsync();
        }

        await page.OpenPortalPageAsync("/creator/products/all");
        await page.Locator("#product-list [data-product]").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/creator/products/[0-9a-f-]{36}$"));
        await page.WaitForSelectorAsync("#tb-page[data-interactive=true]");
        await page.ExpectAccessibleAsync();

        await page.OpenPortalPageAsync("/creator/earnings");
        await page.Locator("[data-line] a").First.ClickAsync();
        await page.Locator("#line-summary").WaitForAsync();
        await page.ExpectAccessibleAsync();

        await page.OpenPortalPageAsync("/creator/payouts");
        await page.Locator("[data-statement-link]").First.ClickAsync();
        await page.Locator("#statement-items").WaitForAsync();
        await page.ExpectAccessibleAsync();
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task The_seller_pages_have_no_serious_accessibility_problem(string size)
    {
        var app = fixture.Require();
        await using var context = await app.NewContextAsync(size == "phone" ? Screens.Phone : Screens.Desktop);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/signup/seller");
        await page.ExpectAccessibleAsync();
        await page.SignInAsync(DemoSettings.Email("seller.kopi"), new DemoSettings().Password);
        string[] sellerPages =
            ["/seller", "/seller/campaigns", "/seller/registrations", "/seller/samples", "/seller/shops", "/seller/team", "/seller/settings"];
        foreach (var path in sellerPages)
        {
            await page.OpenPortalPageAsync(path);
            await page.ExpectAccessibleAsync();
        }

        await page.OpenPortalPageAsync("/seller/registrations");
        await page.Locator("a[href^='/seller/registrations/']").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/seller/registrations/[0-9a-f-]{36}$"));
        await page.WaitForSelectorAsync("#tb-page[data-interactive=true]");
        await page.ExpectAccessibleAsync();
    }

    /// <summary>Staff work at a desk: their pages are checked at 1366 px (the creator and seller pages at both sizes).</summary>
    [Fact]
    public async Task The_agency_and_finance_pages_have_no_serious_accessibility_problem()
    {
        var app = fixture.Require();
        await using var context = await app.NewContextAsync(Screens.Desktop);
        var page = await context.NewPageAsync();
        await page.SignInAsync(DemoSettings.Email("admin"), new DemoSettings().Password);
        var problems = new List<string>();
        string[] staffPages =
        [
            "/agency", "/agency/campaigns", "/agency/campaigns/new", "/agency/reviews", "/agency/samples", "/agency/samples/rules",
            "/agency/catalogue", "/agency/sellers",
            "/agency/creators", "/agency/orders", "/agency/orders/import", "/agency/staff", "/agency/tiktok", "/agency/mail",
            "/agency/settings", "/agency/finance", "/agency/finance/reconciliation", "/agency/finance/adjustments",
            "/agency/finance/payout-methods", "/agency/finance/schedules", "/agency/finance/shares", "/agency/payouts",
        ];
        foreach (var path in staffPages)
        {
            await page.OpenPortalPageAsync(path);
            problems.AddRange((await page.AccessibilityProblemsAsync()).Select(p => $"{path}: {p}"));
        }

        (string List, string Link)[] details =
        [
            ("/agency/campaigns", "a[href^='/agency/campaigns/']:not([href$='/new'])"),
            ("/agency/reviews", "a[href^='/agency/registrations/']"),
            ("/agency/creators", "a[href^='/agency/creators/']"),
            ("/agency/orders", "#orders-table .tb-order-link"),
            ("/agency/payouts", "a[href^='/agency/payouts/']"),
        ];
        foreach (var (list, link) in details)
        {
            await page.OpenPortalPageAsync(list);
            var detail = (await page.Locator(link).First.GetAttributeAsync("href"))!;
            await page.OpenPortalPageAsync(detail);
            problems.AddRange((await page.AccessibilityProblemsAsync()).Select(p => $"{detail}: {p}"));
        }

        var statement = (await page.Locator("a[href^='/agency/payouts/statements/']").First.GetAttributeAsync("href"))!;
        await page.OpenPortalPageAsync(statement);
        await page.Locator("#statement-items").WaitForAsync();
        problems.AddRange((await page.AccessibilityProblemsAsync()).Select(p => $"{statement}: {p}"));

        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_refused_sign_up_shows_every_error_at_once_and_brings_the_first_field_into_view_on_a_phone()
    {
        var app = fixture.Require();
        await using var context = await app.NewContextAsync(Screens.Phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/signup/creator");
        await page.Locator("main button[type=submit]").ClickAsync();
        await page.Locator(".validation-message").First.WaitForAsync();
        (await page.Locator(".validation-message").CountAsync()).ShouldBeGreaterThanOrEqualTo(5, "handle, country, name, followers and email at once");
        await page.WaitForFunctionAsync("() => document.activeElement?.id === 'handle'");
        (await page.EvaluateAsync<bool>("() => { const r = document.activeElement.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }"))
            .ShouldBeTrue("the first field to fix is on screen");
        await page.ShotAsync("signup-errors-phone");
    }

    [Fact]
    public async Task The_keyboard_reaches_every_part_of_a_creator_page_and_always_shows_where_it_is()
    {
        var app = fixture.Require();
        await using var context = await app.NewContextAsync(Screens.Phone);
        var page = await context.NewPageAsync();
        await page.SignInAsync(await PaidCreatorAsync(app), new DemoSettings().Password);
        await page.OpenPortalPageAsync("/creator");
        var reached = new List<string>();
        for (var i = 0; i < 60 && !reached.Contains("/creator/settings"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<string[]>("""
                () => {
                    const e = document.activeElement, style = getComputedStyle(e);
                    const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 || style.boxShadow !== 'none';
                    return [e.getAttribute('href') ?? e.tagName, ring ? 'ring' : e.outerHTML.slice(0, 120)];
                }
                """);
            focus[1].ShouldBe("ring", $"focus is visible on {focus[0]}");
            reached.Add(focus[0]);
        }

        reached.ShouldContain("/creator/earnings", "the bottom bar's links take focus");
        reached.ShouldContain("/creator/settings");
    }

    /// <summary>A demo creator the demo's past batch paid, so every page of the journey has something to show.</summary>
    internal static async Task<string> PaidCreatorAsync(BrowserApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
        return await (
                from line in db.Set<PayoutLine>()
                where line.Status == PayoutLineStatus.Paid
                join user in db.Users on line.CreatorId equals user.OrganizationId
                orderby user.Email
                select user.Email!)
            .FirstAsync();
    }
}
