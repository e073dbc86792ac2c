using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Campaigns;
using Tapbridge.Modules.Connections;
using Tapbridge.Modules.Creators;
using Tapbridge.Modules.Orders;
using Tapbridge.Modules.Orders.Polling;
using Tapbridge.Modules.Samples;
using Tapbridge.Modules.Samples.Requests;
using Tapbridge.Modules.Samples.Returns;
using Tapbridge.Modules.Samples.Sync;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Demo;
using Tapbridge.Platform.Markets;

namespace Tapbridge.BrowserTests;

/// <summary>
/// One sample from end to end: a creator asks on her phone, staff approve at the desk, TikTok (the sandbox) ships and
/// delivers it, she links her video, a buyer orders through her, and the seller sees on a phone what the sample sold.
/// </summary>
[Collection(OneDemoWorld.Name)]
public sealed class SampleJourneyTests(BrowserApp fixture)
{
    [Fact]
    public async Task A_sample_goes_from_the_ask_to_the_post_and_the_seller_sees_what_it_sold()
    {
        var app = fixture.Require();
        using var tiktok = new HttpClient { BaseAddress = await SandboxAsync(app) };
        var asker = await AskerAsync(app, tiktok);
        var password = new DemoSettings().Password;

        await using var creatorContext = await app.NewContextAsync(Screens.Phone);
        var creator = await creatorContext.NewPageAsync();
        await creator.SignInAsync(asker.CreatorEmail, password);
        await creator.OpenPortalPageAsync($"/creator/products/{asker.RegistrationId}");
        await creator.ClickAsync("#ask-for-sample");
        await creator.Locator("#sample-form .mud-select").First.ClickAsync();
        await creator.Locator(".mud-popover-open .mud-list-item:not(.mud-list-item-disabled)").First.ClickAsync();
        await creator.FillAsync("#sample-recipient", "Maria Dela Cruz");
        await creator.FillAsync("#sample-phone", "+63 917 123 4567");
        await creator.FillAsync("#sample-address", "88 Jupiter Street, Bel-Air\nMakati City 1209");
        await creator.FillAsync("#sample-post-on", DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await creator.ClickAsync("#send-sample-request");
        await creator.Locator("#sample-asked").WaitForAsync();
        var sample = await SampleAsync(app, asker);

        await using var staffContext = await app.NewContextAsync(Screens.Desktop);
        var staff = await staffContext.NewPageAsync();
        await staff.SignInAsync(DemoSettings.Email("manager"), password);
        await staff.OpenPortalPageAsync("/agency/samples");
        await staff.ClickAsync("#tab-all");
        await staff.Locator("#tab-all.mud-button-filled").WaitForAsync();
        var approve = staff.Locator($"[data-sample='{sample.Id}'] button:has-text('Approve')");
        await approve.ClickAsync();
        await approve.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        (await SampleAsync(app, asker)).AwaitingTikTok.ShouldBeTrue("a TikTok campaign's decision is applied in Partner Center too");

        await ApplyInPartnerCenterAndShipAsync(tiktok, asker, sample.SkuId);
        await SyncSamplesAsync(app);
        var delivered = await SampleAsync(app, asker);
        (delivered.Stage, delivered.AwaitingTikTok, delivered.DeliveredAt is null).ShouldBe((SampleStage.ContentDue, false, false));

        await creator.OpenPortalPageAsync($"/creator/samples/{sample.Id}");
        await creator.FillAsync("#post-url", $"https://www.tiktok.com/@{asker.Handle}/video/7301234567890123456");
        await creator.ClickAsync("#save-post");
        await creator.Locator("#sample-post").WaitForAsync();
        await creator.ShotAsync("creator-sample-posted-phone");
        await SyncSamplesAsync(app);
        (await SampleAsync(app, asker)).Stage.ShouldBe(SampleStage.Completed, "TikTok still says CONTENT_PENDING: her link stands");

        var sold = await SellAsync(tiktok, asker);
        await FollowTheSaleAsync(app, asker, sold);

        await using var sellerContext = await app.NewContextAsync(Screens.Phone);
        var seller = await sellerContext.NewPageAsync();
        await seller.SignInAsync(asker.SellerEmail, password);
        await seller.OpenPortalPageAsync("/seller/samples");
        await seller.ClickAsync("#tab-all");
        var line = seller.Locator($"[data-sample='{sample.Id}'] [data-sample-return]");
        (await line.GetAttributeAsync("data-sample-return")).ShouldBe("1", "the order the buyer placed through her counts for the sample");
        await seller.ShotAsync("seller-sample-sold-phone");
        await seller.ClickAsync("#to-returns");
        await seller.Locator("#return-total").WaitForAsync();
        (await seller.Locator("[data-total=gmv]").InnerTextAsync()).ShouldNotBe(Market.Get(asker.Market).FormatMoney(0));
    }

    private static async Task<Uri> SandboxAsync(BrowserApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var settings = await scope.ServiceProvider.GetRequiredService<TikTokAppSettings>().GetAsync(CancellationToken.None);
        return new Uri(settings!.SandboxUrl!);
    }

    /// <summary>What the creator's agency does in Partner Center, and what the seller and the carrier do in TikTok.</summary>
    private static async Task ApplyInPartnerCenterAndShipAsync(HttpClient tiktok, Asker asker, string skuId)
    {
        var asked = await tiktok.PostAsJsonAsync("/sandbox/samples", new
        {
            creator_open_id = asker.OpenId, campaign_id = asker.TikTokCampaignId, product_id = asker.ProductId, sku_id = skuId,
        });
        asked.EnsureSuccessStatusCode();
        var id = (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        foreach (var step in new[] { "approve", "ship", "deliver" })
        {
            var moved = await tiktok.PostAsync(new Uri($"/sandbox/samples/{id}/{step}", UriKind.Relative), null);
            moved.IsSuccessStatusCode.ShouldBeTrue($"{step}: {await moved.Content.ReadAsStringAsync()}");
        }
    }

    private static async Task SyncSamplesAsync(BrowserApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SampleSync>().SyncAllAsync(CancellationToken.None);
    }

    /// <summary>A buyer orders through the creator now; the sandbox answers with the order's id.</summary>
    private static async Task<string> SellAsync(HttpClient tiktok, Asker asker)
    {
        var sold = await tiktok.PostAsJsonAsync("/sandbox/orders", new { creator_open_id = asker.OpenId, product_id = asker.ProductId });
        sold.IsSuccessStatusCode.ShouldBeTrue(await sold.Content.ReadAsStringAsync());
        return (await sold.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("order_id").GetString()!;
    }

    /// <summary>The order poll brings the order in; the returns job counts it for the sample.</summary>
    private static async Task FollowTheSaleAsync(BrowserApp app, Asker asker, string orderId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
        var poll = scope.ServiceProvider.GetRequiredService<AffiliateOrderPoll>();
        for (var attempt = 0; attempt < 10 && !await db.Set<OrderLine>().AnyAsync(l => l.OrderId == orderId); attempt++)
        {
            // The demo moves TikTok's clock to the app's every few seconds: the order may be stamped a moment ahead of it.
            await Task.Delay(TimeSpan.FromSeconds(attempt == 0 ? 0 : 2));
            await poll.PollAsync(Market.Get(asker.Market), CancellationToken.None);
        }

        (await db.Set<OrderLine>().AnyAsync(l => l.OrderId == orderId)).ShouldBeTrue("the poll brings in the order");
        await scope.ServiceProvider.GetRequiredService<SampleReturnPass>().RunAsync(CancellationToken.None);
    }

    private static async Task<SampleRequest> SampleAsync(BrowserApp app, Asker asker)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>().Set<SampleRequest>().AsNoTracking()
            .Where(s => s.CreatorId == asker.CreatorId && s.RegistrationId == asker.RegistrationId)
            .OrderByDescending(s => s.RequestedAt).FirstAsync();
    }

    private sealed record Asker(
        string CreatorEmail, Guid CreatorId, string Handle, string OpenId, string Market, Guid RegistrationId, string ProductId,
        string TikTokCampaignId, string SellerEmail);

    /// <summary>
    /// A demo creator TikTok knows who may ask for a sample of a selling product of a TikTok campaign whose seller can
    /// sign in, and on which TikTok has room for one more (no open request of hers, quota not used up).
    /// </summary>
    private static async Task<Asker> AskerAsync(BrowserApp app, HttpClient tiktok)
    {
        var openIds = (await tiktok.GetFromJsonAsync<JsonElement[]>("/sandbox/creators"))!
            .ToDictionary(c => c.GetProperty("username").GetString()!, c => c.GetProperty("creator_open_id").GetString()!);
        var onTikTok = (await tiktok.GetFromJsonAsync<JsonElement[]>("/sandbox/samples"))!
            .Select(s => (
                Creator: s.GetProperty("creator_open_id").GetString(),
                Product: s.GetProperty("product_id").GetString(),
                Status: s.GetProperty("status").GetString(),
                Approved: s.TryGetProperty("approve_time", out var at) && at.ValueKind != JsonValueKind.Null))
            .ToList();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
        var samples = scope.ServiceProvider.GetRequiredService<CreatorSamples>();
        var now = DateTimeOffset.UtcNow;
        var products = await (from registration in db.Set<Registration>()
                              where registration.Forwardable && registration.SampleQuota > 0
                              join campaign in db.Set<Campaign>() on registration.CampaignId equals campaign.Id
                              where registration.TikTokCampaignId != null && registration.TikTokCampaignId == campaign.TikTokCampaignId
                              join seller in db.Users on registration.SellerId equals seller.OrganizationId
                              orderby registration.MarketCode, registration.Id
                              select new
                              {
                                  registration.Id, registration.MarketCode, registration.ProductId, registration.SampleQuota,
                                  campaign.TikTokCampaignId, campaign.CampaignStart, SellerEmail = seller.Email!,
                              }).ToListAsync();
        var creators = await (from creator in db.Set<Creator>()
                              where creator.Status == CreatorStatus.Approved
                              join user in db.Users on creator.Id equals user.OrganizationId
                              orderby creator.Handle
                              select new { creator.Id, creator.Handle, creator.MarketCode, Email = user.Email! }).ToListAsync();
        foreach (var product in products.Where(p => p.CampaignStart < now.AddMinutes(-5)).DistinctBy(p => p.Id))
        {
            if (onTikTok.Count(s => s.Product == product.ProductId && s.Approved) >= product.SampleQuota)
            {
                continue;
            }

            foreach (var creator in creators.Where(c => c.MarketCode == product.MarketCode && openIds.ContainsKey(c.Handle)))
            {
                var openId = openIds[creator.Handle];
                if (onTikTok.Any(s => s.Creator == openId && s.Product == product.ProductId && s.Status is "PENDING" or "AWAITING_SHIPMENT"
                    or "SHIPPED" or "CONTENT_PENDING"))
                {
                    continue;
                }

                var actor = new Actor(Guid.Empty, creator.Id, OrganizationKind.Creator, "", new HashSet<string> { Roles.Creator });
                try
                {
                    if ((await samples.OfferAsync(actor, product.Id, CancellationToken.None)).Blocks.Count == 0)
                    {
                        return new Asker(creator.Email, creator.Id, creator.Handle, openId, product.MarketCode, product.Id,
                            product.ProductId, product.TikTokCampaignId!, product.SellerEmail);
                    }
                }
                catch (Tapbridge.Platform.NotFoundException)
                {
                    break;
                }
            }
        }

        throw new InvalidOperationException("No demo creator may ask for a sample of a selling TikTok campaign product.");
    }
}
