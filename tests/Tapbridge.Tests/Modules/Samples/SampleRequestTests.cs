using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Samples;
using Tapbridge.Modules.Samples.Review;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Modules.Samples;

/// <summary>
/// The sample loop through the API for a campaign that lives in Tapbridge: a creator asks within the rules, the agency
/// decides, the seller ships, the creator says it arrived and links her post; the quota is booked and given back.
/// </summary>
public abstract class SampleRequestTests(TapbridgeApp fixture)
{
    private TapbridgeApp App => fixture.Require();

    [Fact]
    public async Task A_sample_goes_from_the_product_page_to_the_post_with_a_mail_at_each_step_that_matters()
    {
        var (product, seller, manager) = await App.ProductWithSamplesAsync(quota: 2);
        var (creator, email, _) = await App.ApprovedCreatorAsync();

        var offer = (await creator.GetFromJsonAsync<SampleOffer>($"/api/v1/creator/samples/offer/{product}"))!;
        (offer.Quota, offer.Left, offer.Blocks.Count, offer.ShipTo, offer.ContentDays).ShouldBe((2, 2, 0, null, 14));
        var asked = await creator.PostAsJsonAsync("/api/v1/creator/samples", SampleWorld.Ask(product));
        asked.StatusCode.ShouldBe(HttpStatusCode.Created, await asked.Content.ReadAsStringAsync());
        var sample = (await asked.Content.ReadFromJsonAsync<SampleView>())!;
        (sample.Stage, sample.Cost, sample.SkuName, sample.OnTikTok).ShouldBe((SampleStage.Requested, 38_900L, "30ml", false));
        App.LatestTo(email).Subject.ShouldBe("Sample requested: Vitamin C Glow Serum 30ml (30ml)");

        var again = (await creator.GetFromJsonAsync<SampleOffer>($"/api/v1/creator/samples/offer/{product}"))!;
        (again.Left, again.ShipTo!.Recipient).ShouldBe((1, "Maria Dela Cruz"), "the address is kept for the next request");
        again.Blocks.ShouldHaveSingleItem().ShouldBe(new SampleBlock(SampleBlockKind.AlreadyAsked, 1, 0, sample.Id));
        var twice = await creator.PostAsJsonAsync("/api/v1/creator/samples", SampleWorld.Ask(product));
        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await twice.Content.ReadAsStringAsync()).ShouldContain("already have a sample of this product");

        var queue = (await manager.GetFromJsonAsync<SampleDeskPage>("/api/v1/agency/samples?stage=Requested&market=PH&pageSize=100"))!;
        var item = queue.Items.Single(i => i.Sample.Id == sample.Id);
        (item.Creator.Followers, item.Creator.Fulfilment.Percent, item.Quota, item.QuotaLeft, item.Currency)
            .ShouldBe((25_000, null, 2, 1, "PHP"));
        item.Creator.Niches.ShouldBe(["beauty", "home"]);
        (await SellerViewAsync(seller, sample.Id)).ShipTo.Address.ShouldBeEmpty("the seller sees the address once it is theirs to ship");
        var decided = await manager.PostAsJsonAsync("/api/v1/agency/samples/decisions",
            new { sampleIds = new[] { sample.Id, Guid.NewGuid() }, approve = true });
        var outcomes = (await decided.Content.ReadFromJsonAsync<List<SampleDecisionOutcome>>())!;
        outcomes.Select(o => o.Decided).ShouldBe([true, false], "one unknown id does not stop the rest");
        App.LatestTo(email).Subject.ShouldBe("Your sample is approved: Vitamin C Glow Serum 30ml (30ml)");
        (await SellerViewAsync(seller, sample.Id)).ShipTo.Address.ShouldStartWith("Unit 5B, 88 Jupiter Street");

        var shipped = await seller.PostAsJsonAsync($"/api/v1/seller/samples/{sample.Id}/shipment",
            new { carrier = "J&T Express", trackingNumber = "JT-778899", shippingCost = 9_500 });
        shipped.StatusCode.ShouldBe(HttpStatusCode.OK, await shipped.Content.ReadAsStringAsync());
        (App.LatestTo(email).TextBody ?? "").ShouldContain("JT-778899");
        (await creator.PostAsync($"/api/v1/creator/samples/{sample.Id}/received", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        App.LatestTo(email).Subject.ShouldBe("Your sample has arrived: Vitamin C Glow Serum 30ml (30ml)");

        var badLink = await creator.PostAsJsonAsync($"/api/v1/creator/samples/{sample.Id}/content",
            new { contentUrl = "https://www.youtube.com/watch?v=1" });
        badLink.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badLink.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("contentUrl", out _).ShouldBeTrue();
        var posted = await creator.PostAsJsonAsync($"/api/v1/creator/samples/{sample.Id}/content",
            new { contentUrl = "https://www.tiktok.com/@maria/video/7301234567890123456" });
        posted.StatusCode.ShouldBe(HttpStatusCode.OK, await posted.Content.ReadAsStringAsync());
        var done = (await posted.Content.ReadFromJsonAsync<SampleView>())!;
        (done.Stage, done.Cost, done.ContentUrl)
            .ShouldBe((SampleStage.Completed, 48_400L, "https://www.tiktok.com/@maria/video/7301234567890123456"));
        var mine = (await creator.GetFromJsonAsync<CreatorSamplesView>("/api/v1/creator/samples"))!;
        (mine.Fulfilment.Posted, mine.Fulfilment.Missed, mine.Fulfilment.Percent, mine.Fulfilment.Open).ShouldBe((1, 0, (int?)100, 0));
    }

    [Fact]
    public async Task The_quota_is_never_overbooked_and_a_withdrawn_or_rejected_request_gives_its_sample_back()
    {
        var (product, _, manager) = await App.ProductWithSamplesAsync(quota: 1);
        var (first, _, _) = await App.ApprovedCreatorAsync();
        var (second, secondEmail, _) = await App.ApprovedCreatorAsync();

        var taken = (await (await first.PostAsJsonAsync("/api/v1/creator/samples", SampleWorld.Ask(product)))
            .Content.ReadFromJsonAsync<SampleView>())!;
        (await second.GetFromJsonAsync<SampleOffer>($"/api/v1/creator/samples/offer/{product}"))!.Blocks.Select(b => b.Kind)
            .ShouldBe([SampleBlockKind.NoneLeft]);
        var refused = await second.PostAsJsonAsync("/api/v1/creator/samples", SampleWorld.Ask(product));
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("All 1 samples of this product are taken");

        (await first.PostAsync($"/api/v1/creator/samples/{taken.Id}/withdraw", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var secondAsk = await second.PostAsJsonAsync("/api/v1/creator/samples", SampleWorld.Ask(product));
        secondAsk.StatusCode.ShouldBe(HttpStatusCode.Created, "the withdrawn sample went back to the quota");
        var secondSample = (await secondAsk.Content.ReadFromJsonAsync<SampleView>())!;

        var rejectWithoutNote = await manager.PostAsJsonAsync("/api/v1/agency/samples/decisions",
            new { sampleIds = new[] { secondSample.Id }, approve = false, reason = "Other" });
        (await rejectWithoutNote.Content.ReadFromJsonAsync<List<SampleDecisionOutcome>>())!.Single().Refusal
            .ShouldNotBeNull().ShouldContain("why");
        var noReason = await manager.PostAsJsonAsync("/api/v1/agency/samples/decisions",
            new { sampleIds = new[] { secondSample.Id }, approve = false });
        noReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await manager.PostAsJsonAsync("/api/v1/agency/samples/decisions",
            new { sampleIds = new[] { secondSample.Id }, approve = false, reason = "NotAMatch" });
        (App.LatestTo(secondEmail).TextBody ?? "").ShouldContain("Not a match for this product");
        (await first.GetFromJsonAsync<SampleOffer>($"/api/v1/creator/samples/offer/{product}"))!.Left.ShouldBe(1);
        await AssertBookedMatchesHeldAsync(product);
    }

    [Fact]
    public async Task A_creator_who_may_not_ask_is_told_why_and_bad_input_is_named()
    {
        var (product, _, _) = await App.ProductWithSamplesAsync(quota: 5);
        var admin = await App.SignInAsync(await App.CreateStaffAsync(Roles.Admin));
        var rules = (await admin.GetFromJsonAsync<SamplePolicyTerms>("/api/v1/agency/samples/rules/PH"))!;
        (await admin.PutAsJsonAsync("/api/v1/agency/samples/rules/PH", rules with { MaxOpen = 0 }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        try
        {
            (await admin.PutAsJsonAsync("/api/v1/agency/samples/rules/PH", rules with { MinFollowers = 30_000 }))
                .StatusCode.ShouldBe(HttpStatusCode.OK);
            var (small, _, _) = await App.ApprovedCreatorAsync(followers: 25_000);
            var offer = (await small.GetFromJsonAsync<SampleOffer>($"/api/v1/creator/samples/offer/{product}"))!;
            offer.Blocks.ShouldHaveSingleItem().ShouldBe(new SampleBlock(SampleBlockKind.Followers, 25_000, 30_000));
            var refused = await small.PostAsJsonAsync("/api/v1/creator/samples", SampleWorld.Ask(product));
            (await refused.Content.ReadAsStringAsync()).ShouldContain("30,000 followers or more");
        }
        finally
        {
            await admin.PutAsJsonAsync("/api/v1/agency/samples/rules/PH", rules);
        }

        var (creator, _, _) = await App.ApprovedCreatorAsync();
        var badPhone = await creator.PostAsJsonAsync("/api/v1/creator/samples", SampleWorld.Ask(product, phone: "call me"));
        badPhone.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badPhone.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("phone", out _).ShouldBeTrue();
        var notJson = await creator.PostAsync("/api/v1/creator/samples",
            new StringContent("{\"productId\": 5", System.Text.Encoding.UTF8, "application/json"));
        notJson.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await creator.GetAsync($"/api/v1/creator/samples/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await creator.GetFromJsonAsync<CreatorSamplesView>("/api/v1/creator/samples"))!.Samples
            .ShouldBeEmpty("nothing was stored for a refused request");
    }

    [Fact]
    public async Task A_product_with_its_own_rules_asks_more_of_creators_and_gives_its_own_time_to_post()
    {
        var (product, seller, manager) = await App.ProductWithSamplesAsync(quota: 5);
        var path = $"/api/v1/agency/samples/rules/products/{product}";
        var market = (await manager.GetFromJsonAsync<SamplePolicyTerms>("/api/v1/agency/samples/rules/PH"))!;
        var before = (await manager.GetFromJsonAsync<SampleProductRulesView>(path))!;
        (before.Own.FollowsMarket, before.MarketTerms, before.Product.MarketCode).ShouldBe((true, market, "PH"));

        var tooHigh = await manager.PutAsJsonAsync(path, new { minFulfilmentPercent = 120 });
        tooHigh.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tooHigh.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("minFulfilmentPercent", out _)
            .ShouldBeTrue();
        (await manager.PutAsJsonAsync($"/api/v1/agency/samples/rules/products/{Guid.NewGuid()}", new { minFollowers = 1 }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var changed = await manager.PutAsJsonAsync(path, new { minFollowers = 50_000, contentDays = 7 });
        changed.StatusCode.ShouldBe(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());
        (await changed.Content.ReadFromJsonAsync<SampleProductRulesView>())!.Own
            .ShouldBe(new SampleProductTerms(50_000, null, null, 7));
        (await manager.GetFromJsonAsync<List<SampleProductRulesView>>("/api/v1/agency/samples/rules/products?market=PH"))!
            .ShouldContain(p => p.Product.RegistrationId == product);

        var (small, _, _) = await App.ApprovedCreatorAsync(followers: 25_000);
        var refused = (await small.GetFromJsonAsync<SampleOffer>($"/api/v1/creator/samples/offer/{product}"))!;
        (refused.Blocks.ShouldHaveSingleItem(), refused.ContentDays)
            .ShouldBe((new SampleBlock(SampleBlockKind.Followers, 25_000, 50_000), 7), "the product's own rules, not the market's 1,000");
        var (big, _, _) = await App.ApprovedCreatorAsync(followers: 80_000);
        var asked = await big.PostAsJsonAsync("/api/v1/creator/samples", SampleWorld.Ask(product));
        asked.StatusCode.ShouldBe(HttpStatusCode.Created, await asked.Content.ReadAsStringAsync());
        var sample = (await asked.Content.ReadFromJsonAsync<SampleView>())!;
        await manager.PostAsJsonAsync("/api/v1/agency/samples/decisions", new { sampleIds = new[] { sample.Id }, approve = true });
        (await seller.PostAsJsonAsync($"/api/v1/seller/samples/{sample.Id}/shipment", new { carrier = "LBC", trackingNumber = "LBC-1234" }))
            .EnsureSuccessStatusCode();
        var received = (await (await big.PostAsync($"/api/v1/creator/samples/{sample.Id}/received", null)).Content
            .ReadFromJsonAsync<SampleView>())!;
        (received.ContentDueAt - received.DeliveredAt).ShouldBe(TimeSpan.FromDays(7), "this product gives 7 days to post, the market 14");

        var reset = await manager.PutAsJsonAsync(path, new { });
        (await reset.Content.ReadFromJsonAsync<SampleProductRulesView>())!.Own.FollowsMarket.ShouldBeTrue();
        (await manager.GetFromJsonAsync<List<SampleProductRulesView>>("/api/v1/agency/samples/rules/products?market=PH"))!
            .ShouldNotContain(p => p.Product.RegistrationId == product, "empty rules follow the market again");
        (await small.GetFromJsonAsync<SampleOffer>($"/api/v1/creator/samples/offer/{product}"))!.Blocks.ShouldBeEmpty();
    }

    private static async Task<SampleView> SellerViewAsync(HttpClient seller, Guid sample) =>
        (await seller.GetFromJsonAsync<SampleDeskPage>("/api/v1/seller/samples?pageSize=100"))!.Items.Single(i => i.Sample.Id == sample).Sample;

    private async Task AssertBookedMatchesHeldAsync(Guid product)
    {
        await using var scope = App.Scope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<TapbridgeDbContext>>().CreateDbContextAsync();
        var held = (await db.Set<SampleRequest>().Where(s => s.RegistrationId == product).ToListAsync()).Count(s => s.HoldsQuota);
        (await db.Set<SampleQuotaUse>().SingleAsync(q => q.RegistrationId == product)).Booked.ShouldBe(held);
    }
}

public sealed class SampleRequestTestsOnSqlite(SqliteApp app) : SampleRequestTests(app), IClassFixture<SqliteApp>;

public sealed class SampleRequestTestsOnPostgres(PostgresApp app) : SampleRequestTests(app), IClassFixture<PostgresApp>;
