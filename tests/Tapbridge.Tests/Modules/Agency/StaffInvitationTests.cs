using System.Net;
using System.Net.Http.Json;
using Tapbridge.Modules.Accounts;
using Tapbridge.Modules.Agency;
using Tapbridge.Modules.Agency.Staff;
using Tapbridge.Platform.Auth;
using Tapbridge.Tests.Infrastructure;
using Tapbridge.Tests.Modules.Accounts;

namespace Tapbridge.Tests.Modules.Agency;

public abstract class StaffInvitationTests(TapbridgeApp fixture) : AppTests(fixture)
{
    [Fact]
    public async Task An_admin_invites_a_colleague_who_joins_in_that_role_through_the_mailed_link()
    {
        var admin = await App.SignInAsync(await App.CreateStaffAsync(Roles.Admin));
        var email = $"new.finance.{Guid.NewGuid():N}@agency.test";

        var invited = await admin.PostAsJsonAsync("/api/v1/agency/staff/invitations", new { email, role = Roles.Finance });
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
        var staff = await admin.GetFromJsonAsync<List<StaffMember>>("/api/v1/agency/staff");
        staff!.ShouldContain(s => s.Email == email && s.Role == Roles.Finance);
    }

    [Fact]
    public async Task An_invitation_link_cannot_be_used_twice()
    {
        var admin = await App.SignInAsync(await App.CreateStaffAsync(Roles.Admin));
        var email = $"twice.{Guid.NewGuid():N}@agency.test";
        await admin.PostAsJsonAsync("/api/v1/agency/staff/invitations", new { email, role = Roles.AccountManager });
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

        (await manager.PostAsJsonAsync("/api/v1/agency/staff/invitations", new { email = "x@agency.test", role = Roles.Admin })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var wrongRole = await admin.PostAsJsonAsync("/api/v1/agency/staff/invitations", new { email = "y@agency.test", role = Roles.Seller });
        wrongRole.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrongRole.Content.ReadFromJsonAsync<ValidationProblem>())!.Errors.ShouldContainKey("role");
    }

    [Fact]
    public async Task Inviting_someone_who_already_has_an_account_is_refused()
    {
        var admin = await App.SignInAsync(await App.CreateStaffAsync(Roles.Admin));
        var (_, sellerEmail) = await App.SignUpSellerAsync();

        var response = await admin.PostAsJsonAsync("/api/v1/agency/staff/invitations", new { email = sellerEmail, role = Roles.Finance });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<ValidationProblem>())!.Errors["email"].Single().ShouldContain("already has a Tapbridge account");
    }

    [Fact]
    public async Task Everyone_signed_in_reads_the_agency_and_its_market_currencies()
    {
        var (creator, _, _) = await App.SignUpCreatorAsync();

        var agency = await creator.GetFromJsonAsync<AgencyResponse>("/api/v1/agency");

        agency!.Markets.Select(m => (m.Code, m.Currency, m.MinorUnits)).ShouldBe([("PH", "PHP", 2), ("TH", "THB", 2), ("VN", "VND", 0)], ignoreOrder: true);
    }
}

public sealed class StaffInvitationTestsOnSqlite(SqliteApp app) : StaffInvitationTests(app), IClassFixture<SqliteApp>;

public sealed class StaffInvitationTestsOnPostgres(PostgresApp app) : StaffInvitationTests(app), IClassFixture<PostgresApp>;
