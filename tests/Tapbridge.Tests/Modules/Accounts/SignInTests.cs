using System.Net;
using System.Net.Http.Json;
using Tapbridge.Modules.Accounts;
using Tapbridge.Platform.Auth;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Modules.Accounts;

public abstract class SignInTests(TapbridgeApp fixture) : AppTests(fixture)
{
    [Fact]
    public async Task Staff_sign_in_lands_on_the_agency_portal_with_its_role()
    {
        var email = await App.CreateStaffAsync(Roles.Finance);
        var client = App.Browser();

        var response = await client.SubmitAsync("/account/signin", "signin", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Actors.Password,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.RedirectPath().ShouldBe("/agency");
        var me = await client.GetFromJsonAsync<MeResponse>("/api/v1/account/me");
        me!.OrganizationKind.ShouldBe("Agency");
        me.Roles.ShouldBe([Roles.Finance]);
        me.AuthenticatedBy.ShouldBe("cookie");
    }

    [Fact]
    public async Task A_wrong_password_is_refused_without_saying_which_part_was_wrong()
    {
        var email = await App.CreateStaffAsync(Roles.AccountManager);

        var response = await App.Browser().SubmitAsync("/account/signin", "signin", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "not the password at all",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.TextAsync()).ShouldContain("The email or password is not right.");
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_for_the_right_password()
    {
        var email = await App.CreateStaffAsync(Roles.Admin);
        var client = App.Browser();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.SubmitAsync("/account/signin", "signin", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = $"wrong password {attempt}" });
        }

        var response = await client.SubmitAsync("/account/signin", "signin", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Actors.Password });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.TextAsync()).ShouldContain("locked");
    }

    [Fact]
    public async Task A_lockout_mails_the_owner_and_leaves_their_session_and_api_tokens_working()
    {
        var email = await App.CreateStaffAsync(Roles.Admin);
        var session = await App.SignInAsync(email);
        var token = App.WithToken(await session.IssueTokenAsync());
        var stranger = App.Browser();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await stranger.SubmitAsync("/account/signin", "signin", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = $"guess {attempt}" });
        }

        var signIn = await App.Browser().SubmitAsync("/account/signin", "signin", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Actors.Password });

        (await signIn.TextAsync()).ShouldContain("locked");
        (await token.GetAsync("/api/v1/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await session.GetAsync("/api/v1/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await token.PostAsync("/api/v1/agency/creators/tiers/recalculate", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var alerts = App.AllTo(email).Where(m => m.Subject?.Contains("locked", StringComparison.Ordinal) == true).ToList();
        alerts.Count.ShouldBe(1);
        (alerts[0].TextBody ?? "").ShouldContain("/account/forgot-password");
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused()
    {
        var email = await App.CreateStaffAsync(Roles.Admin);

        var response = await App.Browser().PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["Input.Email"] = email,
            ["Input.Password"] = Actors.Password,
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await App.SignInAsync(await App.CreateStaffAsync(Roles.Admin));
        var token = await client.AntiforgeryTokenAsync("/account/password");
        var response = await client.PostAsync("/account/signout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync("/api/v1/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Portal_pages_send_anonymous_visitors_to_sign_in_and_other_sides_to_access_denied()
    {
        var anonymous = await App.Browser().GetAsync("/agency/staff");
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.ToString().ShouldContain("/account/signin");

        var (seller, _) = await App.SignUpSellerAsync();
        var denied = await seller.GetAsync("/agency");
        denied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        denied.Headers.Location!.ToString().ShouldContain("/account/access-denied");
        (await seller.GetAsync("/seller")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class SignInTestsOnSqlite(SqliteApp app) : SignInTests(app), IClassFixture<SqliteApp>;

public sealed class SignInTestsOnPostgres(PostgresApp app) : SignInTests(app), IClassFixture<PostgresApp>;
