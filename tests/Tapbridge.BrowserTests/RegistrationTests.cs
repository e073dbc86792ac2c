using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Campaigns;
using Tapbridge.Modules.Connections;
using Tapbridge.Modules.Sellers;
using Tapbridge.Platform.Demo;

namespace Tapbridge.BrowserTests;

/// <summary>
/// The registration flow across both portals: a seller registers (on TikTok and in the portal, as TAP sellers do), the
/// agency syncs, finds it in the queue and approves it, the seller sees it approved, and it joins the catalogue.
/// </summary>
[Collection(OneDemoWorld.Name)]
public sealed class RegistrationTests(BrowserApp fixture)
{
    private static readonly JsonSerializerOptions SandboxJson = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    [Fact]
    public async Task A_seller_registers_the_manager_syncs_and_approves_and_the_product_joins_the_catalogue()
    {
        var app = fixture.Require();
        var (campaign, shop, sandbox) = await DemoWorldAsync(app);
        using var tiktok = new HttpClient { BaseAddress = sandbox };
        var inSellerCenter = await RegisterOnTikTokAsync(tiktok, campaign, new { shop_code = shop.ShopCode, total_commission_rate = 1800, creator_commission_rate = 800 });
        var elsewhere = await RegisterOnTikTokAsync(tiktok, campaign, new { });

        await using var sellerContext = await app.NewContextAsync(Screens.Phone);
        var seller = await sellerContext.NewPageAsync();
        await seller.SignInAsync(DemoSettings.Email("seller.kopi"), new DemoSettings().Password);
        await seller.OpenPortalPageAsync("/seller/campaigns");
        await seller.ShotAsync("seller-campaigns-phone");
        await seller.Locator($"[data-campaign='{campaign.Name}'] a:has-text('Register a product')").ClickAsync();
        await seller.WaitForURLAsync(new Regex("/register$"));
        await seller.WaitForSelectorAsync("#tb-page[data-interactive=true]");
        await seller.ClickAsync("#registration-shop");
        await seller.Locator(".mud-popover-open .mud-list-item", new() { HasText = shop.ShopName }).ClickAsync();
        // A field typed into while the list is still closing can be re-rendered empty: type once it is closed.
        await seller.Locator(".mud-popover-open").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await seller.FillAsync("#registration-product-id", inSellerCenter.Id);
        await seller.FillAsync("#registration-title", inSellerCenter.Name);
        await seller.ClickAsync("#registration-category");
        await seller.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Home Supplies" }).First.ClickAsync();
        await seller.Locator(".mud-popover-open").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await seller.FillAsync("#registration-images", "https://images.tapbridge.test/demo/kopi.jpg");
        await seller.FillAsync("#sku-id-0", inSellerCenter.Id + "1");
        await seller.FillAsync("#sku-name-0", "Standard");
        await seller.FillAsync("#sku-price-0", "499");
        await seller.FillAsync("#sku-stock-0", "300");
        await seller.FillAsync("#registration-partner-rate", "10");
        await seller.FillAsync("#registration-creator-rate", "8");
        await seller.FillAsync("#registration-samples", inSellerCenter.SampleQuota.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await seller.FillAsync("#registration-selling-points", "Made for small kitchens");
        await seller.Locator("#registration-selling-points").PressAsync("Tab");
        await seller.ShotAsync("seller-register-product-phone");
        await seller.ClickAsync("#submit-registration");
        try
        {
            await seller.WaitForURLAsync(new Regex("/seller/registrations/[0-9a-f-]{36}$"));
        }
        catch (TimeoutException e)
        {
            // A rare flake ends here: say what the form showed, so the next one can be understood.
            throw new TimeoutException($"The registration was not submitted; the form said: {await seller.Locator("#tb-page").InnerTextAsync()}", e);
        }
        await seller.Locator("#tiktok-side", new() { HasText = "Not yet in the TikTok campaign" }).WaitForAsync();
        (await seller.Locator(".tb-registration-status").InnerTextAsync()).ShouldBe("PENDING");
        await seller.ShotAsync("seller-registration-pending-phone");
        var registrationUrl = seller.Url;

        await using var agencyContext = await app.NewContextAsync(Screens.Desktop);
        var manager = await agencyContext.NewPageAsync();
        await manager.SignInAsync(DemoSettings.Email("manager"), new DemoSettings().Password);
        await manager.OpenPortalPageAsync($"/agency/campaigns/{campaign.Id}");
        await manager.ClickAsync("#sync-now");
        await manager.Locator(".mud-snackbar", new() { HasText = "Synced" }).WaitForAsync();
        await manager.OpenPortalPageAsync($"/agency/reviews?campaign={campaign.Id}");
        await manager.Locator("#review-table", new() { HasText = elsewhere.Name }).WaitForAsync();
        await manager.ShotAsync("agency-review-queue-desktop");
        await manager.Locator(".tb-registration-link", new() { HasText = inSellerCenter.Name }).ClickAsync();
        await manager.WaitForURLAsync(new Regex("/agency/registrations/[0-9a-f-]{36}$"));
        await manager.WaitForSelectorAsync("#tb-page[data-interactive=true]");
        await manager.Locator("#tiktok-side", new() { HasText = "In TikTok campaign" }).WaitForAsync();
        await manager.ShotAsync("agency-registration-review-desktop");
        await manager.ClickAsync("#submit-decision");
        await manager.Locator(".mud-snackbar", new() { HasText = "Decision recorded" }).WaitForAsync();
        // The snackbar can show before the page's new history is on screen: wait for the history itself.
        await manager.Locator("#registration-history", new() { HasText = "Reviewed by Paolo Reyes" }).WaitForAsync();

        await seller.GotoAsync(registrationUrl);
        await seller.Locator("#approval").WaitForAsync();
        (await seller.Locator(".tb-registration-status").InnerTextAsync()).ShouldBe("APPROVED");
        await seller.ShotAsync("seller-registration-approved-phone");
        (await seller.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth")).ShouldBeLessThanOrEqualTo(0, "the registration page scrolls sideways on a phone");

        await manager.OpenPortalPageAsync("/agency/catalogue");
        await manager.Locator(".tb-catalogue-product", new() { HasText = inSellerCenter.Name }).WaitForAsync();
        await manager.ShotAsync("agency-catalogue-desktop");
    }

    private static async Task<(CampaignView Campaign, ShopInfo Shop, Uri Sandbox)> DemoWorldAsync(BrowserApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var campaigns = await scope.ServiceProvider.GetRequiredService<CampaignService>().ListAsync("PH", CampaignStatus.Ongoing, CancellationToken.None);
        var campaign = campaigns.Single(c => c.Name == "Home Essentials PH");
        var sellers = scope.ServiceProvider.GetRequiredService<SellerDirectory>();
        var kopi = (await sellers.ListAsync(CancellationToken.None)).Single(s => s.Name == "Kopi Kultura");
        var adopted = (await sellers.ShopsOfAsync(kopi.Id, CancellationToken.None)).Single(s => s.ShopCode != "PHKOPIKLT8");
        var settings = await scope.ServiceProvider.GetRequiredService<TikTokAppSettings>().GetAsync(CancellationToken.None);
        return (campaign, adopted, new Uri(settings!.SandboxUrl!));
    }

    private static async Task<SandboxProduct> RegisterOnTikTokAsync(HttpClient sandbox, CampaignView campaign, object body)
    {
        var response = await sandbox.PostAsJsonAsync($"/sandbox/campaigns/{campaign.TikTokCampaignId}/registrations", body);
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<SandboxProduct>(SandboxJson))!;
    }

    /// <summary>The seller's terms in Seller Center; the portal registration repeats them, so the two agree.</summary>
    private sealed record SandboxProduct(string Id, string Name, int SampleQuota);
}
