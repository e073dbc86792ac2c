using System.Net;
using System.Net.Http.Json;
using Tapbridge.Modules.Campaigns;
using Tapbridge.Platform.Auth;
using Tapbridge.Tests.Infrastructure;
using Tapbridge.Tests.Modules.Accounts;

namespace Tapbridge.Tests.Modules.Campaigns;

public abstract class CampaignApiTests(TapbridgeApp fixture) : AppTests(fixture)
{
    private static object Request(string market = "PH", string name = "12.12 Mega Sale", int rate = 1500, string? messenger = "+639171234567", int startInDays = 1)
    {
        var start = DateTimeOffset.UtcNow.AddDays(startInDays);
        return new
        {
            market,
            terms = new
            {
                name, description = "Year-end sale for home and beauty", commissionRate = rate,
                registrationStart = start, registrationEnd = start.AddDays(20), campaignStart = start, campaignEnd = start.AddDays(30),
                contactEmail = "tap@agency.test", contactMessenger = messenger,
            },
        };
    }

    [Fact]
    public async Task A_manager_creates_publishes_and_closes_a_campaign_and_each_step_is_in_its_history()
    {
        var manager = await App.SignInAsync(await App.CreateStaffAsync(Roles.AccountManager));

        var created = await manager.PostAsJsonAsync("/api/v1/agency/campaigns", Request());
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var campaign = (await created.Content.ReadFromJsonAsync<CampaignView>())!;
        campaign.Status.ShouldBe(CampaignStatus.Ready);
        campaign.TikTokCampaignId.ShouldBeNull("the market is not connected, so the campaign lives in Tapbridge alone");

        var published = await (await manager.PostAsync($"/api/v1/agency/campaigns/{campaign.Id}/publish", null)).Content.ReadFromJsonAsync<CampaignView>();
        published!.Status.ShouldBe(CampaignStatus.Upcoming);
        var closed = await (await manager.PostAsync($"/api/v1/agency/campaigns/{campaign.Id}/close", null)).Content.ReadFromJsonAsync<CampaignView>();
        closed!.Status.ShouldBe(CampaignStatus.Closed);

        var detail = await manager.GetFromJsonAsync<CampaignDetailView>($"/api/v1/agency/campaigns/{campaign.Id}");
        detail!.History.Select(h => h.Action).ShouldBe(["Closed", "Published", "Created"]);
        detail.History.ShouldAllBe(h => h.Actor == "Staff AccountManager");
        (await manager.PostAsync($"/api/v1/agency/campaigns/{campaign.Id}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("TH", 1500, "+66812345678", 0, "registrationEnd")]
    [InlineData("VN", 1500, null, 1, "contactMessenger")]
    [InlineData("PH", 9000, "+639171234567", 1, "commissionRate")]
    [InlineData("UK", 1500, "+44", 1, "market")]
    public async Task Bad_campaigns_are_refused_with_the_field_named_and_nothing_stored(string market, int rate, string? messenger, int registrationDays, string field)
    {
        var manager = await App.SignInAsync(await App.CreateStaffAsync(Roles.Admin));
        var name = $"Bad {Guid.NewGuid():N}"[..20];
        var start = DateTimeOffset.UtcNow.AddDays(1);

        var response = await manager.PostAsJsonAsync("/api/v1/agency/campaigns", new
        {
            market,
            terms = new
            {
                name, description = "d", commissionRate = rate, registrationStart = start, registrationEnd = start.AddHours(registrationDays == 0 ? 12 : 24 * 20),
                campaignStart = start, campaignEnd = start.AddDays(30), contactEmail = "tap@agency.test", contactMessenger = messenger,
            },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<ValidationProblem>())!.Errors.Keys.ShouldContain(field);
        (await manager.GetFromJsonAsync<List<CampaignView>>("/api/v1/agency/campaigns"))!.ShouldNotContain(c => c.Name == name);
    }

    [Fact]
    public async Task Finance_reads_campaigns_but_only_managers_change_them_and_sellers_see_none()
    {
        var manager = await App.SignInAsync(await App.CreateStaffAsync(Roles.AccountManager));
        var created = await (await manager.PostAsJsonAsync("/api/v1/agency/campaigns", Request(name: "Visible to finance"))).Content.ReadFromJsonAsync<CampaignView>();
        var finance = await App.SignInAsync(await App.CreateStaffAsync(Roles.Finance));
        var (seller, _) = await App.SignUpSellerAsync();

        (await finance.GetFromJsonAsync<List<CampaignView>>("/api/v1/agency/campaigns?market=PH"))!.ShouldContain(c => c.Id == created!.Id);
        (await finance.PostAsync($"/api/v1/agency/campaigns/{created!.Id}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await seller.GetAsync("/api/v1/agency/campaigns")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Editing_changes_the_terms_and_records_before_and_after()
    {
        var manager = await App.SignInAsync(await App.CreateStaffAsync(Roles.AccountManager));
        var campaign = await (await manager.PostAsJsonAsync("/api/v1/agency/campaigns", Request(name: "Before edit"))).Content.ReadFromJsonAsync<CampaignView>();
        var start = campaign!.CampaignStart;

        var edited = await manager.PutAsJsonAsync($"/api/v1/agency/campaigns/{campaign.Id}", new
        {
            name = "After edit", description = "Now with more brands", commissionRate = 2000,
            registrationStart = start, registrationEnd = campaign.RegistrationEnd, campaignStart = start, campaignEnd = campaign.CampaignEnd,
            contactEmail = "tap@agency.test", contactMessenger = "+639171234567",
        });

        edited.StatusCode.ShouldBe(HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());
        var detail = await manager.GetFromJsonAsync<CampaignDetailView>($"/api/v1/agency/campaigns/{campaign.Id}");
        (detail!.Campaign.Name, detail.Campaign.CommissionRate).ShouldBe(("After edit", 2000));
        detail.History.First().Details.ShouldContain("“Before edit”, 15 %");
        detail.History.First().Details.ShouldContain("→ “After edit”, 20 %");
    }
}

public sealed class CampaignApiTestsOnSqlite(SqliteApp app) : CampaignApiTests(app), IClassFixture<SqliteApp>;

public sealed class CampaignApiTestsOnPostgres(PostgresApp app) : CampaignApiTests(app), IClassFixture<PostgresApp>;
