using System.Net.Http.Json;
using System.Text.Json;
using Tapbridge.TikTokShop;
using Tapbridge.TikTokShop.Auth;
using Tapbridge.TikTokShop.Partner;
using TikTokShopSandbox;

namespace Tapbridge.Tests.TikTokShop;

/// <summary>
/// The sandbox's past: a link added months ago brings the orders the simulator would have made since, settled as of
/// now and without replaying their webhooks; and P10 pages a large synthetic set exactly once, oldest first.
/// </summary>
public sealed class SandboxHistoryTests
{
    [Fact]
    public async Task A_link_added_90_days_ago_brings_90_days_of_orders_settled_as_of_now_without_past_webhooks()
    {
        await using var sandbox = await HistorySandbox.StartAsync(HistorySandbox.Start);
        var now = sandbox.Time.Now;
        var addedAt = now.AddDays(-90);
        var (campaign, product) = await sandbox.CampaignAsync(now.AddDays(-100), now.AddDays(30));

        var added = await sandbox.AddLinkAsync(campaign, product, await sandbox.BiggestCreatorAsync("VN"), addedAt);
        var orders = await sandbox.OrdersAsync(campaign);
        var webhooksAtAdd = await sandbox.WebhookTimesAsync();

        added.GetProperty("added_time").GetInt64().ShouldBe(addedAt.ToUnixTimeSeconds());
        orders.Count.ShouldBeGreaterThan(200);
        orders.ShouldAllBe(o => o.CreateTime >= addedAt && o.CreateTime <= now);
        orders.Select(o => o.CreateTime!.Value).ShouldBe(orders.Select(o => o.CreateTime!.Value).Order());
        orders.Select(o => (int)((o.CreateTime!.Value - addedAt).TotalDays / 10)).Distinct().Count().ShouldBe(9);
        var old = orders.Where(o => o.CreateTime < now.AddDays(-30)).ToList();
        old.ShouldAllBe(o => o.Status == AffiliateOrderStatus.Completed || o.Status == AffiliateOrderStatus.Cancelled);
        var completed = old.Where(o => o.Status == AffiliateOrderStatus.Completed).ToList();
        completed.ShouldNotBeEmpty();
        completed.ShouldAllBe(o => o.DeliveryTime != null && o.Skus.All(l =>
            l.ActualCommissionBase!.Amount == l.Price!.Amount * (l.Quantity - l.ReturnedQuantity - l.RefundedQuantity)));
        completed.ShouldContain(o => o.Skus.Any(l => l.ActualCommissionBase!.Amount > 0 && l.ActualTapCommission!.Amount > 0 && l.ActualCreatorCommission!.Amount > 0));
        orders.ShouldContain(o => o.Status == AffiliateOrderStatus.Cancelled);
        orders.Where(o => o.Status == AffiliateOrderStatus.Cancelled).ShouldAllBe(o => o.DeliveryTime == null && o.Skus.All(l => l.ActualCommissionBase!.Amount == 0));
        orders.ShouldContain(o => o.Skus.Any(l => l.ReturnedQuantity > 0 || l.RefundedQuantity > 0));
        old.SelectMany(o => o.Skus).ShouldContain(l => l.ContentType == ContentType.Video && l.ContentId != null);
        var recent = orders.Where(o => o.CreateTime >= now.AddDays(-8)).ToList();
        recent.ShouldNotBeEmpty();
        recent.ShouldAllBe(o => o.Status == AffiliateOrderStatus.Processing || o.Status == AffiliateOrderStatus.Cancelled);
        recent.ShouldContain(o => o.DeliveryTime != null);
        webhooksAtAdd.ShouldBeEmpty();

        await sandbox.AdvanceAsync(TimeSpan.FromDays(2));

        var webhooks = await sandbox.WebhookTimesAsync();
        webhooks.ShouldNotBeEmpty();
        webhooks.ShouldAllBe(t => t >= now.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task The_same_seed_and_calls_backfill_the_same_orders()
    {
        var first = await BackfilledOrderIdsAsync();
        var second = await BackfilledOrderIdsAsync();

        first.ShouldNotBeEmpty();
        second.ShouldBe(first);
    }

    [Fact]
    public async Task A_backfilled_link_gets_the_orders_the_live_simulator_would_have_made()
    {
        var addedAt = HistorySandbox.Start.AddMinutes(30);
        var (campaignStart, campaignEnd) = (HistorySandbox.Start.AddDays(-1), HistorySandbox.Start.AddDays(120));
        string live;
        await using (var sandbox = await HistorySandbox.StartAsync(HistorySandbox.Start))
        {
            var (campaign, product) = await sandbox.CampaignAsync(campaignStart, campaignEnd);
            await sandbox.AdvanceAsync(TimeSpan.FromMinutes(30));
            await sandbox.AddLinkAsync(campaign, product, await sandbox.BiggestCreatorAsync("VN"), addedAt);
            await sandbox.AdvanceAsync(TimeSpan.FromDays(90) - TimeSpan.FromMinutes(30));
            await sandbox.ConnectPartnerAsync();
            live = JsonSerializer.Serialize(await sandbox.OrdersAsync(campaign));
        }

        string backfilled;
        await using (var sandbox = await HistorySandbox.StartAsync(HistorySandbox.Start.AddDays(90)))
        {
            var (campaign, product) = await sandbox.CampaignAsync(campaignStart, campaignEnd);
            await sandbox.AddLinkAsync(campaign, product, await sandbox.BiggestCreatorAsync("VN"), addedAt);
            backfilled = JsonSerializer.Serialize(await sandbox.OrdersAsync(campaign));
        }

        live.Length.ShouldBeGreaterThan(1000);
        backfilled.ShouldBe(live);
    }

    [Fact]
    public async Task P10_pages_5000_synthetic_orders_each_exactly_once_oldest_first()
    {
        await using var sandbox = await HistorySandbox.StartAsync(HistorySandbox.Start, requestsPerSecond: 1000);
        var now = sandbox.Time.Now;
        var (campaign, _) = await sandbox.CampaignAsync(now.AddDays(-100), now.AddDays(30));

        var created = await sandbox.SyntheticAsync(campaign, 5000, now.AddDays(-90), now);
        var orders = await sandbox.OrdersAsync(campaign);
        var firstPage = await sandbox.Partner.SearchAffiliateOrdersPageAsync(new AffiliateOrderQuery { CampaignId = campaign }, 100, null, CancellationToken.None);
        var window = new AffiliateOrderQuery { CampaignId = campaign, CreateTimeGe = now.AddDays(-60), CreateTimeLt = now.AddDays(-30) };
        var windowed = await sandbox.Partner.SearchAffiliateOrdersAsync(window, CancellationToken.None, pageSize: 37).ToListAsync();

        created.ShouldBe(5000);
        firstPage.TotalCount.ShouldBe(5000);
        firstPage.Items.Count.ShouldBe(100);
        orders.Count.ShouldBe(5000);
        orders.Select(o => o.Id).Distinct().Count().ShouldBe(5000);
        orders.Select(o => o.CreateTime!.Value).ShouldBe(orders.Select(o => o.CreateTime!.Value).Order());
        orders.ShouldAllBe(o => o.CreateTime >= now.AddDays(-90) && o.CreateTime < now);
        windowed.Select(o => o.Id).ShouldBe(orders.Where(o => o.CreateTime >= window.CreateTimeGe && o.CreateTime < window.CreateTimeLt).Select(o => o.Id));
        var cancelled = orders.Count(o => o.Status == AffiliateOrderStatus.Cancelled);
        cancelled.ShouldBeInRange(150, 500);
        orders.ShouldContain(o => o.Status == AffiliateOrderStatus.Completed);
        orders.ShouldContain(o => o.Status == AffiliateOrderStatus.Processing);
        orders.ShouldContain(o => o.Skus.Any(l => l.ReturnedQuantity > 0 || l.RefundedQuantity > 0));
        orders.SelectMany(o => o.Skus).Select(l => l.CreatorUsername).Distinct().Count().ShouldBe(6);
        orders.SelectMany(o => o.Skus).ShouldAllBe(l => l.CampaignId == campaign && l.ContentType == ContentType.Shop
            && l.EstimatedCommissionBase!.Amount == l.Price!.Amount * l.Quantity && l.TapCommissionRate > 0);
    }

    private static async Task<List<string>> BackfilledOrderIdsAsync()
    {
        await using var sandbox = await HistorySandbox.StartAsync(HistorySandbox.Start);
        var now = sandbox.Time.Now;
        var (campaign, product) = await sandbox.CampaignAsync(now.AddDays(-100), now.AddDays(30));
        await sandbox.AddLinkAsync(campaign, product, await sandbox.BiggestCreatorAsync("VN"), now.AddDays(-90));
        return [.. (await sandbox.OrdersAsync(campaign)).Select(o => o.Id)];
    }
}

/// <summary>
/// A sandbox at a fixed start (so the market simulator's hours, and so its orders, are the same on every run), with
/// the first seeded shop's seller authorized (so its webhooks are recorded) and a VN partner client.
/// </summary>
internal sealed class HistorySandbox : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private const string AppKey = "history-app";
    private const string AppSecret = "history-secret-246";
    private readonly SandboxHost host;
    private PartnerClient? partner;

    private HistorySandbox(SandboxHost host, SandboxTime time)
    {
        this.host = host;
        Time = time;
        Admin = new HttpClient { BaseAddress = host.BaseUrl };
        Client = new TikTokShopClient(new HttpClient(), TikTokShopOptions.ForSandbox(host.BaseUrl, AppKey, AppSecret, "7000000000000000001"), time);
    }

    public SandboxTime Time { get; }

    public HttpClient Admin { get; }

    public TikTokShopClient Client { get; }

    public PartnerClient Partner => partner ?? throw new InvalidOperationException("Call CampaignAsync or ConnectPartnerAsync first");

    public static async Task<HistorySandbox> StartAsync(DateTimeOffset start, int requestsPerSecond = 50)
    {
        var host = await SandboxHost.StartAsync(new SandboxOptions { AppKey = AppKey, AppSecret = AppSecret, Start = start, RequestsPerSecond = requestsPerSecond });
        return new HistorySandbox(host, new SandboxTime(start));
    }

    /// <summary>Partner tokens last 7 days: after a long advance the agency consents again.</summary>
    public async Task ConnectPartnerAsync()
    {
        var token = await Client.Auth.ExchangeCodeAsync(await CodeAsync(new { user_type = 3 }), CancellationToken.None);
        var access = new FixedAccessToken(token.AccessToken);
        var cipher = (await Client.Authorization(access).GetCategoryAssetsAsync(CancellationToken.None)).Single(a => a.TargetMarket == "VN").Cipher;
        partner = Client.Partner(access, cipher);
    }

    /// <summary>A published VN campaign targeting the first seeded shop, with one product registered and approved.</summary>
    public async Task<(string CampaignId, string ProductId)> CampaignAsync(DateTimeOffset start, DateTimeOffset end)
    {
        await Client.Auth.ExchangeCodeAsync(await CodeAsync(new { user_type = 0 }), CancellationToken.None);
        await ConnectPartnerAsync();
        var shopCode = (await Admin.GetFromJsonAsync<JsonElement>("/sandbox/shops"))[0].GetProperty("code").GetString()!;
        var campaign = (await Partner.CreateCampaignAsync(new CampaignFields
        {
            Name = "History", Description = "Orders from before the demo", CommissionRate = 1000, TargetShopCodes = [shopCode],
            RegistrationStartTime = start, RegistrationEndTime = end, CampaignStartTime = start, CampaignEndTime = end,
            ContactInfo = new ContactInfo { Email = "tap@agency.test", Zalo = "+84900000000" },
        }, CancellationToken.None)).CampaignId;
        await Partner.PublishCampaignAsync(campaign, CancellationToken.None);
        var registered = await Admin.PostAsJsonAsync($"/sandbox/campaigns/{campaign}/registrations", new { shop_code = shopCode });
        registered.EnsureSuccessStatusCode();
        var product = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await Partner.ReviewCampaignProductAsync(campaign, product, ReviewResult.Approve, null, CancellationToken.None);
        return (campaign, product);
    }

    public async Task<string> BiggestCreatorAsync(string market) =>
        (await Admin.GetFromJsonAsync<JsonElement>("/sandbox/creators")).EnumerateArray()
            .Where(c => c.GetProperty("market").GetString() == market)
            .MaxBy(c => c.GetProperty("follower_count").GetInt64())
            .GetProperty("creator_open_id").GetString()!;

    public async Task<JsonElement> AddLinkAsync(string campaign, string product, string creatorOpenId, DateTimeOffset addedTime)
    {
        var link = await Partner.GeneratePromotionLinkAsync(campaign, product, 500, CancellationToken.None);
        var response = await Admin.PostAsJsonAsync("/sandbox/showcase", new { creator_open_id = creatorOpenId, product_link = link.Link, added_time = addedTime.ToUnixTimeSeconds() });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<int> SyntheticAsync(string campaign, int count, DateTimeOffset from, DateTimeOffset until)
    {
        var response = await Admin.PostAsJsonAsync("/sandbox/orders/synthetic", new
        {
            campaign_id = campaign,
            count,
            from_time = from.ToUnixTimeSeconds(),
            until_time = until.ToUnixTimeSeconds(),
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("created").GetInt32();
    }

    public async Task<List<AffiliateOrder>> OrdersAsync(string campaign) =>
        await Partner.SearchAffiliateOrdersAsync(
            new AffiliateOrderQuery { CampaignId = campaign, CreateTimeGe = Time.Now.AddDays(-365), CreateTimeLt = Time.Now.AddDays(1) },
            CancellationToken.None).ToListAsync();

    public async Task<List<long>> WebhookTimesAsync() =>
        [.. (await Admin.GetFromJsonAsync<JsonElement>("/sandbox/webhooks")).EnumerateArray().Select(w => w.GetProperty("event_time").GetInt64())];

    public async Task AdvanceAsync(TimeSpan by)
    {
        var response = await Admin.PostAsJsonAsync("/sandbox/clock/advance", new { seconds = (long)by.TotalSeconds });
        response.EnsureSuccessStatusCode();
        Time.Now += by;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Admin.Dispose();
        await host.DisposeAsync();
    }

    private async Task<string> CodeAsync(object request)
    {
        var response = await Admin.PostAsJsonAsync("/sandbox/authorizations", request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
    }
}
