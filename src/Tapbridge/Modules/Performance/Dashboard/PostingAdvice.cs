using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Performance.Content;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Performance.Dashboard;

/// <summary>The best time to post for a creator, and how many of her own posts it could look at.</summary>
public sealed record PostingAdviceView(int OwnPosts, string TimeZone, BestTimeAdvice Advice);

/// <summary>The advice across a market's creators, worked out after each content sync for creators with too few posts.</summary>
internal sealed class MarketPostingAdvice
{
    private MarketPostingAdvice()
    {
    }

    public string MarketCode { get; private set; } = "";
    public string Advice { get; private set; } = "";
    public DateTimeOffset ComputedAt { get; private set; }

    public static MarketPostingAdvice For(string market) => new() { MarketCode = market };

    public void Set(BestTimeAdvice advice, DateTimeOffset now) => (Advice, ComputedAt) = (JsonSerializer.Serialize(advice), now);

    public BestTimeAdvice Read() => JsonSerializer.Deserialize<BestTimeAdvice>(Advice) ?? BestTimeAdvice.Nothing;
}

/// <summary>Reads a creator's posts for <see cref="BestTime"/>, falling back on her market's pattern when she has too few.</summary>
internal sealed class PostingAdvice(TapbridgeDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan LookBack = TimeSpan.FromDays(180);

    public async Task<PostingAdviceView> ForCreatorAsync(Guid creatorId, Market market, CancellationToken cancellationToken)
    {
        var own = await PostsAsync(db.Set<ContentPost>().Where(p => p.CreatorId == creatorId), market, cancellationToken);
        var advice = BestTime.Advise(own, AdviceBasis.Own);
        if (advice.Basis == AdviceBasis.None)
        {
            var stored = await db.Set<MarketPostingAdvice>().AsNoTracking()
                .SingleOrDefaultAsync(a => a.MarketCode == market.Code, cancellationToken);
            advice = stored?.Read() is { Basis: AdviceBasis.Market } pattern ? pattern : BestTimeAdvice.Nothing;
        }

        return new PostingAdviceView(own.Count, market.TimeZoneId, advice);
    }

    /// <summary>Works out each market's pattern across its creators again, from the last <see cref="LookBack"/> of posts.</summary>
    public async Task RefreshMarketsAsync(CancellationToken cancellationToken)
    {
        foreach (var market in Market.All)
        {
            var posts = await PostsAsync(db.Set<ContentPost>().Where(p => p.MarketCode == market.Code), market, cancellationToken);
            var row = await db.Set<MarketPostingAdvice>().SingleOrDefaultAsync(a => a.MarketCode == market.Code, cancellationToken);
            if (row is null)
            {
                row = MarketPostingAdvice.For(market.Code);
                db.Add(row);
            }

            row.Set(BestTime.Advise(posts, AdviceBasis.Market), clock.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<List<TimedPost>> PostsAsync(IQueryable<ContentPost> posts, Market market, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow() - LookBack;
        var rows = await posts.AsNoTracking()
            .Where(p => p.PostedAt >= since && p.Kind == PostKind.Video && p.PostedTimeKnown && p.EarlyViews != null)
            .Select(p => new { p.CreatorId, p.PostedAt, p.EarlyViews, p.EarlyOrders })
            .ToListAsync(cancellationToken);
        return rows.Select(p => new TimedPost(p.CreatorId, market.ToLocal(p.PostedAt).DateTime, p.EarlyViews!.Value,
            p.EarlyOrders ?? 0)).ToList();
    }
}
