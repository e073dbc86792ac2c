using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Campaigns;
using Tapbridge.Modules.Campaigns.Review;
using Tapbridge.Modules.Campaigns.Trends;
using Tapbridge.Modules.Connections;
using Tapbridge.Platform.Data;
using Tapbridge.Tests.Infrastructure;
using TikTokReviewStatus = Tapbridge.TikTokShop.Partner.ReviewStatus;

namespace Tapbridge.Tests.Modules.Campaigns;

/// <summary>Registrations made in TikTok Seller Center (the sandbox's admin endpoint) reach Tapbridge through the sync, and decisions go back.</summary>
public abstract class RegistrationSyncTests(TapbridgeApp fixture) : SandboxTests(fixture, "sync-app")
{
    private async Task<TikTokReviewStatus> StatusOnTikTokAsync(CampaignView campaign, string productId)
    {
        await using var scope = App.Scope();
        var partner = await scope.ServiceProvider.GetRequiredService<PartnerConnection>().ForMarketAsync("PH", CancellationToken.None);
        var page = await partner!.ListCampaignProductsPageAsync(campaign.TikTokCampaignId!, new() { ProductId = productId }, 10, null, CancellationToken.None);
        return page.Items.Single().ReviewStatus;
    }

    [Fact]
    public async Task A_registration_made_on_tiktok_shows_up_after_a_sync_its_approval_reaches_tiktok_and_a_second_sync_changes_nothing()
    {
        var campaign = await App.OpenCampaignAsync();
        campaign.TikTokCampaignId.ShouldNotBeNull();
        var product = await RegisterOnTikTokAsync(campaign, new { total_commission_rate = 2000, creator_commission_rate = 800 });
        var productId = product.GetProperty("id").GetString()!;

        var first = await SyncAsync(campaign);
        (first.Seen, first.Added, first.Completed).ShouldBe((1, 1, true));

        await using var scope = App.Scope();
        var review = scope.ServiceProvider.GetRequiredService<RegistrationReview>();
        var found = (await review.QueueAsync(new ReviewQuery { CampaignId = campaign.Id }, CancellationToken.None)).Items.ShouldHaveSingleItem();
        (found.ProductId, found.Source, found.TotalRate, found.PartnerRate, found.TikTok.OnTikTok).ShouldBe((productId, RegistrationSource.TikTok, 2000, 1200, true));
        found.CategoryName.ShouldNotBeNullOrEmpty();
        (await scope.ServiceProvider.GetRequiredService<Tapbridge.Modules.Campaigns.Categories.CategoryTree>().ListAsync("PH", CancellationToken.None))
            .SelectMany(c => c.Children.Append(c)).ShouldContain(c => c.Id == found.CategoryId, "synced products grow the category tree");

        await review.DecideAsync(Registrations.Manager, found.Id, new ReviewRequest(ReviewDecision.Approve), CancellationToken.None);
        (await StatusOnTikTokAsync(campaign, productId)).ShouldBe(TikTokReviewStatus.Approved);

        var second = await SyncAsync(campaign);
        (second.Seen, second.Added, second.Changed).ShouldBe((1, 0, 0));
        var readings = await scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>().Set<SalesDay>().AsNoTracking().Where(d => d.RegistrationId == found.Id).ToListAsync();
        var reading = readings.ShouldHaveSingleItem("each sync keeps the day's units-sold reading for Trending, one per day");
        (reading.Day, reading.UnitsSold).ShouldBe((DateOnly.FromDateTime(DateTime.UtcNow), product.GetProperty("product_sales").GetInt32()));
        var detail = await review.GetAsync(found.Id, CancellationToken.None);
        detail.History.Select(h => h.Action).ShouldBe(["Reviewed", "Registered on TikTok"]);
        detail.Registration.Status.ShouldBe(RegistrationStatus.Approved);
    }

    [Fact]
    public async Task A_portal_registration_is_merged_by_product_id_a_conflict_is_shown_and_the_held_decision_is_sent_once_resolved()
    {
        var campaign = await App.OpenCampaignAsync();
        var onTikTok = await RegisterOnTikTokAsync(campaign, new { total_commission_rate = 2000, creator_commission_rate = 800 });
        var productId = onTikTok.GetProperty("id").GetString()!;
        var (seller, _) = await App.SignUpSellerAsync(market: "PH");
        var shopName = onTikTok.GetProperty("shop_name").GetString()!;
        var shop = await (await seller.PostAsJsonAsync("/api/v1/seller/shops", new { shopCode = "PHSYNC" + Random.Shared.Next(1000, 9999), shopName, market = "PH" }))
            .Content.ReadFromJsonAsync<Tapbridge.Modules.Sellers.Shops.ShopView>();
        var registered = await seller.PostAsJsonAsync($"/api/v1/seller/campaigns/{campaign.Id}/registrations",
            Registrations.Body(shop!.Id, productId: productId, partner: 1000, creator: 600));
        registered.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await registered.Content.ReadAsStringAsync());
        var portal = (await registered.Content.ReadFromJsonAsync<RegistrationView>())!;
        portal.TikTok.OnTikTok.ShouldBeFalse();

        await using var scope = App.Scope();
        var review = scope.ServiceProvider.GetRequiredService<RegistrationReview>();
        (await review.DecideAsync(Registrations.Manager, portal.Id, new ReviewRequest(ReviewDecision.Approve), CancellationToken.None)).TikTok.DecisionHeld.ShouldBeTrue();

        var report = await SyncAsync(campaign);
        (report.Added, report.Conflicts, report.DecisionsSent).ShouldBe((0, 1, 0));
        var merged = await review.GetAsync(portal.Id, CancellationToken.None);
        (merged.Registration.TikTok.Conflict, merged.Registration.TotalRate, merged.Registration.TikTok.PartnerRate).ShouldBe((true, 1600, 1200));
        merged.History.First().Details.ShouldContain("Conflict: TikTok has 20 %");
        (await StatusOnTikTokAsync(campaign, productId)).ShouldBe(TikTokReviewStatus.Pending, "a decision on other terms than TikTok's is not sent");

        await review.AcceptTikTokTermsAsync(Registrations.Manager, portal.Id, CancellationToken.None);
        (await SyncAsync(campaign)).DecisionsSent.ShouldBe(1);
        (await StatusOnTikTokAsync(campaign, productId)).ShouldBe(TikTokReviewStatus.Approved);
        var done = await review.GetAsync(portal.Id, CancellationToken.None);
        (done.Registration.TotalRate, done.Registration.TikTok.DecisionHeld).ShouldBe((2000, false));
        done.Registration.SellerId.ShouldNotBeNull("the seller listed the shop TikTok names");
        done.History.Select(h => h.Action).ShouldContain("Decision sent to TikTok");
    }

    [Fact]
    public async Task A_portal_registration_naming_another_shops_product_is_not_merged_and_says_why()
    {
        var campaign = await App.OpenCampaignAsync();
        var onTikTok = await RegisterOnTikTokAsync(campaign);
        var productId = onTikTok.GetProperty("id").GetString()!;
        var (seller, _) = await App.SignUpSellerAsync(market: "PH");
        var portal = await (await seller.PostAsJsonAsync($"/api/v1/seller/campaigns/{campaign.Id}/registrations",
            Registrations.Body(await seller.FirstShopAsync(), productId: productId))).Content.ReadFromJsonAsync<RegistrationView>();

        await SyncAsync(campaign);
        await SyncAsync(campaign);

        await using var scope = App.Scope();
        var detail = await scope.ServiceProvider.GetRequiredService<RegistrationReview>().GetAsync(portal!.Id, CancellationToken.None);
        detail.Registration.TikTok.OnTikTok.ShouldBeFalse("the seller never sees another shop's TikTok registration");
        detail.Registration.TikTok.Error!.ShouldContain(onTikTok.GetProperty("shop_name").GetString()!);
        detail.History.Count(h => h.Action == "Synced from TikTok").ShouldBe(1, "the mismatch is recorded once, not at every pass");
        detail.Registration.TotalRate.ShouldBe(1600);
    }

    [Fact]
    public async Task Two_syncs_at_once_store_each_product_once_and_approved_products_get_promotion_links_in_a_batch()
    {
        var campaign = await App.OpenCampaignAsync();
        for (var i = 0; i < 8; i++)
        {
            await RegisterOnTikTokAsync(campaign);
        }

        var reports = await Task.WhenAll(SyncAsync(campaign), SyncAsync(campaign));
        reports.Sum(r => r.Added).ShouldBe(8);
        await using var scope = App.Scope();
        await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<TapbridgeDbContext>>().CreateDbContextAsync())
        {
            (await db.Set<Registration>().CountAsync(r => r.CampaignId == campaign.Id)).ShouldBe(8);
            (await db.Set<CampaignEvent>().CountAsync(e => e.CampaignId == campaign.Id && e.Action == "Registered on TikTok")).ShouldBe(8);
        }

        var review = scope.ServiceProvider.GetRequiredService<RegistrationReview>();
        var all = (await review.QueueAsync(new ReviewQuery { CampaignId = campaign.Id }, CancellationToken.None)).Items;
        await review.DecideManyAsync(Registrations.Manager, new BulkReviewRequest(all.Take(5).Select(r => r.Id).ToList(), ReviewDecision.Approve), CancellationToken.None);
        var links = await scope.ServiceProvider.GetRequiredService<ForwardingCatalogue>().GenerateLinksAsync(Registrations.Manager, campaign.Id, CancellationToken.None);

        (links.Generated, links.FailedProductIds.Count).ShouldBe((5, 0));
        var catalogue = await scope.ServiceProvider.GetRequiredService<ForwardingCatalogue>().QueryAsync(new CatalogueQuery { Market = "PH", CampaignId = campaign.Id }, CancellationToken.None);
        catalogue.Items.Count.ShouldBe(5);
        catalogue.Items.ShouldAllBe(i => i.PromotionLink != null && i.PromotionLink.StartsWith("https://", StringComparison.Ordinal));
    }
}

public sealed class RegistrationSyncTestsOnSqlite(SqliteApp app) : RegistrationSyncTests(app), IClassFixture<SqliteApp>;

public sealed class RegistrationSyncTestsOnPostgres(PostgresApp app) : RegistrationSyncTests(app), IClassFixture<PostgresApp>;
