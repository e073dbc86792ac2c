using System.Text.RegularExpressions;
using Tapbridge.Platform.Demo;

namespace Tapbridge.BrowserTests;

/// <summary>Every role signs in and opens every page of its portal, at desktop and phone size, with a screenshot of each.</summary>
[Collection(OneDemoWorld.Name)]
public sealed class PortalTests(BrowserApp fixture)
{
    private static readonly string DemoPassword = new DemoSettings().Password;

    public static TheoryData<string, string, string[]> Roles() => new()
    {
        { "agency-admin", DemoSettings.Email("admin"), ["/agency", "/agency/sellers", "/agency/creators", "/agency/staff", "/agency/tiktok", "/agency/mail", "/agency/settings"] },
        { "agency-manager", DemoSettings.Email("manager"), ["/agency", "/agency/creators", "/agency/reviews", "/agency/catalogue", "/agency/settings"] },
        { "agency-finance", DemoSettings.Email("finance"), ["/agency", "/agency/sellers", "/agency/reviews", "/agency/settings"] },
        { "seller", DemoSettings.Email("seller.lumiere"), ["/seller", "/seller/campaigns", "/seller/registrations", "/seller/shops", "/seller/team", "/seller/settings"] },
        { "seller-kopi", DemoSettings.Email("seller.kopi"), ["/seller", "/seller/registrations"] },
        { "creator", DemoSettings.Email("linh.beauty"), ["/creator", "/creator/settings"] },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Each_role_signs_in_and_opens_every_page_of_its_portal(string role, string email, string[] paths)
    {
        var app = fixture.Require();
        foreach (var size in new[] { Screens.Desktop, Screens.Phone })
        {
            await using var context = await app.NewContextAsync(size);
            var page = await context.NewPageAsync();
            await page.SignInAsync(email, DemoPassword);
            foreach (var path in paths)
            {
                await page.OpenPortalPageAsync(path);
                (await page.Locator("h1").First.InnerTextAsync()).ShouldNotBeNullOrWhiteSpace();
                await page.ShotAsync($"{role}{path.Replace('/', '-')}-{Screens.SizeName(size)}");
            }
        }
    }

    [Fact]
    public async Task Staff_pages_hide_admin_entries_from_non_admins_and_refuse_direct_visits()
    {
        var app = fixture.Require();
        await using var context = await app.NewContextAsync(Screens.Desktop);
        var page = await context.NewPageAsync();
        await page.SignInAsync(DemoSettings.Email("finance"), DemoPassword);
        await page.OpenPortalPageAsync("/agency");

        (await page.Locator("nav a[href='/agency/staff']").CountAsync()).ShouldBe(0);
        await page.GotoAsync("/agency/staff");
        await page.WaitForURLAsync(new Regex("/account/access-denied"));
    }

    [Fact]
    public async Task The_creator_portal_fits_a_phone_without_horizontal_scrolling()
    {
        var app = fixture.Require();
        await using var context = await app.NewContextAsync(Screens.Phone);
        var page = await context.NewPageAsync();
        await page.SignInAsync(DemoSettings.Email("maria.glowup"), DemoPassword);

        foreach (var path in new[] { "/creator", "/creator/settings" })
        {
            await page.OpenPortalPageAsync(path);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            overflow.ShouldBeLessThanOrEqualTo(0, $"{path} scrolls sideways on a 360 px phone");
            (await page.Locator("nav.tb-bottom-nav").IsVisibleAsync()).ShouldBeTrue();
        }
    }
}
