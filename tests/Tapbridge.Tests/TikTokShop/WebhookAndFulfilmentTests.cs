using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tapbridge.TikTokShop;
using Tapbridge.TikTokShop.Auth;
using Tapbridge.TikTokShop.Partner;
using Tapbridge.TikTokShop.Seller;
using Tapbridge.TikTokShop.Webhooks;
using TikTokShopSandbox;

namespace Tapbridge.Tests.TikTokShop;

/// <summary>
/// The whole loop for one seller's shop: a campaign targeting it, a creator promoting it, orders over simulated weeks,
/// signed webhooks the client verifies, and the fulfilment calls (creator performance, content, sample tracking).
/// </summary>
public sealed class WebhookAndFulfilmentTests : IAsyncLifetime
{
    private const string AppKey = "webhook-app";
    private const string AppSecret = "webhook-secret-987";
    private readonly ConcurrentQueue<(string? Authorization, byte[] Body)> received = new();
    private readonly SandboxTime time = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
    private WebApplication? receiver;
    private SandboxHost? sandbox;
    private TikTokShopClient? client;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        receiver = builder.Build();
        receiver.MapPost("/webhooks/tiktok", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            received.Enqueue((context.Request.Headers.Authorization.ToString(), body.ToArray()));
            return Results.Ok();
        });
        await receiver.StartAsync();
        var receiverUrl = receiver.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        sandbox = await SandboxHost.StartAsync(new SandboxOptions { AppKey = AppKey, AppSecret = AppSecret, Start = time.Now, WebhookUrl = receiverUrl + "/webhooks/tiktok" });
        client = new TikTokShopClient(new HttpClient(), TikTokShopOptions.ForSandbox(sandbox.BaseUrl, AppKey, AppSecret, "7000000000000000001"), time);
    }

    private async Task AdvanceAsync(TimeSpan by)
    {
        await sandbox!.AdvanceAsync(by);
        time.Now += by;
    }

    private async Task<string> CodeAsync(object request)
    {
        using var admin = new HttpClient { BaseAddress = sandbox!.BaseUrl };
        var response = await admin.PostAsJsonAsync("/sandbox/authorizations", request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
    }

    [Fact]
    public async Task A_promoted_shop_gets_signed_order_webhooks_and_the_agency_follows_creators_content_and_samples()
    {
        using var admin = new HttpClient { BaseAddress = sandbox!.BaseUrl };
        var sellerToken = await client!.Auth.ExchangeCodeAsync(await CodeAsync(new { user_type = 0 }), CancellationToken.None);
        var sellerSource = new RefreshingAccessTokenSource(sellerToken, client.Auth, time, (_, _) => Task.CompletedTask);
        var shop = (await client.Authorization(sellerSource).GetAuthorizedShopsAsync(CancellationToken.None)).First(s => s.Region == "VN");
        var partnerToken = await client.Auth.ExchangeCodeAsync(await CodeAsync(new { user_type = 3 }), CancellationToken.None);
        var partnerSource = new RefreshingAccessTokenSource(partnerToken, client.Auth, time, (_, _) => Task.CompletedTask);
        var cipher = (await client.Authorization(partnerSource).GetCategoryAssetsAsync(CancellationToken.None)).Single(a => a.TargetMarket == "VN").Cipher;
        var partner = client.Partner(partnerSource, cipher);

        var campaign = (await partner.CreateCampaignAsync(new CampaignFields
        {
            Name = "Shop loop", Description = "d", CommissionRate = 1000, TargetShopCodes = [shop.Code],
            RegistrationStartTime = time.Now.AddHours(1), RegistrationEndTime = time.Now.AddDays(40),
            CampaignStartTime = time.Now.AddHours(1), CampaignEndTime = time.Now.AddDays(40),
            ContactInfo = new ContactInfo { Email = "tap@agency.test", Zalo = "+84900000000" },
        }, CancellationToken.None)).CampaignId;
        await partner.PublishCampaignAsync(campaign, CancellationToken.None);
        await AdvanceAsync(TimeSpan.FromHours(2));
        var registered = await admin.PostAsJsonAsync($"/sandbox/campaigns/{campaign}/registrations", new { shop_code = shop.Code });
        registered.EnsureSuccessStatusCode();
        var productId = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await partner.ReviewCampaignProductAsync(campaign, productId, ReviewResult.Approve, null, CancellationToken.None);
        var link = await partner.GeneratePromotionLinkAsync(campaign, productId, 500, CancellationToken.None);
        var creator = (await admin.GetFromJsonAsync<JsonElement>("/sandbox/creators")).EnumerateArray()
            .Where(c => c.GetProperty("market").GetString() == "VN").MaxBy(c => c.GetProperty("follower_count").GetInt64());
        var creatorId = creator.GetProperty("creator_open_id").GetString()!;
        (await admin.PostAsJsonAsync("/sandbox/showcase", new { creator_open_id = creatorId, product_link = link.Link })).EnsureSuccessStatusCode();
        var sample = await admin.PostAsJsonAsync("/sandbox/samples", new { creator_open_id = creatorId, campaign_id = campaign, product_id = productId });
        sample.EnsureSuccessStatusCode();
        var sampleId = (await sample.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        (await admin.PostAsync($"/sandbox/samples/{sampleId}/approve", null)).EnsureSuccessStatusCode();
        await AdvanceAsync(TimeSpan.FromDays(25));

        received.ShouldNotBeEmpty();
        received.ShouldAllBe(w => WebhookSignature.IsValid(AppKey, AppSecret, w.Authorization, w.Body));
        var orderEvents = received.Select(w => WebhookEvent.Parse(w.Body)).Where(e => e.Type == WebhookTypes.OrderStatusChange).ToList();
        orderEvents.ShouldNotBeEmpty();
        orderEvents.ShouldAllBe(e => e.ShopId == shop.Id && e.TtsNotificationId.Length > 0);
        orderEvents.Select(e => e.TtsNotificationId).ShouldBe(orderEvents.Select(e => e.TtsNotificationId).Distinct());
        var delivered = orderEvents.Select(e => e.As<OrderStatusChange>()).Where(c => c.OrderStatus is "DELIVERED" or "COMPLETED").Select(c => c.OrderId).Distinct().Take(10).ToList();
        delivered.ShouldNotBeEmpty();

        var seller = client.Seller(sellerSource, shop.Cipher);
        var orders = await seller.GetOrdersAsync(delivered, CancellationToken.None);
        orders.Select(o => o.Id).ShouldBe(delivered, ignoreOrder: true);
        orders.ShouldAllBe(o => o.DeliveryTime != null && o.LineItems.Count > 0 && o.LineItems.All(l => l.ProductId == productId));
        var searched = await seller.SearchOrdersAsync(new OrderQuery { CreateTimeGe = time.Now.AddDays(-30) }, CancellationToken.None, pageSize: 10).ToListAsync();
        searched.Select(o => o.Id).ShouldBeSuperset(delivered);

        var promoting = await partner.GetProductCreatorPerformancePageAsync(campaign, productId, 10, null, CancellationToken.None);
        var promoter = promoting.Items.ShouldHaveSingleItem();
        promoter.Creator!.CreatorOpenId.ShouldBe(creatorId);
        promoter.Commission.ShouldBe(500);
        var content = await partner.GetCreatorContentStatisticsAsync(campaign, productId, creatorId, promoter.AffiliateProductId, null, CancellationToken.None);
        content.ShouldNotBeNull();
        var tracking = await partner.GetCreatorSampleStatusAsync(campaign, productId, creatorId, CancellationToken.None);
        tracking.ShouldNotBeNull().TrackingResults.ShouldNotBeEmpty();
    }

    public async ValueTask DisposeAsync()
    {
        client?.Dispose();
        if (sandbox is not null)
        {
            await sandbox.DisposeAsync();
        }

        if (receiver is not null)
        {
            await receiver.DisposeAsync();
        }
    }
}

internal static class SetExtensions
{
    public static void ShouldBeSuperset(this IEnumerable<string> actual, IEnumerable<string> expected) => expected.ShouldBeSubsetOf(actual);
}
