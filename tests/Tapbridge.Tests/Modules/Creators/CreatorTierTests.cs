using System.Net;
using System.Net.Http.Json;
using Tapbridge.Modules.Creators;
using Tapbridge.Modules.Creators.Tiers;
using Tapbridge.Modules.Showcase;
using Tapbridge.Platform.Auth;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Modules.Creators;

/// <summary>
/// Tiers from the trailing 30-day GMV of the orders TikTok attributes to a creator: the app and the sandbox share a
/// clock the test moves, so the sandbox's market simulator sells for a few days before the tiers are recalculated.
/// </summary>
public abstract class CreatorTierTests<TApp>(TApp fixture) : SandboxTests(fixture, "tier-app")
    where TApp : TapbridgeApp, IClockedApp
{
    [Fact]
    public async Task A_creator_selling_through_the_agency_moves_up_a_tier_and_sees_what_the_next_one_takes()
    {
        var product = (await ApprovedOnTikTokAsync(1, creatorRate: 1000)).Products.Single();
        var star = (await TikTokCreatorsAsync()).MaxBy(c => c.GetProperty("follower_count").GetInt32());
        // API tokens outlive the days the test lets pass; sign-in cookies would not.
        var creator = App.WithToken(await (await App.SignUpApprovedCreatorAsync(handle: star.GetProperty("username").GetString())).IssueTokenAsync());
        var quiet = App.WithToken(await (await App.SignUpApprovedCreatorAsync()).IssueTokenAsync());
        var added = await creator.PostAsJsonAsync("/api/v1/creator/showcase", new { productId = product, acceptTerms = true });
        var link = (await added.Content.ReadFromJsonAsync<ShowcaseEntry>())!.TikTokLink;
        (await Admin.PostAsJsonAsync("/sandbox/showcase", new { creator_open_id = star.GetProperty("creator_open_id").GetString(), product_link = link })).EnsureSuccessStatusCode();

        await Sandbox.AdvanceAsync(TimeSpan.FromDays(4));
        fixture.Time.Now += TimeSpan.FromDays(4);

        var owner = await App.SignInAsync(await App.CreateStaffAsync(Roles.Admin));
        var thresholds = new { silver = 100L, gold = 100_000_000_00L, platinum = 200_000_000_00L, diamond = 300_000_000_00L };
        (await owner.PutAsJsonAsync("/api/v1/agency/creators/tiers/PH", thresholds)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await owner.PostAsync("/api/v1/agency/creators/tiers/recalculate", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var mine = (await creator.GetFromJsonAsync<CreatorTierView>("/api/v1/creator/tier"))!;
        mine.MonthlyGmv.ShouldBeGreaterThan(0, "four days of orders from a creator with millions of followers");
        (mine.Tier, mine.NextTier, mine.NextThreshold, mine.GmvToNext, mine.Currency).ShouldBe(
            (CreatorTier.Silver, CreatorTier.Gold, 100_000_000_00L, 100_000_000_00L - mine.MonthlyGmv, "PHP"));
        mine.CalculatedAt.ShouldBe(fixture.Time.Now);
        var nobody = (await quiet.GetFromJsonAsync<CreatorTierView>("/api/v1/creator/tier"))!;
        (nobody.Tier, nobody.MonthlyGmv, nobody.GmvToNext).ShouldBe((CreatorTier.Newbie, 0L, 100L));

        var higher = await owner.PutAsJsonAsync("/api/v1/agency/creators/tiers/PH", thresholds with { silver = mine.MonthlyGmv + 1 });
        higher.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await creator.GetFromJsonAsync<CreatorTierView>("/api/v1/creator/tier"))!.Tier.ShouldBe(CreatorTier.Newbie, "new thresholds apply at once to the last known GMV");
    }

    [Fact]
    public async Task Thresholds_rise_tier_by_tier_and_only_admins_set_them()
    {
        var owner = await App.SignInAsync(await App.CreateStaffAsync(Roles.Admin));
        var bad = await owner.PutAsJsonAsync("/api/v1/agency/creators/tiers/PH", new { silver = 5_000_00, gold = 5_000_00, platinum = 9_000_00, diamond = 20_000_00 });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("gold");
        var manager = await App.SignInAsync(await App.CreateStaffAsync(Roles.AccountManager));
        (await manager.PutAsJsonAsync("/api/v1/agency/creators/tiers/PH", new { silver = 1, gold = 2, platinum = 3, diamond = 4 })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var all = (await manager.GetFromJsonAsync<TierThresholdsView[]>("/api/v1/agency/creators/tiers"))!;
        all.ShouldContain(t => t.Market == "VN" && t.Currency == "VND" && t.Silver > 0);
    }
}

public sealed class CreatorTierTestsOnSqlite(ClockedApp app) : CreatorTierTests<ClockedApp>(app), IClassFixture<ClockedApp>;

public sealed class CreatorTierTestsOnPostgres(ClockedPostgresApp app) : CreatorTierTests<ClockedPostgresApp>(app), IClassFixture<ClockedPostgresApp>;
