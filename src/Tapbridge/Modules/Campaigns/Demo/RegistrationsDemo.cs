using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Campaigns.Registrations;
using Tapbridge.Modules.Campaigns.Review;
using Tapbridge.Modules.Campaigns.Sync;
using Tapbridge.Modules.Campaigns.Trends;
using Tapbridge.Modules.Connections;
using Tapbridge.Modules.Sellers;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Demo;

namespace Tapbridge.Modules.Campaigns.Demo;

/// <summary>
/// Registrations in every review state. Sellers in the sandbox register products into the demo's TikTok campaigns (as
/// they would in Seller Center); the sync brings them in; the demo agency reviews them; two demo brands own sandbox shops
/// so their portal shows TikTok registrations; portal registrations wait for their TikTok counterpart. The sandbox
/// forgets everything on restart, so the TikTok side is replayed at every start and the held decisions are sent again.
/// </summary>
internal sealed class RegistrationsDemo(
    TapbridgeDbContext db, TikTokAppSettings app, RegistrationSync sync, RegistrationReview review, SellerRegistrations portal, ForwardingCatalogue catalogue,
    IHttpClientFactory http, TimeProvider clock, ILogger<RegistrationsDemo> logger) : IDemoSeeder
{
    private static readonly System.Text.Json.JsonSerializerOptions SandboxJson = new() { PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower };
    private static readonly Actor Agency = new(Guid.Empty, Guid.Empty, OrganizationKind.Agency, "Demo world", new HashSet<string>());

    /// <summary>Detailed categories of the demo markets, with TikTok's ids (the sandbox's products use them).</summary>
    private static readonly (string Id, string Name, string Parent)[] Leaves =
    [
        ("601152", "Face Serums", "601450"), ("601153", "Lipsticks", "601450"), ("601226", "Sunscreen", "601450"),
        ("824328", "Women's T-Shirts", "824584"), ("824329", "Dresses", "824584"),
        ("600942", "Kitchen Storage", "600001"), ("600943", "Water Bottles", "600001"),
        ("601739", "Phone Cases", "601755"), ("601740", "Wireless Earbuds", "601755"),
        ("700645", "Snacks", "700437"),
    ];

    private static readonly (string Brand, string Market)[] Adopters = [("Kopi Kultura", "PH"), ("Nhà Xinh Home", "VN")];

    public int Order => 450;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await SeedCategoriesAsync(cancellationToken);
        var firstRun = !await db.Set<Registration>().AnyAsync(cancellationToken);
        if ((await app.GetAsync(cancellationToken))?.SandboxUrl is { } url)
        {
            try
            {
                await TikTokSideAsync(new Uri(url), firstRun, cancellationToken);
            }
            catch (Exception e) when (e is HttpRequestException or RuleViolationException)
            {
                logger.LogWarning(e, "The demo's TikTok registrations could not be replayed in the sandbox");
            }
        }

        if (firstRun)
        {
            await PortalSideAsync(cancellationToken);
        }
    }

    private async Task SeedCategoriesAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var market in new[] { "VN", "PH", "TH" })
        {
            var known = await db.Set<Category>().Where(c => c.MarketCode == market).Select(c => c.Id).ToListAsync(cancellationToken);
            db.AddRange(Categories.CategoryTree.TopLevel.Where(t => !known.Contains(t.Id)).Select(t => Category.Create(market, t.Id, null, t.Name, now)));
            db.AddRange(Leaves.Where(l => !known.Contains(l.Id)).Select(l => Category.Create(market, l.Id, l.Parent, l.Name, now)));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task TikTokSideAsync(Uri sandbox, bool firstRun, CancellationToken cancellationToken)
    {
        using var client = http.CreateClient(nameof(RegistrationsDemo));
        client.BaseAddress = sandbox;
        var shops = await client.GetFromJsonAsync<List<SandboxShop>>("/sandbox/shops", SandboxJson, cancellationToken) ?? [];
        var adopted = await AdoptShopsAsync(shops, cancellationToken);
        var now = clock.GetUtcNow();
        var campaigns = (await db.Set<Campaign>().AsNoTracking().Where(c => c.TikTokCampaignId != null).ToListAsync(cancellationToken))
            .Where(c => c.RegistrationOpenAt(now)).ToList();
        foreach (var campaign in campaigns)
        {
            // Two products from the demo brand's own shop, one from each of five other sellers' shops in the market.
            var mine = adopted.Where(s => s.Region == campaign.MarketCode).Select(s => s.Code).ToList();
            var others = shops.Where(s => s.Region == campaign.MarketCode && !mine.Contains(s.Code)).Select(s => s.Code).Take(5);
            foreach (var code in mine.Concat(mine).Concat(others).Concat(others))
            {
                await client.PostAsJsonAsync($"/sandbox/campaigns/{campaign.TikTokCampaignId}/registrations", new Dictionary<string, string> { ["shop_code"] = code }, cancellationToken);
            }

            await sync.SyncCampaignAsync(campaign.Id, cancellationToken);
            if (firstRun)
            {
                await ReviewAsync(client, campaign, cancellationToken);
                await SalesHistoryAsync(campaign, cancellationToken);
            }

            await catalogue.GenerateLinksAsync(Agency, campaign.Id, cancellationToken);
        }
    }

    /// <summary>Two demo brands own a sandbox shop each, so TikTok's registrations of those shops land in their portal.</summary>
    private async Task<List<SandboxShop>> AdoptShopsAsync(List<SandboxShop> shops, CancellationToken cancellationToken)
    {
        var adopted = new List<SandboxShop>();
        foreach (var (brand, market) in Adopters)
        {
            var seller = await db.Set<SellerOrganization>().Include(s => s.Shops).SingleOrDefaultAsync(s => s.Name == brand, cancellationToken);
            var shop = shops.FirstOrDefault(s => s.Region == market && s.SellerType == "LOCAL");
            if (seller is null || shop is null)
            {
                continue;
            }

            if (!seller.Shops.Any(s => s.ShopCode == shop.Code))
            {
                seller.AddShop(shop.Code, shop.Name, Platform.Markets.Market.Get(market), clock.GetUtcNow());
                await db.SaveChangesAsync(cancellationToken);
            }

            adopted.Add(shop);
        }

        return adopted;
    }

    /// <summary>The agency's first pass: approvals, a rejection, a rejection forever, and a close request from a seller.</summary>
    private async Task ReviewAsync(HttpClient sandbox, Campaign campaign, CancellationToken cancellationToken)
    {
        var pending = (await review.QueueAsync(new ReviewQuery { CampaignId = campaign.Id, Status = RegistrationStatus.Pending, PageSize = 100 }, cancellationToken)).Items;
        var decisions = new (ReviewDecision Decision, RejectReason[] Reasons, string? Comment)[]
        {
            (ReviewDecision.Approve, [], null),
            (ReviewDecision.Approve, [], "Great fit for our beauty creators"),
            (ReviewDecision.Approve, [], null),
            (ReviewDecision.Reject, [RejectReason.CommissionTooLow], "Similar products pay 20 % or more; register again with a higher creator share."),
            (ReviewDecision.Approve, [], null),
            (ReviewDecision.RejectForever, [RejectReason.ProductHardToPromote], "Not suitable for short videos."),
            (ReviewDecision.Approve, [], null),
        };
        // The pattern first, so every state shows; the rest approved, so the creators' rails have products.
        var plan = pending.Select((r, i) => (Registration: r, Decision: i < decisions.Length ? decisions[i] : (ReviewDecision.Approve, [], null))).ToList();
        foreach (var (registration, decision) in plan)
        {
            await review.DecideAsync(Agency, registration.Id, new ReviewRequest(decision.Decision, decision.Reasons, decision.Comment), cancellationToken);
        }

        var approved = plan.Where(x => x.Decision.Decision == ReviewDecision.Approve).Select(x => x.Registration).ToList();
        foreach (var registration in approved.Take(2))
        {
            await sandbox.PostAsync(new Uri($"/sandbox/campaigns/{campaign.TikTokCampaignId}/products/{registration.ProductId}/request_close", UriKind.Relative), null, cancellationToken);
        }

        await sync.SyncCampaignAsync(campaign.Id, cancellationToken);
        if (approved.Count > 1)
        {
            await review.DecideAsync(Agency, approved[1].Id, new ReviewRequest(ReviewDecision.Approve, null, "Closed at the seller's request"), cancellationToken);
        }
    }

    /// <summary>
    /// Two weeks of daily sales readings for the campaign's approved products, some speeding up, some steady, some
    /// slowing, so the Trending rail has something to rank. The sandbox starts from zero sales on every start; a
    /// running total that drops adds nothing (see SalesTrend), so the syncs after this keep the history meaningful.
    /// </summary>
    private async Task SalesHistoryAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var products = await db.Set<Registration>().Where(r => r.CampaignId == campaign.Id && r.Status == RegistrationStatus.Approved)
            .OrderBy(r => r.ProductId).ToListAsync(cancellationToken);
        foreach (var (registration, i) in products.Select((r, i) => (r, i)))
        {
            Func<int, int> perDay = (i % 4) switch
            {
                0 => day => 1 + day * (3 + i % 3) / 2,
                1 => day => 3 + i % 5 + day / 3,
                2 => day => Math.Max(0, 12 - day),
                _ => day => day % 5 == 0 ? 1 : 0,
            };
            var total = 0;
            for (var day = 0; day < 14; day++)
            {
                total += perDay(day);
                db.Add(SalesDay.Record(registration.Id, today.AddDays(day - 14), total));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await SalesTrend.RefreshAsync(db, products, today, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Portal registrations: made here, waiting for the seller to register the same product in Seller Center.</summary>
    private async Task PortalSideAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var campaigns = (await db.Set<Campaign>().AsNoTracking().ToListAsync(cancellationToken)).Where(c => c.RegistrationOpenAt(now)).ToList();
        var lumiere = await db.Set<SellerOrganization>().AsNoTracking().Include(s => s.Shops).SingleOrDefaultAsync(s => s.Name == "Lumière Skin", cancellationToken);
        if (lumiere is null)
        {
            return;
        }

        var seller = new Actor(Guid.Empty, lumiere.Id, OrganizationKind.Seller, "Hoa Pham", new HashSet<string> { Roles.Seller });
        var products = new[]
        {
            ("1729384756201", "Lumière Vitamin C Glow Serum 30ml", "601152", 389_000L, 1400, 800),
            ("1729384756202", "Lumière Daily UV Shield SPF50+", "601226", 259_000L, 1300, 900),
        };
        foreach (var campaign in campaigns.Where(c => c.MarketCode == "VN"))
        {
            var shop = lumiere.Shops.First(s => s.MarketCode == "VN");
            foreach (var (id, title, category, price, partner, creator) in products)
            {
                await portal.RegisterAsync(seller, campaign.Id, new RegistrationDraft
                {
                    ShopId = shop.Id,
                    ProductId = id,
                    Title = title,
                    Description = $"{title}: dermatologist-tested, made in Vietnam.",
                    ImageUrls = [$"https://images.tapbridge.test/demo/{id}.jpg"],
                    CategoryId = category,
                    Skus = [new SkuDraft(id[..^1] + "9", "Standard", price, 640)],
                    PartnerRate = partner,
                    CreatorRate = creator,
                    OpenCollaborationRate = 1000,
                    SampleQuota = 25,
                    Brief = new ContentBrief
                    {
                        SellingPoints = ["Visible glow in 7 days", "Light texture for humid weather"],
                        RequiredClaims = ["Show the batch number on the box"],
                        ForbiddenClaims = ["No medical claims (\"cures acne\")"],
                        Hashtags = ["#LumiereGlow", "#skincareVN"],
                    },
                }, cancellationToken);
            }
        }
    }

    private sealed record SandboxShop(string ShopId, string Code, string Name, string Region, string SellerType);
}
