using System.Net;
using System.Net.Http.Json;
using Tapbridge.Modules.Creators;
using Tapbridge.Platform.Auth;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Modules.Creators;

public abstract class CreatorTests(TapbridgeApp fixture) : AppTests(fixture)
{
    [Fact]
    public async Task Signing_up_binds_the_account_to_one_handle_and_market()
    {
        var (creator, _, handle) = await App.SignUpCreatorAsync(market: "PH", followers: 48_000);

        var profile = await creator.GetFromJsonAsync<CreatorSummary>("/api/v1/creator/profile");

        profile!.Handle.ShouldBe(handle);
        profile.Market.ShouldBe("PH");
        profile.FollowerCount.ShouldBe(48_000);
        (await creator.GetAsync("/creator")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_handle_already_taken_in_the_market_is_refused_by_name()
    {
        var (_, _, handle) = await App.SignUpCreatorAsync(market: "TH");

        var response = await App.Browser().SubmitAsync("/account/signup/creator", "creator-signup", new Dictionary<string, string>
        {
            ["Input.Handle"] = "@" + handle.ToUpperInvariant(),
            ["Input.Market"] = "TH",
            ["Input.DisplayName"] = "Impostor",
            ["Input.FollowerCount"] = "10",
            ["Input.Email"] = $"impostor.{Guid.NewGuid():N}@creator.test",
            ["Input.Password"] = Actors.Password,
            ["Input.ConfirmPassword"] = Actors.Password,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.TextAsync()).ShouldContain($"@{handle} in Thailand already has a Tapbridge account");
    }

    [Fact]
    public async Task Creators_cannot_use_seller_or_agency_endpoints()
    {
        var (creator, _, _) = await App.SignUpCreatorAsync();

        (await creator.GetAsync("/api/v1/seller/shops")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await creator.GetAsync("/api/v1/agency/creators")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Agency_staff_list_creators_with_their_handles()
    {
        var (_, _, handle) = await App.SignUpCreatorAsync(market: "VN", followers: 1_500);
        var staff = await App.SignInAsync(await App.CreateStaffAsync(Roles.AccountManager));

        var creators = await staff.GetFromJsonAsync<Tapbridge.Modules.Creators.Onboarding.CreatorPage>($"/api/v1/agency/creators?search={handle}");

        creators!.Items.ShouldContain(c => c.Handle == handle && c.Market == "VN" && c.FollowerCount == 1_500);
    }
}

public sealed class CreatorTestsOnSqlite(SqliteApp app) : CreatorTests(app), IClassFixture<SqliteApp>;

public sealed class CreatorTestsOnPostgres(PostgresApp app) : CreatorTests(app), IClassFixture<PostgresApp>;
