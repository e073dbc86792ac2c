using System.Net;
using System.Net.Http.Json;
using Tapbridge.Modules.Campaigns;
using Tapbridge.Modules.Campaigns.Review;
using Tapbridge.Platform.Auth;
using Tapbridge.Tests.Infrastructure;
using Tapbridge.Tests.Modules.Accounts;

namespace Tapbridge.Tests.Modules.Campaigns;

public abstract class RegistrationApiTests(TapbridgeApp fixture) : AppTests(fixture)
{
    [Fact]
    public async Task A_seller_registers_a_manager_approves_the_seller_is_told_and_the_product_joins_the_catalogue()
    {
        var campaign = await App.OpenCampaignAsync();
        var (seller, sellerEmail) = await App.SignUpSellerAsync(market: "PH");
        var manager = await App.SignInAsync(await App.CreateStaffAsync(Roles.AccountManager));

        var open = await seller.GetFromJsonAsync<List<OpenCampaignView>>("/api/v1/seller/campaigns");
        open!.ShouldContain(c => c.Campaign.Id == campaign.Id);
        var response = await seller.PostAsJsonAsync($"/api/v1/seller/campaigns/{campaign.Id}/registrations", Registrations.Body(await seller.FirstShopAsync()));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var registration = (await response.Content.ReadFromJsonAsync<RegistrationView>())!;
        (registration.Status, registration.TotalRate, registration.TikTok.CampaignOnTikTok).ShouldBe((RegistrationStatus.Pending, 1600, false));

        var queue = await manager.GetFromJsonAsync<ReviewPage>($"/api/v1/agency/registrations?campaignId={campaign.Id}");
        var queued = queue!.Items.ShouldHaveSingleItem();
        (queued.CampaignRate, queued.OpenCollaborationRate, queued.LowestPrice, queued.Stock).ShouldBe((1500, 1000, 38_900L, 120));
        queued.SellerName.ShouldNotBeNull();
        var approved = await manager.PostAsJsonAsync($"/api/v1/agency/registrations/{registration.Id}/review", new { decision = "Approve", comment = "Welcome aboard" });
        approved.StatusCode.ShouldBe(HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());

        (await seller.GetFromJsonAsync<RegistrationDetailView>($"/api/v1/seller/registrations/{registration.Id}"))!.Registration.Status.ShouldBe(RegistrationStatus.Approved);
        App.LatestTo(sellerEmail).Subject.ShouldBe("Approved: Vitamin C Glow Serum 30ml");
        var catalogue = await manager.GetFromJsonAsync<CataloguePage>($"/api/v1/agency/catalogue?market=PH&campaignId={campaign.Id}");
        catalogue!.Items.ShouldHaveSingleItem().ProductId.ShouldBe("1729384756201");
        (await manager.GetFromJsonAsync<CataloguePage>($"/api/v1/agency/catalogue?market=PH&campaignId={campaign.Id}&minRate=1700"))!.Items.ShouldBeEmpty();
        var csv = await manager.GetStringAsync($"/api/v1/agency/catalogue.csv?market=PH&campaignId={campaign.Id}");
        csv.Split('\n')[1].ShouldStartWith("1729384756201,Vitamin C Glow Serum 30ml,");
        var detail = await manager.GetFromJsonAsync<RegistrationDetailView>($"/api/v1/agency/registrations/{registration.Id}");
        detail!.History.Select(h => (h.Action, h.Actor)).ShouldBe([("Reviewed", "Staff AccountManager"), ("Registered", "Hoa Pham")]);
        detail.SellerRecord!.Approved.ShouldBe(1);
    }

    [Theory]
    [InlineData(800, 600, "601450", "totalCommissionRate")]
    [InlineData(1000, 600, "999999", "categoryId")]
    public async Task A_registration_that_breaks_a_rule_is_refused_naming_the_field_and_nothing_is_stored(int partner, int creator, string category, string field)
    {
        var campaign = await App.OpenCampaignAsync();
        var (seller, _) = await App.SignUpSellerAsync(market: "PH");

        var response = await seller.PostAsJsonAsync($"/api/v1/seller/campaigns/{campaign.Id}/registrations", Registrations.Body(await seller.FirstShopAsync(), partner: partner, creator: creator, category: category));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = (await response.Content.ReadFromJsonAsync<ValidationProblem>())!;
        problem.Errors.Keys.ShouldContain(field);
        if (field == "totalCommissionRate")
        {
            problem.Errors[field][0].ShouldContain("requirement of 15 %");
        }

        (await seller.GetFromJsonAsync<List<RegistrationView>>($"/api/v1/seller/registrations?campaignId={campaign.Id}"))!.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_seller_token_sees_and_changes_only_its_own_shops_registrations()
    {
        var campaign = await App.OpenCampaignAsync();
        var (first, _) = await App.SignUpSellerAsync(market: "PH");
        var (second, _) = await App.SignUpSellerAsync(market: "PH");
        var created = await (await first.PostAsJsonAsync($"/api/v1/seller/campaigns/{campaign.Id}/registrations", Registrations.Body(await first.FirstShopAsync(), productId: "5550001"))).Content.ReadFromJsonAsync<RegistrationView>();
        var token = App.WithToken(await second.IssueTokenAsync());

        (await token.GetAsync($"/api/v1/seller/registrations/{created!.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await token.PutAsJsonAsync($"/api/v1/seller/registrations/{created.Id}", Registrations.Body(await second.FirstShopAsync(), productId: "5550001"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await token.GetFromJsonAsync<List<RegistrationView>>("/api/v1/seller/registrations"))!.ShouldBeEmpty();
        (await token.PostAsJsonAsync($"/api/v1/seller/campaigns/{campaign.Id}/registrations", Registrations.Body(await first.FirstShopAsync(), productId: "5550002")))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest, "another seller's shop is not the caller's");
        var duplicate = await token.PostAsJsonAsync($"/api/v1/seller/campaigns/{campaign.Id}/registrations", Registrations.Body(await second.FirstShopAsync(), productId: "5550001"));
        (await duplicate.Content.ReadFromJsonAsync<ValidationProblem>())!.Errors.Keys.ShouldContain("productId");
        (await token.GetAsync("/api/v1/agency/registrations")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Bulk_review_decides_each_registration_on_its_own_and_finance_cannot_review()
    {
        var campaign = await App.OpenCampaignAsync();
        var (seller, _) = await App.SignUpSellerAsync(market: "PH");
        var shop = await seller.FirstShopAsync();
        var ids = new List<Guid>();
        foreach (var product in new[] { "7001", "7002", "7003" })
        {
            ids.Add((await (await seller.PostAsJsonAsync($"/api/v1/seller/campaigns/{campaign.Id}/registrations", Registrations.Body(shop, productId: product))).Content.ReadFromJsonAsync<RegistrationView>())!.Id);
        }

        var manager = await App.SignInAsync(await App.CreateStaffAsync(Roles.AccountManager));
        var finance = await App.SignInAsync(await App.CreateStaffAsync(Roles.Finance));
        (await finance.PostAsJsonAsync("/api/v1/agency/registrations/review", new { registrationIds = ids, decision = "Approve" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var rejected = await manager.PostAsJsonAsync("/api/v1/agency/registrations/review", new { registrationIds = ids[..2], decision = "Reject", reasons = new[] { "CommissionTooLow" }, comment = "Offer 20 %" });
        (await rejected.Content.ReadFromJsonAsync<List<BulkReviewResult>>())!.ShouldAllBe(r => r.Status == RegistrationStatus.Rejected);
        var approved = await (await manager.PostAsJsonAsync("/api/v1/agency/registrations/review", new { registrationIds = ids, decision = "Approve" })).Content.ReadFromJsonAsync<List<BulkReviewResult>>();

        approved!.Select(r => r.Status).ShouldBe([null, null, RegistrationStatus.Approved]);
        approved![0].Error!.ShouldContain("rejected");
        var mine = await seller.GetFromJsonAsync<List<RegistrationView>>($"/api/v1/seller/registrations?status=Rejected");
        mine!.Count.ShouldBe(2);
        mine.ShouldAllBe(r => r.ReviewComment == "Offer 20 %" && r.RejectReasons.Single() == RejectReason.CommissionTooLow);
    }

    [Fact]
    public async Task A_rejected_product_is_registered_again_and_an_approved_one_is_closed_at_the_sellers_request()
    {
        var campaign = await App.OpenCampaignAsync();
        var (seller, _) = await App.SignUpSellerAsync(market: "PH");
        var shop = await seller.FirstShopAsync();
        var manager = await App.SignInAsync(await App.CreateStaffAsync(Roles.AccountManager));
        var id = (await (await seller.PostAsJsonAsync($"/api/v1/seller/campaigns/{campaign.Id}/registrations", Registrations.Body(shop, productId: "8001"))).Content.ReadFromJsonAsync<RegistrationView>())!.Id;
        await manager.PostAsJsonAsync($"/api/v1/agency/registrations/{id}/review", new { decision = "Reject", reasons = new[] { "CommissionTooLow" } });

        var again = await seller.PutAsJsonAsync($"/api/v1/seller/registrations/{id}", Registrations.Body(shop, productId: "8001", partner: 1200, creator: 800));
        (await again.Content.ReadFromJsonAsync<RegistrationView>())!.Status.ShouldBe(RegistrationStatus.Pending);
        await manager.PostAsJsonAsync($"/api/v1/agency/registrations/{id}/review", new { decision = "Approve" });
        (await seller.PutAsJsonAsync($"/api/v1/seller/registrations/{id}", Registrations.Body(shop, productId: "8001"))).StatusCode.ShouldBe(HttpStatusCode.Conflict, "the rate is locked");

        (await seller.PostAsJsonAsync($"/api/v1/seller/registrations/{id}/request-close", new { reason = "Discontinued" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var queue = await manager.GetFromJsonAsync<ReviewPage>($"/api/v1/agency/registrations?campaignId={campaign.Id}");
        queue!.Items.ShouldHaveSingleItem().Status.ShouldBe(RegistrationStatus.PendingClosed);
        await manager.PostAsJsonAsync($"/api/v1/agency/registrations/{id}/review", new { decision = "Approve" });

        var detail = await seller.GetFromJsonAsync<RegistrationDetailView>($"/api/v1/seller/registrations/{id}");
        detail!.Registration.Status.ShouldBe(RegistrationStatus.Closed);
        detail.History.Select(h => h.Action).ShouldBe(["Reviewed", "Close requested", "Reviewed", "Registered again", "Reviewed", "Registered"]);
        (await manager.GetFromJsonAsync<CataloguePage>($"/api/v1/agency/catalogue?market=PH&campaignId={campaign.Id}"))!.Items.ShouldBeEmpty();
    }
}

public sealed class RegistrationApiTestsOnSqlite(SqliteApp app) : RegistrationApiTests(app), IClassFixture<SqliteApp>;

public sealed class RegistrationApiTestsOnPostgres(PostgresApp app) : RegistrationApiTests(app), IClassFixture<PostgresApp>;
