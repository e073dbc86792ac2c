using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Performance.Content;
using Tapbridge.Modules.Performance.Dashboard;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Markets;
using Tapbridge.Tests.Infrastructure;
using Tapbridge.Tests.Modules.Samples;

namespace Tapbridge.Tests.Modules.Performance;

/// <summary>
/// The content registry against the sandbox over HTTP: creators' videos and lives arrive with the second they went up,
/// their counts are taken again as they grow, a pass read twice changes nothing; and the best time to post, worked out
/// from them, finds each sandbox creator's true window (which the sandbox tells) or says there are too few posts.
/// </summary>
public abstract class ContentSyncTests(TapbridgeApp fixture) : SandboxTests(fixture, "content-app")
{
    [Fact]
    public async Task Posts_arrive_with_their_time_their_counts_are_taken_again_and_a_repeated_pass_changes_nothing()
    {
        var (campaign, products) = await ApprovedOnTikTokAsync(1);
        var tiktokCreator = (await TikTokCreatorsAsync("PH"))[2];
        var (_, email, creatorId) = await App.ApprovedCreatorAsync(handle: tiktokCreator.GetProperty("username").GetString()!);
        await AddToTikTokShowcaseAsync(campaign, products[0], tiktokCreator);
        var linkedAt = Now;
        await AdvanceAsync(TimeSpan.FromDays(12));

        var first = await ContentSyncAsync();
        first.Added.ShouldBeGreaterThanOrEqualTo(2, "a first video within three days, then one every two to six days");
        var posts = await PostsAsync(creatorId);
        posts.Count.ShouldBe(first.Added);
        posts.ShouldAllBe(p => p.PostedTimeKnown && p.PostedAt > linkedAt && p.PostedAt <= Now && p.RegistrationId == products[0]);
        posts.ShouldAllBe(p => p.Url!.Contains(p.TikTokId));
        posts.ShouldAllBe(p => p.PostedDay == DateOnly.FromDateTime(Market.Philippines.ToLocal(p.PostedAt).DateTime));

        var again = await ContentSyncAsync();
        (again.Added, again.Measured).ShouldBe((0, 0), "the same counts a second time: nothing new, no snapshot");

        await AdvanceAsync(TimeSpan.FromHours(20));
        var later = await ContentSyncAsync();
        later.Measured.ShouldBeGreaterThan(0, "young posts are still gaining views");
        (await SnapshotsAsync(creatorId)).ShouldBe(first.Measured + later.Measured, "a snapshot each time the counts changed");

        posts = await PostsAsync(creatorId);
        var client = await App.SignInAsync(email);
        var dashboard = (await client.GetFromJsonAsync<CreatorDashboardView>("/api/v1/creator/dashboard?days=30", Json))!;
        (dashboard.Current.Posts, dashboard.Current.Views).ShouldBe((posts.Count, posts.Sum(p => p.Views)));
        dashboard.TopPosts.Select(t => t.Views).ShouldBe(posts.OrderByDescending(p => p.Views).Take(5).Select(p => p.Views));
        var listed = (await client.GetFromJsonAsync<List<TopPost>>("/api/v1/creator/content?days=30", Json))!;
        listed.Count.ShouldBe(posts.Count);
        var growth = await client.GetFromJsonAsync<List<PostGrowthPoint>>($"/api/v1/creator/content/{listed[^1].Id}/snapshots", Json);
        growth.ShouldNotBeNull().Count.ShouldBeGreaterThanOrEqualTo(1);
        growth.Select(g => g.Views).ShouldBeInOrder(SortDirection.Ascending);

        var refused = await client.GetAsync("/api/v1/creator/dashboard?days=12");
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("7/30/90");
        (await client.GetAsync($"/api/v1/creator/content/{Guid.NewGuid()}/snapshots")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_best_time_to_post_finds_each_creators_true_window_and_says_when_there_are_too_few_posts()
    {
        var (campaign, products) = await ApprovedOnTikTokAsync(3, campaignDays: 150);
        var all = await TikTokCreatorsAsync("PH");
        var tiktokCreators = new[] { 0, 1, 3, 4 }.Select(i => all[i]).ToList();
        var creators = new List<(Guid Id, JsonElement TikTok)>();
        foreach (var tiktokCreator in tiktokCreators)
        {
            var (_, _, id) = await App.ApprovedCreatorAsync(handle: tiktokCreator.GetProperty("username").GetString()!);
            creators.Add((id, tiktokCreator));
        }

        foreach (var (_, tiktokCreator) in creators.Take(3))
        {
            foreach (var product in products)
            {
                await AddToTikTokShowcaseAsync(campaign, product, tiktokCreator);
            }
        }

        await AdvanceAsync(TimeSpan.FromDays(115));
        await AddToTikTokShowcaseAsync(campaign, products[0], creators[3].TikTok);
        await AdvanceAsync(TimeSpan.FromDays(5));
        await ContentSyncAsync();

        await using var scope = App.Scope();
        var advice = scope.ServiceProvider.GetRequiredService<PostingAdvice>();
        await advice.RefreshMarketsAsync(CancellationToken.None);
        foreach (var (id, tiktokCreator) in creators.Take(3))
        {
            var habit = (await Admin.GetFromJsonAsync<JsonElement>(
                $"/sandbox/creators/{tiktokCreator.GetProperty("creator_open_id").GetString()}/posting-habit"));
            var found = await advice.ForCreatorAsync(id, Market.Philippines, CancellationToken.None);
            var best = found.Advice.Best.ShouldNotBeNull($"{found.OwnPosts} posts; the sandbox's window is {habit}");
            found.Advice.Basis.ShouldBe(AdviceBasis.Own);
            best.Days.ShouldBe(habit.GetProperty("days").GetString() switch
            {
                "WEEKDAYS" => PostingDays.Weekdays,
                "WEEKENDS" => PostingDays.Weekends,
                _ => PostingDays.EveryDay,
            }, $"the sandbox's window is {habit}");
            var trueHours = habit.GetProperty("best_hours").EnumerateArray().Select(h => h.GetInt32()).ToHashSet();
            Enumerable.Range(best.StartHour, BestTime.WindowHours).Count(h => trueHours.Contains(h % 24))
                .ShouldBeGreaterThanOrEqualTo(2, $"advised {best.StartHour}:00–{best.EndHour}:00; the sandbox's window is {habit}");
            best.ViewsTimesMedian.ShouldNotBeNull().ShouldBeGreaterThan(1.5);
        }

        var few = await advice.ForCreatorAsync(creators[3].Id, Market.Philippines, CancellationToken.None);
        few.OwnPosts.ShouldBeLessThan(BestTime.MinPosts);
        few.Advice.Basis.ShouldNotBe(AdviceBasis.Own, "too few posts of her own: the market's pattern, said as such, or nothing");
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private DateTimeOffset Now => ((IClockedApp)App).Time.Now;

    /// <summary>Time passes for TikTok and for Tapbridge alike (TikTok refuses requests signed at another time).</summary>
    private async Task AdvanceAsync(TimeSpan by)
    {
        ((IClockedApp)App).Time.Now += by;
        (await Admin.PostAsJsonAsync("/sandbox/clock/advance", new { seconds = (long)by.TotalSeconds })).EnsureSuccessStatusCode();
    }

    private protected async Task<ContentSyncReport> ContentSyncAsync()
    {
        await using var scope = App.Scope();
        return await scope.ServiceProvider.GetRequiredService<ContentSync>().SyncAllAsync(CancellationToken.None);
    }

    private async Task<List<ContentPost>> PostsAsync(Guid creatorId)
    {
        await using var scope = App.Scope();
        return await scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>().Set<ContentPost>().AsNoTracking()
            .Where(p => p.CreatorId == creatorId).ToListAsync();
    }

    private async Task<int> SnapshotsAsync(Guid creatorId)
    {
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
        var ids = await db.Set<ContentPost>().Where(p => p.CreatorId == creatorId).Select(p => p.Id).ToListAsync();
        return await db.Set<ContentSnapshot>().CountAsync(s => ids.Contains(s.PostId));
    }
}

public sealed class ContentSyncTestsOnSqlite(ClockedApp app) : ContentSyncTests(app), IClassFixture<ClockedApp>;

public sealed class ContentSyncTestsOnPostgres(ClockedPostgresApp app) : ContentSyncTests(app), IClassFixture<ClockedPostgresApp>;

/// <summary>A TikTok that answers two requests a second per path: the sync waits and retries, and still reads every post.</summary>
public sealed class ThrottledContentSyncTests(ClockedApp app) : SandboxTests(app, "content-throttled"), IClassFixture<ClockedApp>
{
    protected override int RequestsPerSecond => 2;

    [Fact]
    public async Task A_throttled_pass_reads_every_post()
    {
        var (campaign, products) = await ApprovedOnTikTokAsync(1);
        var ids = new List<Guid>();
        foreach (var tiktokCreator in (await TikTokCreatorsAsync("PH")).Take(4))
        {
            var (_, _, id) = await App.ApprovedCreatorAsync(handle: tiktokCreator.GetProperty("username").GetString()!);
            ids.Add(id);
            await AddToTikTokShowcaseAsync(campaign, products[0], tiktokCreator);
        }

        ((IClockedApp)App).Time.Now += TimeSpan.FromDays(8);
        (await Admin.PostAsJsonAsync("/sandbox/clock/advance", new { seconds = 8 * 86_400 })).EnsureSuccessStatusCode();
        await using (var scope = App.Scope())
        {
            var report = await scope.ServiceProvider.GetRequiredService<ContentSync>().SyncAllAsync(CancellationToken.None);
            report.Added.ShouldBeGreaterThanOrEqualTo(4 * 2);
            var stored = await scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>().Set<ContentPost>()
                .CountAsync(p => ids.Contains(p.CreatorId));
            stored.ShouldBe(report.Added, "every post TikTok listed, although it throttled the pass");
        }
    }
}
