using System.Net;
using System.Net.Http.Json;
using Tapbridge.Modules.Accounts;
using Tapbridge.Modules.Agency;
using Tapbridge.Modules.Sellers.Shops;
using Tapbridge.Platform.Auth;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Modules.Accounts;

public abstract class InvitationTests(TapbridgeApp fixture) : AppTests(fixture)
{
    [Fact]
    public async Task An_admin_invites_a_colleague_who_joins_in_that_role_through_the_mailed_link()
    {
        var admin = await App.SignInAsync(await App.CreateStaffAsync(Roles.Admin));
        var email = $"new.finance.{Guid.NewGuid():N}@agency.test";

        var invited = await admin.PostAsJsonAsync("/api/v1/team/invitations", new { email, role = Roles.Finance });
        invited.StatusCode.ShouldBe(HttpStatusCode.Created);

        var link = App.LatestTo(email).LinkPath();
        var joined = await App.Browser().SubmitAsync(link, "accept-invitation", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Quang Nguyen",
            ["Input.Password"] = Actors.Password,
            ["Input.ConfirmPassword"] = Actors.Password,
        });
        joined.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        joined.RedirectPath().ShouldBe("/agency");

        var me = await (await App.SignInAsync(email)).GetFromJsonAsync<MeResponse>("/api/v1/account/me");
        me!.Roles.ShouldBe([Roles.Finance]);
        var staff = await admin.GetFromJsonAsync<List<TeamMember>>("/api/v1/team/members");
        staff!.ShouldContain(s => s.Email == email && s.Role == Roles.Finance);
    }

    [Fact]
    public async Task An_invitation_link_cannot_be_used_twice()
    {
        var admin = await App.SignInAsync(await App.CreateStaffAsync(Roles.Admin));
        var email = $"twice.{Guid.NewGuid():N}@agency.test";
        await admin.PostAsJsonAsync("/api/v1/team/invitations", new { email, role = Roles.AccountManager });
        var link = App.LatestTo(email).LinkPath();
        var fields = new Dictionary<string, string> { ["Input.DisplayName"] = "First", ["Input.Password"] = Actors.Password, ["Input.ConfirmPassword"] = Actors.Password };
        await App.Browser().SubmitAsync(link, "accept-invitation", fields);

        var page = await App.Browser().GetAsync(link);

        (await page.TextAsync()).ShouldContain("This invitation is accepted");
    }

    [Fact]
    public async Task Only_admins_invite_and_only_staff_roles_can_be_given()
    {
        var manager = await App.SignInAsync(await App.CreateStaffAsync(Roles.AccountManager));
        var admin = await App.SignInAsync(await App.CreateStaffAsync(Roles.Admin));

        (await manager.PostAsJsonAsync("/api/v1/team/invitations", new { email = "x@agency.test", role = Roles.Admin })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var wrongRole = await admin.PostAsJsonAsync("/api/v1/team/invitations", new { email = "y@agency.test", role = Roles.Seller });
        wrongRole.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrongRole.Content.ReadFromJsonAsync<ValidationProblem>())!.Errors.ShouldContainKey("role");
    }

    [Fact]
    public async Task Inviting_someone_who_already_has_an_account_is_refused()
    {
        var admin = await App.SignInAsync(await App.CreateStaffAsync(Roles.Admin));
        var (_, sellerEmail) = await App.SignUpSellerAsync();

        var response = await admin.PostAsJsonAsync("/api/v1/team/invitations", new { email = sellerEmail, role = Roles.Finance });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<ValidationProblem>())!.Errors["email"].Single().ShouldContain("already has a Tapbridge account");
    }

    [Fact]
    public async Task A_seller_invites_a_colleague_into_the_same_brand_and_nobody_else_sees_the_invitation()
    {
        var (seller, _) = await App.SignUpSellerAsync(brand: "Team Brand Co");
        var (otherSeller, _) = await App.SignUpSellerAsync();
        var email = $"colleague.{Guid.NewGuid():N}@brand.test";

        (await seller.PostAsJsonAsync("/api/v1/team/invitations", new { email, role = Roles.Seller })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await otherSeller.GetFromJsonAsync<List<InvitationView>>("/api/v1/team/invitations"))!.ShouldBeEmpty();
        var invitation = (await seller.GetFromJsonAsync<List<InvitationView>>("/api/v1/team/invitations"))!.Single();
        (await otherSeller.DeleteAsync($"/api/v1/team/invitations/{invitation.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var joined = await App.Browser().SubmitAsync(App.LatestTo(email).LinkPath(), "accept-invitation", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Colleague",
            ["Input.Password"] = Actors.Password,
            ["Input.ConfirmPassword"] = Actors.Password,
        });
        joined.RedirectPath().ShouldBe("/seller");
        var colleague = await App.SignInAsync(email);
        (await colleague.GetFromJsonAsync<SellerOverview>("/api/v1/seller/shops"))!.Name.ShouldBe("Team Brand Co");
        (await seller.GetFromJsonAsync<List<TeamMember>>("/api/v1/team/members"))!.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Creators_have_no_team_to_invite_into()
    {
        var (creator, _, _) = await App.SignUpCreatorAsync();

        (await creator.PostAsJsonAsync("/api/v1/team/invitations", new { email = "friend@creator.test", role = Roles.Creator })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await creator.GetFromJsonAsync<List<TeamMember>>("/api/v1/team/members"))!.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Everyone_signed_in_reads_the_agency_and_its_market_currencies()
    {
        var (creator, _, _) = await App.SignUpCreatorAsync();

        var agency = await creator.GetFromJsonAsync<AgencyResponse>("/api/v1/agency");

        agency!.Markets.Select(m => (m.Code, m.Currency, m.MinorUnits)).ShouldBe([("PH", "PHP", 2), ("TH", "THB", 2), ("VN", "VND", 0)], ignoreOrder: true);
    }
}

public sealed class InvitationTestsOnSqlite(SqliteApp app) : InvitationTests(app), IClassFixture<SqliteApp>;

public sealed class InvitationTestsOnPostgres(PostgresApp app) : InvitationTests(app), IClassFixture<PostgresApp>;
