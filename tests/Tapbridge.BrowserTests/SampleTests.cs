using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Creators;
using Tapbridge.Modules.Orders.Import;
using Tapbridge.Modules.Samples;
using Tapbridge.Modules.Samples.Requests;
using Tapbridge.Modules.Samples.Returns;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Demo;
using Tapbridge.Platform.Markets;

namespace Tapbridge.BrowserTests;

/// <summary>
/// Free samples in the browser: a Thai creator on her phone asks for one on a product page and follows it in Thai; the
/// agency's desk shows what waits, what is late, and approves.
/// </summary>
[Collection(OneDemoWorld.Name)]
public sealed class SampleTests(BrowserApp fixture)
{
    [Fact]
    public async Task A_thai_creator_asks_for_a_sample_on_her_phone_and_follows_it_in_thai()
    {
        var app = fixture.Require();
        var (email, product) = await CreatorWhoMayAskAsync(app, "TH");
        await using var context = await LanguageTests.NewContextAsync(app, "th-TH");
        var page = await context.NewPageAsync();
        await LanguageTests.SignInAsync(page, email, new DemoSettings().Password);

        await page.OpenPortalPageAsync($"/creator/products/{product}");
        await page.ClickAsync("#ask-for-sample");
        await page.Locator("#sample-form").WaitForAsync();
        await page.ClickAsync("#send-sample-request");
        await page.Locator("#sample-form .mud-input-error").First.WaitForAsync();
        (await page.Locator("#sample-form .mud-input-error").CountAsync())
            .ShouldBeGreaterThanOrEqualTo(2, "every missing field says so at once");
        await LanguageTests.ExpectLanguageAsync(page, "th", "sample-th-request-form-phone");

        await page.Locator("#sample-form .mud-select").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item:not(.mud-list-item-disabled)").First.ClickAsync();
        await page.FillAsync("#sample-recipient", "พลอย ใจดี");
        await page.FillAsync("#sample-phone", "+66 81 234 5678");
        await page.FillAsync("#sample-address", "99/1 ซอยสุขุมวิท 24\nแขวงคลองตัน เขตคลองเตย กรุงเทพฯ 10110");
        await page.FillAsync("#sample-post-on",
            DateTime.UtcNow.AddDays(6).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.ClickAsync("#send-sample-request");
        await page.Locator("#sample-asked").WaitForAsync();

        await page.OpenPortalPageAsync("/creator/samples");
        await page.Locator("#my-samples a").First.WaitForAsync();
        await LanguageTests.ExpectLanguageAsync(page, "th", "sample-th-my-samples-phone");
        await page.Locator("#my-samples a").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/creator/samples/[0-9a-f-]{36}$"));
        await page.Locator("#sample-steps").WaitForAsync();
        (await page.Locator("#withdraw-sample").CountAsync()).ShouldBe(1, "a request waiting for review can be withdrawn");
        await LanguageTests.ExpectLanguageAsync(page, "th", "sample-th-request-phone");
    }

    [Theory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public async Task The_agency_desk_shows_what_waits_and_what_is_late_and_approves_in_one_click(string size)
    {
        var app = fixture.Require();
        await using var context = await app.NewContextAsync(size == "phone" ? Screens.Phone : Screens.Desktop);
        var page = await context.NewPageAsync();
        await page.SignInAsync(DemoSettings.Email("manager"), new DemoSettings().Password);
        await page.OpenPortalPageAsync("/agency/samples");
        await page.Locator("#sample-desk").WaitForAsync();
        (await page.Locator("#review-overdue").CountAsync()).ShouldBe(1, "the demo has a request past the 72-hour deadline");
        await page.ExpectAccessibleAsync();
        await page.ShotAsync($"agency-samples-{size}");

        var waiting = await WaitingAsync(app);
        await page.Locator("#sample-desk button:has-text('Approve')").First.ClickAsync();
        await page.WaitForFunctionAsync($"() => document.querySelector('#tab-waiting').innerText.includes('({waiting - 1})')");

        await page.OpenPortalPageAsync("/agency/samples/rules");
        await page.ExpectAccessibleAsync();
        if (size == "desktop")
        {
            await page.ClickAsync("#product-rules-list [data-product-rules] a");
            await page.Locator("#product-sample-rules").WaitForAsync();
            await page.FillAsync("#product-rules-content-days", "12");
            await page.ClickAsync("#save-product-rules");
            await page.Locator("#product-rules-saved").WaitForAsync();
            await page.ExpectAccessibleAsync();
            await page.ShotAsync("agency-product-sample-rules-desktop");
        }

        await using var financeContext = await app.NewContextAsync(size == "phone" ? Screens.Phone : Screens.Desktop);
        var finance = await financeContext.NewPageAsync();
        await finance.SignInAsync(DemoSettings.Email("finance"), new DemoSettings().Password);
        await finance.OpenPortalPageAsync("/agency/samples");
        await finance.Locator("#sample-desk").WaitForAsync();
        (await finance.Locator("#sample-desk button").CountAsync()).ShouldBe(0, "finance reads the desk; managers decide");
    }

    [Fact]
    public async Task A_seller_sees_on_a_phone_what_each_sample_earned_back_and_staff_see_every_creators_return()
    {
        var app = fixture.Require();
        var seller = await SellerWithReturnsAsync(app);
        await using var context = await app.NewContextAsync(Screens.Phone);
        var page = await context.NewPageAsync();
        await page.SignInAsync(seller, new DemoSettings().Password);
        await page.OpenPortalPageAsync("/seller/samples");
        await page.ClickAsync("#to-returns");
        await page.Locator("#return-total").WaitForAsync();
        (await page.Locator("[data-return-row]").CountAsync()).ShouldBeGreaterThan(0, "each of the seller's sampled products has a row");
        (await page.Locator("[data-total=samples]").InnerTextAsync()).ShouldNotBe("0");
        (await page.Locator("#return-spread [data-bands]").GetAttributeAsync("data-bands"))!.Split(',').Skip(1).Sum(int.Parse)
            .ShouldBeGreaterThan(0, "the sale Partner Center reported counts for the sample");
        (await page.Locator("#return-spread li").CountAsync()).ShouldBe(5, "the spread is said in words, band by band");
        (await page.Locator("#return-agency").CountAsync()).ShouldBe(0, "a seller does not see what the agency pays creators");
        await page.ExpectAccessibleAsync();
        await page.ShotAsync("seller-sample-returns-phone");
        await page.ClickAsync("[data-grouping=Creator]");
        await page.WaitForFunctionAsync("() => document.querySelector('#return-rows td[data-return-row]')?.innerText.startsWith('@')");

        await using var staffContext = await app.NewContextAsync(Screens.Desktop);
        var staff = await staffContext.NewPageAsync();
        await staff.SignInAsync(DemoSettings.Email("manager"), new DemoSettings().Password);
        await staff.OpenPortalPageAsync("/agency/samples");
        await staff.ClickAsync("#to-returns");
        await staff.Locator("#return-total").WaitForAsync();
        (await staff.Locator("#return-agency").CountAsync()).ShouldBe(1);
        await staff.ExpectAccessibleAsync();
        await staff.ShotAsync("agency-sample-returns-desktop");
    }

    /// <summary>
    /// The sign-in of a demo seller with a delivered sample, after Partner Center reports a sale of it by its creator
    /// the day after it arrived (imported as finance would) and a pass of the returns job. The sample is in the seller's
    /// first market, the one its returns page opens on.
    /// </summary>
    private static async Task<string> SellerWithReturnsAsync(BrowserApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
        await DeliverOneIfNoneAsync(db);
        var sold = await (from sample in db.Set<SampleRequest>()
                          where sample.DeliveredAt != null
                          join user in db.Users on sample.SellerId equals user.OrganizationId
                          join creator in db.Set<Creator>() on sample.CreatorId equals creator.Id
                          orderby user.Email, sample.MarketCode, sample.Id
                          select new
                          {
                              sample.MarketCode, sample.ProductId, sample.UnitPrice, sample.DeliveredAt, creator.Handle,
                              Email = user.Email!,
                          }).FirstAsync();
        var market = Market.Get(sold.MarketCode);
        var ordered = new[] { sold.DeliveredAt!.Value.AddDays(1), DateTimeOffset.UtcNow.AddHours(-1) }.Min();
        var price = market.ToMajor(sold.UnitPrice).ToString("0.00", CultureInfo.InvariantCulture);
        var orderId = $"57990{Random.Shared.NextInt64(1_000_000_000_000, 9_999_999_999_999)}";
        var time = market.ToLocal(ordered).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var row = string.Join(',', orderId, sold.ProductId + "1", sold.ProductId, "Sample sale", "@" + sold.Handle, price, "1",
            "In progress", "Short video", "20%", "30%", price, "0.00", "0.00", "0.00", "0.00", "0.00", "0", time, "");
        var finance = new Actor(Guid.Empty, Tapbridge.Modules.Agency.Agency.InstallationId, OrganizationKind.Agency, "Test finance",
            new HashSet<string> { Roles.Finance });
        await using var csv = new MemoryStream(Encoding.UTF8.GetBytes(EarningsHeader + "\n" + row + "\n"));
        var imports = scope.ServiceProvider.GetRequiredService<OrderImports>();
        (await imports.ImportAsync(finance, market.Code, "sale.csv", csv, CancellationToken.None)).Errors.ShouldBeEmpty();
        await scope.ServiceProvider.GetRequiredService<SampleReturnPass>().RunAsync(CancellationToken.None);
        return sold.Email;
    }

    /// <summary>
    /// Which demo products got samples varies with the sandbox's ids: a seller with a sign-in may have none delivered yet.
    /// </summary>
    private static async Task DeliverOneIfNoneAsync(TapbridgeDbContext db)
    {
        var sellers = db.Users.Select(u => u.OrganizationId);
        if (await db.Set<SampleRequest>().AnyAsync(s => s.DeliveredAt != null && sellers.Contains(s.SellerId!.Value)))
        {
            return;
        }

        var sample = await db.Set<SampleRequest>()
            .Where(s => sellers.Contains(s.SellerId!.Value))
            .Where(s => s.Stage == SampleStage.Requested || s.Stage == SampleStage.AwaitingShipment)
            .OrderBy(s => s.Id).FirstAsync();
        var now = DateTimeOffset.UtcNow;
        if (sample.Stage == SampleStage.Requested)
        {
            sample.Approve("browser test", now.AddDays(-4));
        }

        sample.Deliver(now.AddDays(-2), TimeSpan.FromDays(14));
        await db.SaveChangesAsync();
    }

    private const string EarningsHeader =
        "Order ID,SKU ID,Product ID,Product name,Creator username,Price,Quantity,Order status,Content type,Affiliate partner CPS,"
        + "Creator CPS,Estimated commission base,Estimated commission revenue,Estimated creator commission,Actual commission base,"
        + "Actual partner commission,Actual creator commission,Returns & refunds,Time created,Time delivered";

    private static async Task<int> WaitingAsync(BrowserApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>().Set<SampleRequest>()
            .CountAsync(s => s.Stage == SampleStage.Requested);
    }

    /// <summary>The sign-in of a demo creator who has asked for samples.</summary>
    internal static async Task<string> CreatorWithSamplesAsync(BrowserApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
        return await (from sample in db.Set<SampleRequest>()
                      join user in db.Users on sample.CreatorId equals user.OrganizationId
                      orderby user.Email
                      select user.Email!).FirstAsync();
    }

    /// <summary>A demo creator of the market with nothing in the way of a sample of some product, and that product.</summary>
    private static async Task<(string Email, Guid Product)> CreatorWhoMayAskAsync(BrowserApp app, string market)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
        var samples = scope.ServiceProvider.GetRequiredService<CreatorSamples>();
        var creators = await (from creator in db.Set<Creator>()
                              where creator.MarketCode == market && creator.Status == CreatorStatus.Approved
                              join user in db.Users on creator.Id equals user.OrganizationId
                              select new { creator.Id, Email = user.Email! }).ToListAsync();
        var products = await db.Set<Tapbridge.Modules.Campaigns.Registration>()
            .Where(r => r.MarketCode == market && r.Forwardable && r.SampleQuota > 0).Select(r => r.Id).ToListAsync();
        foreach (var creator in creators)
        {
            var actor = new Actor(Guid.Empty, creator.Id, OrganizationKind.Creator, "", new HashSet<string> { Roles.Creator });
            foreach (var product in products)
            {
                try
                {
                    if ((await samples.OfferAsync(actor, product, CancellationToken.None)).Blocks.Count == 0)
                    {
                        return (creator.Email, product);
                    }
                }
                catch (Tapbridge.Platform.NotFoundException)
                {
                    // Not on offer now (its campaign has not started): try the next.
                }
            }
        }

        throw new InvalidOperationException($"No demo creator of {market} may ask for a sample.");
    }
}
