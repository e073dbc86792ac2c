using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tapbridge.Platform.Auth;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Platform.BadInput;

/// <summary>The bad requests an outside review found answering 500 or overwriting data: each is now a 400 or 404 naming the problem.</summary>
public abstract class ReviewFindingsTests(TapbridgeApp fixture) : AppTests(fixture)
{
    [Fact]
    public async Task A_profile_put_with_missing_fields_names_them_and_keeps_the_profile()
    {
        var creator = App.WithToken(await (await App.SignUpCreatorAsync(followers: 25_000)).Client.IssueTokenAsync());

        var response = await creator.PutAsJsonAsync("/api/v1/creator/profile", new { });

        await ShouldNameAsync(response, HttpStatusCode.BadRequest, "followerCount");
        using var profile = JsonDocument.Parse(await creator.GetStringAsync("/api/v1/creator/profile"));
        profile.RootElement.GetProperty("followerCount").GetInt32().ShouldBe(25_000);
    }

    [Fact]
    public async Task Empty_bodies_on_eligibility_app_settings_and_bulk_review_are_400s_naming_the_field()
    {
        var admin = await AdminAsync();

        await ShouldNameAsync(await admin.PutAsJsonAsync("/api/v1/agency/creators/eligibility/PH", new { }), HttpStatusCode.BadRequest, "minimumFollowers");
        await ShouldNameAsync(await admin.PutAsJsonAsync("/api/v1/agency/tiktok/app", new { }), HttpStatusCode.BadRequest, "appKey");
        await ShouldNameAsync(await admin.PostAsJsonAsync("/api/v1/agency/registrations/review", new { }), HttpStatusCode.BadRequest, "registrationIds");
        using var eligibility = JsonDocument.Parse(await admin.GetStringAsync("/api/v1/agency/creators/eligibility"));
        eligibility.RootElement.EnumerateArray().ShouldAllBe(e => e.GetProperty("minimumFollowers").GetInt32() > 0);
    }

    [Fact]
    public async Task Amounts_and_months_outside_their_bounds_are_refused_and_the_finance_pages_keep_answering()
    {
        var finance = await AdminAsync();
        var creatorId = await App.ApproveCreatorAsync((await App.SignUpCreatorAsync()).Handle);

        var payment = await finance.PostAsJsonAsync("/api/v1/agency/finance/tiktok-payments",
            new { market = "PH", month = "2026-10", amount = long.MaxValue, reference = "BIG-1", paidOn = "2026-11-05" });
        var ancient = await finance.PostAsJsonAsync("/api/v1/agency/finance/tiktok-payments",
            new { market = "PH", month = "0001-01", amount = 1000, reference = "OLD-1", paidOn = "0001-01-05" });
        var adjustment = await finance.PostAsJsonAsync("/api/v1/agency/finance/adjustments",
            new { creatorId, market = "PH", amount = long.MinValue, reason = "typo", idempotencyKey = Guid.NewGuid().ToString() });

        await ShouldNameAsync(payment, HttpStatusCode.BadRequest, "amount");
        await ShouldNameAsync(ancient, HttpStatusCode.BadRequest, "month");
        await ShouldNameAsync(adjustment, HttpStatusCode.BadRequest, "amount");
        (await finance.GetAsync("/api/v1/agency/finance/reconciliation")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Unknown_creators_and_campaigns_are_404s_not_empty_lists()
    {
        var admin = await AdminAsync();

        (await admin.GetAsync($"/api/v1/agency/creators/{Guid.NewGuid()}/payouts")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync($"/api/v1/agency/campaigns/{Guid.NewGuid()}/sync")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.PostAsync($"/api/v1/agency/campaigns/{Guid.NewGuid()}/sync", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<HttpClient> AdminAsync() => App.WithToken(await (await App.SignInAsync(await App.CreateStaffAsync(Roles.Admin))).IssueTokenAsync());

    private static async Task ShouldNameAsync(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        using var problem = JsonDocument.Parse(text);
        problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldContain(field, text);
    }
}

public sealed class ReviewFindingsTestsOnSqlite(SqliteApp app) : ReviewFindingsTests(app), IClassFixture<SqliteApp>;

public sealed class ReviewFindingsTestsOnPostgres(PostgresApp app) : ReviewFindingsTests(app), IClassFixture<PostgresApp>;
