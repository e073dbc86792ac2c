using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tapbridge.TikTokShop.Partner;

namespace Tapbridge.Tests.TikTokShop;

/// <summary>
/// The sandbox's videos and lives (P13): ids carry the publishing instant as TikTok's do, creators keep posting while a
/// campaign runs, and each creator's true best time to post (the admin habit endpoint) really brings more views.
/// </summary>
public sealed class SandboxContentTests
{
    [Fact]
    public async Task A_content_id_carries_its_publishing_instant_and_P13_dates_it_in_the_creators_time_zone()
    {
        await using var sandbox = await HistorySandbox.StartAsync(HistorySandbox.Start);
        var (campaign, product) = await sandbox.CampaignAsync(sandbox.Time.Now.AddDays(-1), sandbox.Time.Now.AddDays(60));
        var creator = await sandbox.BiggestCreatorAsync("VN");
        var added = await sandbox.AddLinkAsync(campaign, product, creator, sandbox.Time.Now);
        var affiliateProductId = added.GetProperty("affiliate_product_id").GetString()!;
        var habit = await HabitAsync(sandbox, creator);
        var seen = new HashSet<string>();

        for (var step = 0; step < 12; step++)
        {
            var before = sandbox.Time.Now;
            await sandbox.AdvanceAsync(TimeSpan.FromHours(12));
            var contents = await sandbox.Partner.GetCreatorContentStatisticsAsync(
                campaign, product, creator, affiliateProductId, null, CancellationToken.None);
            foreach (var content in contents.Where(c => seen.Add(IdOf(c))))
            {
                IdOf(content).Length.ShouldBe(19);
                PublishedAt(content).ShouldBeGreaterThan(before);
                PublishedAt(content).ShouldBeLessThanOrEqualTo(sandbox.Time.Now);
                content.PublishedDate.ShouldBe(habit.LocalDate(PublishedAt(content)));
            }
        }

        seen.Count.ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task A_creator_keeps_posting_videos_about_a_product_while_its_campaign_runs()
    {
        await using var sandbox = await HistorySandbox.StartAsync(HistorySandbox.Start);
        var (campaign, product) = await sandbox.CampaignAsync(sandbox.Time.Now.AddDays(-1), sandbox.Time.Now.AddDays(60));
        var creator = await sandbox.BiggestCreatorAsync("VN");
        var added = await sandbox.AddLinkAsync(campaign, product, creator, sandbox.Time.Now);
        var affiliateProductId = added.GetProperty("affiliate_product_id").GetString()!;

        await sandbox.AdvanceAsync(TimeSpan.FromDays(30));
        await sandbox.ConnectPartnerAsync();
        var videos = await sandbox.Partner.GetCreatorContentStatisticsAsync(
            campaign, product, creator, affiliateProductId, ContentKind.Video, CancellationToken.None);

        videos.Count.ShouldBeGreaterThanOrEqualTo(4);
        videos.ShouldAllBe(v => v.ContentType == "VIDEO" && v.ViewCount > 0);
        var instants = videos.Select(PublishedAt).ToList();
        instants.ShouldBe(instants.Order());
        instants.Zip(instants.Skip(1), (a, b) => b - a).ShouldAllBe(gap => gap >= TimeSpan.FromHours(12) && gap <= TimeSpan.FromDays(9));
    }

    [Fact]
    public async Task Posts_inside_the_creators_best_window_get_more_views_than_the_others()
    {
        await using var sandbox = await HistorySandbox.StartAsync(HistorySandbox.Start);
        var now = sandbox.Time.Now;
        var (campaign, product) = await sandbox.CampaignAsync(now.AddDays(-190), now.AddDays(30));
        var creator = await sandbox.BiggestCreatorAsync("VN");
        var added = await sandbox.AddLinkAsync(campaign, product, creator, now.AddDays(-180));
        var affiliateProductId = added.GetProperty("affiliate_product_id").GetString()!;
        var habit = await HabitAsync(sandbox, creator);

        var contents = await sandbox.Partner.GetCreatorContentStatisticsAsync(
            campaign, product, creator, affiliateProductId, null, CancellationToken.None);

        var settled = contents.Where(c => PublishedAt(c) < now.AddDays(-5)).ToList();
        settled.Count.ShouldBeGreaterThan(30);
        var inside = settled.Where(c => habit.Favours(PublishedAt(c))).Select(c => c.ViewCount).ToList();
        var outside = settled.Where(c => !habit.Favours(PublishedAt(c))).Select(c => c.ViewCount).ToList();
        inside.Count.ShouldBeGreaterThan(5);
        outside.Count.ShouldBeGreaterThan(5);
        Median(inside).ShouldBeGreaterThan(Median(outside) * 3 / 2);
    }

    [Fact]
    public async Task Every_creator_has_a_posting_habit_and_an_unknown_creator_is_not_found()
    {
        await using var sandbox = await HistorySandbox.StartAsync(HistorySandbox.Start);
        var creators = (await sandbox.Admin.GetFromJsonAsync<JsonElement>("/sandbox/creators")).EnumerateArray()
            .Select(c => c.GetProperty("creator_open_id").GetString()!)
            .ToList();

        var habits = new List<JsonElement>();
        foreach (var creator in creators)
        {
            habits.Add(await sandbox.Admin.GetFromJsonAsync<JsonElement>($"/sandbox/creators/{creator}/posting-habit"));
        }

        var unknown = await sandbox.Admin.GetAsync("/sandbox/creators/uACafQAAAABnobody/posting-habit");

        habits.Count.ShouldBe(creators.Count);
        habits.Select(h => h.GetProperty("time_zone").GetString()).Distinct().Count().ShouldBe(7);
        foreach (var habit in habits)
        {
            var start = habit.GetProperty("best_start_hour").GetInt32();
            start.ShouldBeOneOf(7, 11, 12, 17, 18, 19, 20);
            habit.GetProperty("best_hours").EnumerateArray().Select(h => h.GetInt32()).ShouldBe([start, start + 1, start + 2]);
            habit.GetProperty("days").GetString().ShouldBeOneOf("WEEKDAYS", "WEEKENDS", "EVERY_DAY");
            habit.GetProperty("boost").GetDouble().ShouldBe(2.5);
        }

        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString().ShouldNotBeNullOrEmpty();
    }

    private static async Task<Habit> HabitAsync(HistorySandbox sandbox, string creator)
    {
        var json = await sandbox.Admin.GetFromJsonAsync<JsonElement>($"/sandbox/creators/{creator}/posting-habit");
        return new Habit(
            [.. json.GetProperty("best_hours").EnumerateArray().Select(h => h.GetInt32())],
            json.GetProperty("days").GetString()!,
            TimeZoneInfo.FindSystemTimeZoneById(json.GetProperty("time_zone").GetString()!));
    }

    private static string IdOf(CreatorContentStatistics content) => content.SourceUrl!.Split('/')[^1];

    /// <summary>TikTok's content ids keep the publishing instant in their high 32 bits.</summary>
    private static DateTimeOffset PublishedAt(CreatorContentStatistics content) =>
        DateTimeOffset.FromUnixTimeSeconds((long)(ulong.Parse(IdOf(content), CultureInfo.InvariantCulture) >> 32));

    private static long Median(List<long> values) => values.Order().ElementAt(values.Count / 2);

    private sealed record Habit(IReadOnlyList<int> Hours, string Days, TimeZoneInfo Zone)
    {
        public string LocalDate(DateTimeOffset instant) =>
            TimeZoneInfo.ConvertTime(instant, Zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        public bool Favours(DateTimeOffset instant)
        {
            var local = TimeZoneInfo.ConvertTime(instant, Zone);
            var weekend = local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            var day = Days switch
            {
                "WEEKDAYS" => !weekend,
                "WEEKENDS" => weekend,
                _ => true,
            };
            return day && Hours.Contains(local.Hour);
        }
    }
}
