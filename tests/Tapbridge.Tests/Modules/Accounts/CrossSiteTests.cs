using System.Net;
using System.Net.Http.Json;
using Tapbridge.Platform.Auth;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Modules.Accounts;

/// <summary>
/// A change through the API with the session cookie needs the antiforgery token, so another site's form cannot make
/// it with the visitor's cookie; API tokens need none.
/// </summary>
public abstract class CrossSiteTests(TapbridgeApp fixture) : AppTests(fixture)
{
    [Fact]
    public async Task A_cross_site_form_post_with_the_session_cookie_is_refused_and_changes_nothing()
    {
        var forged = await App.SignInAsync(await App.CreateStaffAsync(Roles.Admin));
        forged.DefaultRequestHeaders.Remove("RequestVerificationToken").ShouldBeTrue();

        var recalculate = await forged.PostAsync("/api/v1/agency/creators/tiers/recalculate",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["x"] = "1" }));
        var token = await forged.PostAsJsonAsync("/api/v1/account/tokens", new { name = "planted", expiresInDays = 30 });

        recalculate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await recalculate.Content.ReadAsStringAsync()).ShouldContain("RequestVerificationToken");
        token.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await forged.GetFromJsonAsync<List<ApiTokenRow>>("/api/v1/account/tokens"))!.ShouldBeEmpty();
    }

    [Fact]
    public async Task With_the_antiforgery_token_the_cookie_may_change_things_and_an_api_token_never_needs_one()
    {
        var admin = await App.SignInAsync(await App.CreateStaffAsync(Roles.Admin));

        var secret = await admin.IssueTokenAsync();
        var byToken = await App.WithToken(secret).PostAsync("/api/v1/agency/creators/tiers/recalculate", null);

        byToken.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private sealed record ApiTokenRow(Guid Id, string Name);
}

public sealed class CrossSiteTestsOnSqlite(SqliteApp app) : CrossSiteTests(app), IClassFixture<SqliteApp>;

public sealed class CrossSiteTestsOnPostgres(PostgresApp app) : CrossSiteTests(app), IClassFixture<PostgresApp>;
