using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Campaigns;
using Tapbridge.Modules.Creators;
using Tapbridge.Modules.Performance.Activity;
using Tapbridge.Modules.Performance.Content;
using Tapbridge.Platform;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Performance.Dashboard;

/// <summary>
/// A creator's dashboard, read from the daily sums the database keeps (<see cref="ActivityTotals"/>): at most a row per
/// product and day, whatever the number of order lines behind them.
/// </summary>
internal sealed class CreatorDashboard(TapbridgeDbContext db, TimeProvider clock)
{
    public static readonly IReadOnlyList<int> Periods = [7, 30, 90];
    private const int TopCount = 5;

    public async Task<CreatorDashboardView> GetAsync(Guid creatorId, int days, CancellationToken cancellationToken)
    {
        var market = await MarketOfAsync(creatorId, cancellationToken);
        var (from, to) = PeriodOf(market, days);
        var before = from.AddDays(-days);
        var sales = await db.Set<CreatorSalesDay>().AsNoTracking()
            .Where(d => d.CreatorId == creatorId && d.Day >= before && d.Day <= to).ToListAsync(cancellationToken);
        var clicks = await db.Set<CreatorClickDay>().AsNoTracking()
            .Where(d => d.CreatorId == creatorId && d.Day >= before && d.Day <= to).ToListAsync(cancellationToken);
        var posts = await db.Set<CreatorContentDay>().AsNoTracking()
            .Where(d => d.CreatorId == creatorId && d.Day >= before && d.Day <= to).ToListAsync(cancellationToken);
        var daily = Enumerable.Range(0, days).Select(i => from.AddDays(i)).Select(day => new DashboardDay(day,
            posts.Where(p => p.Day == day).Sum(p => p.Posts), posts.Where(p => p.Day == day).Sum(p => p.Views),
            clicks.Where(c => c.Day == day).Sum(c => c.Clicks), sales.Where(s => s.Day == day).Sum(s => s.Orders),
            sales.Where(s => s.Day == day).Sum(s => s.Gmv),
            sales.Where(s => s.Day == day).Sum(s => s.TikTokCommission + s.AgencyShare))).ToList();
        return new CreatorDashboardView(market.Code, market.Currency, days, from, to,
            Figures(sales, clicks, posts, from, to), Figures(sales, clicks, posts, before, from.AddDays(-1)), daily,
            await TopPostsAsync(creatorId, market.StartOf(from), cancellationToken),
            await TopProductsAsync(sales.Where(s => s.Day >= from), clicks.Where(c => c.Day >= from), posts.Where(p => p.Day >= from),
                cancellationToken));
    }

    /// <summary>The last <paramref name="days"/> days to today, in the market's dates; only the offered periods.</summary>
    public (DateOnly From, DateOnly To) PeriodOf(Market market, int days)
    {
        if (!Periods.Contains(days))
        {
            throw RuleViolationException.Say<PerformanceRules>("Dashboard.Days", "days", days, string.Join("/", Periods));
        }

        var to = DateOnly.FromDateTime(market.ToLocal(clock.GetUtcNow()).DateTime);
        return (to.AddDays(1 - days), to);
    }

    public async Task<Market> MarketOfAsync(Guid creatorId, CancellationToken cancellationToken)
    {
        var code = await db.Set<Creator>().Where(c => c.Id == creatorId).Select(c => c.MarketCode).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("creator");
        return Market.Get(code);
    }

    private static PeriodFigures Figures(
        List<CreatorSalesDay> sales, List<CreatorClickDay> clicks, List<CreatorContentDay> posts, DateOnly from, DateOnly to)
    {
        bool In(DateOnly day) => day >= from && day <= to;
        var s = sales.Where(d => In(d.Day)).ToList();
        var p = posts.Where(d => In(d.Day)).ToList();
        return new PeriodFigures(p.Sum(d => d.Posts), p.Sum(d => d.Views), p.Sum(d => d.Likes + d.Comments),
            clicks.Where(d => In(d.Day)).Sum(d => d.Clicks), s.Sum(d => d.Orders), s.Sum(d => d.Gmv), s.Sum(d => d.TikTokCommission),
            s.Sum(d => d.AgencyShare));
    }

    private async Task<List<TopPost>> TopPostsAsync(Guid creatorId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var posts = await db.Set<ContentPost>().AsNoTracking()
            .Where(p => p.CreatorId == creatorId && p.PostedAt >= since)
            .OrderByDescending(p => p.Views).ThenByDescending(p => p.PostedAt).Take(TopCount).ToListAsync(cancellationToken);
        var titles = await TitlesAsync(posts.Select(p => p.RegistrationId), cancellationToken);
        return posts.Select(p => new TopPost(p.Id, p.Kind, p.Url, titles.GetValueOrDefault(p.RegistrationId, ""), p.PostedAt,
            p.PostedTimeKnown, p.Views, p.Likes, p.Comments, p.Orders, p.Gmv)).ToList();
    }

    private async Task<List<TopProduct>> TopProductsAsync(
        IEnumerable<CreatorSalesDay> sales, IEnumerable<CreatorClickDay> clicks, IEnumerable<CreatorContentDay> posts,
        CancellationToken cancellationToken)
    {
        var clicksOf = clicks.GroupBy(c => c.RegistrationId).ToDictionary(g => g.Key, g => g.Sum(c => c.Clicks));
        var postsOf = posts.GroupBy(p => p.RegistrationId)
            .ToDictionary(g => g.Key, g => (Posts: g.Sum(p => p.Posts), Views: g.Sum(p => p.Views)));
        var top = sales.Where(s => s.RegistrationId != Guid.Empty).GroupBy(s => s.RegistrationId)
            .Select(g => (Id: g.Key, Orders: g.Sum(s => s.Orders), Gmv: g.Sum(s => s.Gmv),
                Earnings: g.Sum(s => s.TikTokCommission + s.AgencyShare)))
            .OrderByDescending(x => x.Gmv).Take(TopCount).ToList();
        var titles = await TitlesAsync(top.Select(t => t.Id), cancellationToken);
        return top.Select(t => new TopProduct(t.Id, titles.GetValueOrDefault(t.Id, ""), t.Orders, t.Gmv, t.Earnings,
            clicksOf.GetValueOrDefault(t.Id), postsOf.GetValueOrDefault(t.Id).Posts, postsOf.GetValueOrDefault(t.Id).Views)).ToList();
    }

    private async Task<Dictionary<Guid, string>> TitlesAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var list = ids.Distinct().ToList();
        return await db.Set<Registration>().AsNoTracking().Where(r => list.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, r => r.Title, cancellationToken);
    }
}
