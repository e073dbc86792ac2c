using System.Net;
using System.Net.Http.Json;
using Tapbridge.Modules.Creators;
using Tapbridge.Modules.Creators.Onboarding;
using Tapbridge.Platform.Auth;
using Tapbridge.Tests.Infrastructure;
using Tapbridge.Tests.Modules.Accounts;

namespace Tapbridge.Tests.Modules.Creators;

public abstract class CreatorOnboardingTests(TapbridgeApp fixture) : AppTests(fixture)
{
    [Fact]
    public async Task A_creator_proves_the_handle_staff_confirm_and_approve_and_the_creator_is_told()
    {
        var (creator, email, handle) = await App.SignUpCreatorAsync(market: "PH", followers: 4_200);
        var manager = await App.SignInAsync(await App.CreateStaffAsync(Roles.AccountManager));

        var profile = await creator.GetFromJsonAsync<CreatorView>("/api/v1/creator/profile");
        (profile!.Status, profile.ContactPhone, profile.Eligible).ShouldBe((CreatorStatus.Pending, "+639171234567", true));
        profile.Niches.ShouldBe(["beauty", "home"]);
        (await creator.PostAsync("/api/v1/creator/verification/code-posted", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var queue = await manager.GetFromJsonAsync<CreatorPage>($"/api/v1/agency/creators?status=Pending&market=ph&search={handle}");
        var queued = queue!.Items.Single(c => c.Handle == handle);
        var byName = await manager.GetFromJsonAsync<CreatorPage>("/api/v1/agency/creators?pageSize=1&search=" + Uri.EscapeDataString("MARIA DELA"));
        (byName!.Items.Count, byName.Total >= 1, byName.PageSize).ShouldBe((1, true, 1), "names match case-insensitively, one page at a time");
        queued.CodePostedAt.ShouldNotBeNull();
        (await manager.PostAsync($"/api/v1/agency/creators/{queued.Id}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "the handle is not proven yet");
        (await manager.PostAsync($"/api/v1/agency/creators/{queued.Id}/confirm-handle", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var approved = await (await manager.PostAsync($"/api/v1/agency/creators/{queued.Id}/approve", null)).Content.ReadFromJsonAsync<CreatorView>();

        approved!.Status.ShouldBe(CreatorStatus.Approved);
        App.LatestTo(email).Subject.ShouldBe("You're in: start promoting");
        var detail = await manager.GetFromJsonAsync<CreatorDetailView>($"/api/v1/agency/creators/{queued.Id}");
        detail!.History.Select(h => h.Action).ShouldBe(["Approved", "Handle confirmed", "Bio code posted", "Signed up"]);
        detail.History[0].Actor.ShouldBe("Staff AccountManager");
    }

    [Fact]
    public async Task A_creator_who_chose_vietnamese_is_told_in_vietnamese_and_an_unknown_language_is_refused_by_name()
    {
        var (creator, email, handle) = await App.SignUpCreatorAsync(market: "VN");
        var refused = await creator.PutAsJsonAsync("/api/v1/account/language", new { language = "fr" });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadFromJsonAsync<ValidationProblem>())!.Errors["language"][0].ShouldContain("en, vi, th, id, ms, fil");
        (await creator.PutAsJsonAsync("/api/v1/account/language", new { language = "vi" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await App.ApproveCreatorAsync(handle);

        App.LatestTo(email).Subject.ShouldBe("Bạn đã được duyệt: bắt đầu quảng bá thôi");
    }

    [Fact]
    public async Task The_follower_minimum_is_per_market_set_by_admins_and_an_ineligible_creator_is_refused_with_the_number()
    {
        var admin = await App.SignInAsync(await App.CreateStaffAsync(Roles.Admin));
        var manager = await App.SignInAsync(await App.CreateStaffAsync(Roles.AccountManager));
        (await manager.PutAsJsonAsync("/api/v1/agency/creators/eligibility/TH", new { minimumFollowers = 5_000 })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await admin.PutAsJsonAsync("/api/v1/agency/creators/eligibility/TH", new { minimumFollowers = 5_000 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var rules = await manager.GetFromJsonAsync<List<EligibilityView>>("/api/v1/agency/creators/eligibility");
        rules!.Single(r => r.Market == "TH").MinimumFollowers.ShouldBe(5_000);
        rules!.Single(r => r.Market == "PH").MinimumFollowers.ShouldBe(1_000, "the default");

        var (creator, _, handle) = await App.SignUpCreatorAsync(market: "TH", followers: 3_000);
        var id = (await manager.GetFromJsonAsync<CreatorPage>($"/api/v1/agency/creators?search={handle}"))!.Items.Single().Id;
        await manager.PostAsync($"/api/v1/agency/creators/{id}/confirm-handle", null);
        var refused = await manager.PostAsync($"/api/v1/agency/creators/{id}/approve", null);
        (await refused.Content.ReadFromJsonAsync<ValidationProblem>())!.Errors["followerCount"][0].ShouldContain("need at least 5,000");

        await creator.PutAsJsonAsync("/api/v1/creator/profile", new { followerCount = 5_100, niches = new[] { "fitness" } });
        (await manager.PostAsync($"/api/v1/agency/creators/{id}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Staff_reject_with_a_reason_suspend_and_reinstate_and_finance_only_reads()
    {
        var (_, email, handle) = await App.SignUpCreatorAsync(market: "VN", followers: 2_000);
        var manager = await App.SignInAsync(await App.CreateStaffAsync(Roles.AccountManager));
        var finance = await App.SignInAsync(await App.CreateStaffAsync(Roles.Finance));
        var id = (await finance.GetFromJsonAsync<CreatorPage>($"/api/v1/agency/creators?search=@{handle}"))!.Items.Single().Id;
        (await finance.PostAsJsonAsync($"/api/v1/agency/creators/{id}/reject", new { reason = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var noReason = await manager.PostAsJsonAsync($"/api/v1/agency/creators/{id}/reject", new { reason = "" });
        (await noReason.Content.ReadFromJsonAsync<ValidationProblem>())!.Errors.Keys.ShouldContain("reason");
        await manager.PostAsJsonAsync($"/api/v1/agency/creators/{id}/reject", new { reason = "Content does not match our brands yet" });
        App.LatestTo(email).TextBody!.ShouldContain("Content does not match our brands yet");

        await manager.PostAsync($"/api/v1/agency/creators/{id}/confirm-handle", null);
        await manager.PostAsync($"/api/v1/agency/creators/{id}/approve", null);
        (await (await manager.PostAsJsonAsync($"/api/v1/agency/creators/{id}/suspend", new { reason = "Fake orders" })).Content.ReadFromJsonAsync<CreatorView>())!
            .Status.ShouldBe(CreatorStatus.Suspended);
        (await (await manager.PostAsync($"/api/v1/agency/creators/{id}/reinstate", null)).Content.ReadFromJsonAsync<CreatorView>())!.Status.ShouldBe(CreatorStatus.Approved);
    }
}

public sealed class CreatorOnboardingTestsOnSqlite(SqliteApp app) : CreatorOnboardingTests(app), IClassFixture<SqliteApp>;

public sealed class CreatorOnboardingTestsOnPostgres(PostgresApp app) : CreatorOnboardingTests(app), IClassFixture<PostgresApp>;
