using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Creators;
using Tapbridge.Modules.Orders;
using Tapbridge.Modules.Orders.Ingestion;
using Tapbridge.Modules.Performance.Activity;
using Tapbridge.Modules.Performance.Content;
using Tapbridge.Modules.Performance.Dashboard;
using Tapbridge.Modules.Showcase.Links;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Markets;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Modules.Performance;

/// <summary>
/// The daily sums every dashboard reads (ADR 30): a line, a click and a post count on their market's date, to the
/// millisecond and across summer time; and after any sequence of late, repeated and changed data the sums equal a
/// recomputation from the rows, and the creator's dashboard equals the rows it comes from.
/// </summary>
public abstract class ActivityDaysTests(TapbridgeApp fixture) : AppTests(fixture)
{
    [Fact]
    public async Task A_sale_counts_on_its_markets_date_to_the_millisecond_and_across_summer_time()
    {
        var ph = await CreatorAsync(Market.Philippines);
        var us = await CreatorAsync(Market.UnitedStates);
        await IngestAsync(Line(ph, "01", At("2026-10-31T15:59:59.999Z")), Line(ph, "02", At("2026-10-31T16:00:00Z")));
        await IngestAsync(
            Line(us, "03", At("2026-11-01T06:59:59.999Z")), Line(us, "04", At("2026-11-01T07:00:00Z")),
            Line(us, "05", At("2026-11-02T07:59:59.999Z")), Line(us, "06", At("2026-11-02T08:00:00Z")));

        (await DaysAsync(ph.Id)).ShouldBe([("2026-10-31", 1), ("2026-11-01", 1)], "midnight in Manila is 16:00 UTC");
        (await DaysAsync(us.Id)).ShouldBe([("2026-10-31", 1), ("2026-11-01", 2), ("2026-11-02", 1)],
            "Los Angeles is UTC−7 until 2 November 2026 starts at 08:00 UTC, in standard time");
        (await ProblemsAsync()).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task After_late_repeated_and_changed_data_the_days_equal_their_rows_and_the_dashboard_equals_the_rows(int seed)
    {
        var random = new Random(seed);
        var creators = new[] { await CreatorAsync(Market.Philippines), await CreatorAsync(Market.UnitedStates) };
        var lines = new List<OrderLineSnapshot>();
        var posts = new List<Guid>();
        var now = DateTimeOffset.UtcNow;
        for (var step = 0; step < 40; step++)
        {
            var creator = creators[random.Next(creators.Length)];
            switch (random.Next(5))
            {
                case 0 or 1:
                    var line = Line(creator, $"{seed}{step:00}", now.AddMinutes(-random.Next(0, 100 * 24 * 60)));
                    lines.Add(line);
                    await IngestAsync(line);
                    break;
                case 2 when lines.Count > 0:
                    var known = lines[random.Next(lines.Count)];
                    var status = random.Next(3) switch
                    {
                        0 => known.Status,
                        1 => TikTokLineStatus.Completed,
                        _ => TikTokLineStatus.Cancelled,
                    };
                    var changed = Line(known, status);
                    lines[lines.IndexOf(known)] = changed;
                    await IngestAsync(changed);
                    break;
                case 3:
                    await ClickAsync(creator, now.AddMinutes(-random.Next(0, 100 * 24 * 60)));
                    break;
                default:
                    await PostAsync(creator, posts, random, now);
                    break;
            }
        }

        (await ProblemsAsync()).ShouldBeEmpty();
        foreach (var creator in creators)
        {
            await DashboardEqualsRowsAsync(creator.Id);
        }
    }

    private async Task DashboardEqualsRowsAsync(Guid creatorId)
    {
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
        var view = await scope.ServiceProvider.GetRequiredService<CreatorDashboard>().GetAsync(creatorId, 90, CancellationToken.None);
        var market = Market.Get(view.Market);
        var (from, until) = (market.StartOf(view.From), market.StartOf(view.To.AddDays(1)));
        var lines = (await db.Set<OrderLine>().AsNoTracking().Where(l => l.CreatorId == creatorId).ToListAsync())
            .Where(l => l.OrderedAt >= from && l.OrderedAt < until && l.Status != TikTokLineStatus.Cancelled).ToList();
        view.Current.Orders.ShouldBe(lines.Count);
        view.Current.Gmv.ShouldBe(lines.Sum(l => l.Status == TikTokLineStatus.Completed ? l.Actual.Base : l.Estimated.Base));
        view.Current.TikTokCommission.ShouldBe(lines.Sum(l => l.Status == TikTokLineStatus.Completed
            ? l.Actual.Creator + l.Actual.CreatorReward : l.Estimated.Creator + l.Estimated.CreatorReward));
        var clicks = (await db.Set<LinkClick>().AsNoTracking().Where(c => c.CreatorId == creatorId).ToListAsync())
            .Count(c => c.Day >= view.From && c.Day <= view.To);
        view.Current.Clicks.ShouldBe(clicks);
        var posts = (await db.Set<ContentPost>().AsNoTracking().Where(p => p.CreatorId == creatorId).ToListAsync())
            .Where(p => p.PostedDay >= view.From && p.PostedDay <= view.To).ToList();
        (view.Current.Posts, view.Current.Views, view.Current.Engagements)
            .ShouldBe((posts.Count, posts.Sum(p => p.Views), posts.Sum(p => p.Likes + p.Comments)));
        view.Daily.Sum(d => d.Orders).ShouldBe(view.Current.Orders);
    }

    private async Task<Creator> CreatorAsync(Market market)
    {
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
        var now = DateTimeOffset.UtcNow;
        var handle = $"days_{Guid.NewGuid():N}"[..24];
        var creator = Creator.Create(handle, market, "Days test", 12_000, now);
        creator.AuthorizedOnTikTok(handle, now);
        creator.Approve(1_000, "test", now);
        db.Add(creator);
        await db.SaveChangesAsync();
        return creator;
    }

    private async Task ClickAsync(Creator creator, DateTimeOffset at)
    {
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
        var target = new LinkTarget(Guid.NewGuid(), creator.Id, Guid.NewGuid(), Market.Get(creator.MarketCode),
            "https://vt.tiktok.com/x", at.AddDays(1));
        db.Add(LinkClick.Record(target, at, "tiktok.com", DeviceClass.Mobile, Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N")));
        await db.SaveChangesAsync();
    }

    /// <summary>A new post, or new counts (sometimes the same again) for one already known.</summary>
    private async Task PostAsync(Creator creator, List<Guid> posts, Random random, DateTimeOffset now)
    {
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
        var mine = await db.Set<ContentPost>().Where(p => p.CreatorId == creator.Id && posts.Contains(p.Id)).ToListAsync();
        var post = mine.Count > 0 && random.Next(2) == 0 ? mine[random.Next(mine.Count)] : null;
        if (post is null)
        {
            var posted = now.AddMinutes(-random.Next(0, 100 * 24 * 60));
            var id = (((ulong)posted.ToUnixTimeSeconds() << 32) | (uint)random.Next())
                .ToString(System.Globalization.CultureInfo.InvariantCulture);
            post = ContentPost.Discover(id, creator.Id, Guid.Empty, Market.Get(creator.MarketCode), PostKind.Video, null, null,
                new PostingTime(posted, true), now);
            db.Add(post);
            posts.Add(post.Id);
        }

        var views = random.Next(2) == 0 ? post.Views : post.Views + random.Next(1, 5_000);
        post.Measure(new PostMetrics(views, views / 20, views / 200, random.Next(0, 4), random.Next(0, 90_000)), now);
        await db.SaveChangesAsync();
    }

    private async Task<List<(string Day, int Orders)>> DaysAsync(Guid creatorId)
    {
        await using var scope = App.Scope();
        return (await scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>().Set<CreatorSalesDay>().AsNoTracking()
                .Where(d => d.CreatorId == creatorId).OrderBy(d => d.Day).ToListAsync())
            .Select(d => (d.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), d.Orders)).ToList();
    }

    private async Task<IReadOnlyList<string>> ProblemsAsync()
    {
        await using var scope = App.Scope();
        return await scope.ServiceProvider.GetRequiredService<ActivityCheck>().ProblemsAsync(CancellationToken.None);
    }

    private async Task IngestAsync(params OrderLineSnapshot[] lines)
    {
        await using var scope = App.Scope();
        await scope.ServiceProvider.GetRequiredService<OrderLineIngestor>().IngestAsync(
            new[] { ((IReadOnlyList<OrderLineSnapshot>)lines, 0) }.ToAsyncEnumerable(), LineSource.Api, "days test",
            (_, _) => Task.CompletedTask, CancellationToken.None);
    }

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

    private static OrderLineSnapshot Line(Creator creator, string suffix, DateTimeOffset ordered)
    {
        var amounts = new ReportedAmounts(50_000, 10_000, 5_000, 0, 300);
        var order = $"58{creator.Id.GetHashCode() & 0x7FFFFFF:000000000}{suffix}";
        return new()
        {
            MarketCode = creator.MarketCode, Currency = Market.Get(creator.MarketCode).Currency, OrderId = order,
            SkuId = "1729000000000000001", ProductId = "1", CreatorUsername = creator.Handle, Price = 50_000, Quantity = 1,
            TapRate = 2000, CreatorRate = 5000,
            Status = TikTokLineStatus.Processing, OrderedAt = ordered, Estimated = amounts, Actual = ReportedAmounts.Zero,
        };
    }

    private static OrderLineSnapshot Line(OrderLineSnapshot line, TikTokLineStatus status) => line with
    {
        Status = status,
        DeliveredAt = status == TikTokLineStatus.Completed ? line.OrderedAt.AddDays(3) : null,
        Actual = status == TikTokLineStatus.Completed ? new ReportedAmounts(48_000, 9_600, 4_800, 0, 250) : ReportedAmounts.Zero,
    };
}

public sealed class ActivityDaysTestsOnSqlite(SqliteApp app) : ActivityDaysTests(app), IClassFixture<SqliteApp>;

public sealed class ActivityDaysTestsOnPostgres(PostgresApp app) : ActivityDaysTests(app), IClassFixture<PostgresApp>;
