using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Tapbridge.Modules.Showcase;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Modules.Showcase;

/// <summary>A month passes (app and sandbox clocks together): the campaign is over, and the short link and the Showcase say so.</summary>
public abstract class ShowcaseEndTests<TApp>(TApp fixture) : SandboxTests(fixture, "showcase-end-app")
    where TApp : TapbridgeApp, IClockedApp
{
    [Fact]
    public async Task When_the_campaign_ends_the_short_link_says_so_and_the_product_shows_as_ended()
    {
        var (_, products) = await ApprovedOnTikTokAsync(1);
        // An API token (30 days) outlives the month the test lets pass; a sign-in cookie would not.
        var creator = App.WithToken(await (await App.SignUpApprovedCreatorAsync()).IssueTokenAsync());
        var entry = (await (await creator.PostAsJsonAsync("/api/v1/creator/showcase", new { productId = products[0], acceptTerms = true })).Content.ReadFromJsonAsync<ShowcaseEntry>())!;

        // The campaign ran from a minute before the test for 30 days.
        await Sandbox.AdvanceAsync(TimeSpan.FromDays(30) - TimeSpan.FromSeconds(30));
        fixture.Time.Now += TimeSpan.FromDays(30) - TimeSpan.FromSeconds(30);

        var visitor = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        visitor.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Mobile/15E148");
        var response = await visitor.GetAsync(new Uri(entry.ShortLink).PathAndQuery);
        response.StatusCode.ShouldBe(HttpStatusCode.Gone);
        (await response.Content.ReadAsStringAsync()).ShouldContain("This promotion has ended");
        (await creator.GetFromJsonAsync<ShowcaseOverview>("/api/v1/creator/showcase"))!.Items.Single().State.ShouldBe(ShowcaseState.CampaignEnded);
    }
}

public sealed class ShowcaseEndTestsOnSqlite(ClockedApp app) : ShowcaseEndTests<ClockedApp>(app), IClassFixture<ClockedApp>;

public sealed class ShowcaseEndTestsOnPostgres(ClockedPostgresApp app) : ShowcaseEndTests<ClockedPostgresApp>(app), IClassFixture<ClockedPostgresApp>;
