using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Campaigns;
using Tapbridge.Modules.Connections;
using Tapbridge.Modules.Creators;
using Tapbridge.Modules.Showcase.Links;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Demo;

namespace Tapbridge.Modules.Showcase.Demo;

/// <summary>
/// Showcases of the biggest approved creators in each demo market, some confirmed, with two weeks of clicks. Those
/// who are also creators in the sandbox (same username) get the products into their sandbox showcase on every start
/// (the sandbox forgets on restart), so the sandbox's market simulator sells them as time passes: the syncs report
/// real sales and the tier job real GMV.
/// </summary>
internal sealed class ShowcaseDemo(
    TapbridgeDbContext db, CreatorShowcase showcase, VisitorHasher hasher, PartnerConnection tiktok, TikTokAppSettings app, IHttpClientFactory http,
    TimeProvider clock, ILogger<ShowcaseDemo> logger) : IDemoSeeder
{
    private static readonly string?[] Referrers = ["www.tiktok.com", "www.tiktok.com", "www.tiktok.com", "l.instagram.com", "m.facebook.com", null, null];

    private static readonly string[] Agents =
    [
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 musical_ly_37.2.0",
        "Mozilla/5.0 (Linux; Android 14; SM-A556E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36",
        "Mozilla/5.0 (Linux; Android 13; Redmi Note 12) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36",
        "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
    ];

    public int Order => 500;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (!await db.Set<ShowcaseItem>().AnyAsync(cancellationToken))
            {
                await ShowcasesAsync(cancellationToken);
            }

            if ((await app.GetAsync(cancellationToken))?.SandboxUrl is { } url)
            {
                await SandboxShowcasesAsync(new Uri(url), cancellationToken);
            }
        }
        catch (Exception e) when (e is HttpRequestException or RuleViolationException or NotFoundException or TikTokShop.Errors.TikTokShopException)
        {
            logger.LogWarning(e, "The demo's showcases could not be set up in full");
        }
    }

    private async Task ShowcasesAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var market in new[] { "VN", "PH" })
        {
            var creators = await db.Set<Creator>().AsNoTracking().Where(c => c.MarketCode == market && c.Status == CreatorStatus.Approved)
                .OrderByDescending(c => c.FollowerCount).Take(6).ToListAsync(cancellationToken);
            var products = await (await LiveProducts.QueryAsync(db, market, null, now, cancellationToken))
                .Where(r => r.Status == RegistrationStatus.Approved && r.TikTokCampaignId != null).OrderBy(r => r.ProductId).Select(r => r.Id).ToListAsync(cancellationToken);
            foreach (var (creator, c) in creators.Select((c, i) => (c, i)))
            {
                var actor = new Actor(Guid.Empty, creator.Id, OrganizationKind.Creator, creator.DisplayName, new HashSet<string> { Roles.Creator });
                foreach (var (product, p) in products.Skip(c).Take(2 + c % 3).Select((id, i) => (id, i)))
                {
                    var (entry, _) = await showcase.AddAsync(actor, new AddToShowcase(product, AcceptTerms: true), cancellationToken);
                    if (p % 2 == 0)
                    {
                        await showcase.VerifyAsync(actor, entry.Id, new VerifyShowcase(true), cancellationToken);
                    }
                }
            }
        }

        await ClicksAsync(now, cancellationToken);
    }

    /// <summary>Two weeks of clicks: more on recent days, mostly from phones and TikTok, each a different visitor.</summary>
    private async Task ClicksAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var items = await db.Set<ShowcaseItem>().AsNoTracking().ToListAsync(cancellationToken);
        var targets = items.Select(i => new LinkTarget(i.Id, i.CreatorId, i.RegistrationId, i.Market, i.TikTokLink, DateTimeOffset.MaxValue));
        foreach (var (target, t) in targets.Select((x, i) => (x, i)))
        {
            var random = new Random(t * 7919 + 17);
            for (var day = 13; day >= 0; day--)
            {
                for (var n = random.Next(0, 4 + (14 - day) / 2 + t % 4); n > 0; n--)
                {
                    var at = now.AddDays(-day).AddMinutes(-random.Next(0, day == 0 ? 600 : 1440));
                    var agent = Agents[random.Next(Agents.Length)];
                    var (visitor, ip) = await hasher.HashAsync($"198.51.100.{random.Next(1, 255)}:{t}:{day}:{n}", agent, at, cancellationToken);
                    db.Add(LinkClick.Record(target, at, Referrers[random.Next(Referrers.Length)], Visitor.DeviceOf(agent), visitor, ip));
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SandboxShowcasesAsync(Uri sandbox, CancellationToken cancellationToken)
    {
        using var client = http.CreateClient(nameof(ShowcaseDemo));
        client.BaseAddress = sandbox;
        var sandboxCreators = await client.GetFromJsonAsync<List<SandboxCreator>>("/sandbox/creators", cancellationToken) ?? [];
        var now = clock.GetUtcNow();
        var items = await (from item in db.Set<ShowcaseItem>()
                           join campaign in db.Set<Campaign>() on item.CampaignId equals campaign.Id
                           join creator in db.Set<Creator>() on item.CreatorId equals creator.Id
                           where campaign.TikTokCampaignId != null && campaign.CampaignEnd > now
                           select new { item.MarketCode, item.ProductId, item.CreatorRate, item.TikTokLink, campaign.TikTokCampaignId, campaign.CampaignStart, creator.Handle }).AsNoTracking().ToListAsync(cancellationToken);

        // The first start replays up to 100 days of each showcase's past in the sandbox, so the orders poll reads months of
        // history. After a restart the sandbox has forgotten that history but Tapbridge has not: replaying it again would
        // mint the same sales under new order ids, so only the present is simulated then.
        var history = !await db.Set<Orders.OrderLine>().AnyAsync(cancellationToken);
        foreach (var (item, index) in items.Select((x, i) => (x, i)))
        {
            var since = Max(item.CampaignStart.AddDays(1 + index % 9), now.AddDays(-100 + index % 9));
            var addedTime = history && since < now.AddDays(-1) ? since.ToUnixTimeSeconds() : (long?)null;
            var partner = await tiktok.ForMarketAsync(item.MarketCode, cancellationToken);
            var creator = sandboxCreators.FirstOrDefault(c => c.Market == item.MarketCode && string.Equals(c.Username, item.Handle, StringComparison.OrdinalIgnoreCase));
            if (partner is null || creator is null)
            {
                continue;
            }

            // The link minted on the first run is still the sandbox's own; after a restart the sandbox knows it no more.
            if (!await AddToSandboxShowcaseAsync(client, creator.CreatorOpenId, item.TikTokLink, addedTime, cancellationToken))
            {
                var link = await partner.GeneratePromotionLinkAsync(item.TikTokCampaignId!, item.ProductId, item.CreatorRate, cancellationToken);
                await AddToSandboxShowcaseAsync(client, creator.CreatorOpenId, link.Link, addedTime, cancellationToken);
            }
        }
    }

    private static async Task<bool> AddToSandboxShowcaseAsync(HttpClient sandbox, string openId, string link, long? addedTime, CancellationToken cancellationToken)
    {
        var body = new Dictionary<string, object> { ["creator_open_id"] = openId, ["product_link"] = link };
        if (addedTime is { } at)
        {
            body["added_time"] = at;
        }

        using var response = await sandbox.PostAsJsonAsync("/sandbox/showcase", body, cancellationToken);
        return response.IsSuccessStatusCode;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private sealed record SandboxCreator(
        [property: System.Text.Json.Serialization.JsonPropertyName("creator_open_id")] string CreatorOpenId,
        [property: System.Text.Json.Serialization.JsonPropertyName("username")] string Username,
        [property: System.Text.Json.Serialization.JsonPropertyName("market")] string Market);
}
