using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Performance.Content;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Performance.Dashboard;

/// <summary>A creator's own dashboard, posts and best time to post.</summary>
internal static class CreatorDashboardEndpoints
{
    public static void MapCreatorDashboard(this WebApplication app)
    {
        var creator = app.MapGroup("/api/v1/creator").RequireAuthorization(Policies.Creator).WithTags("Creator");
        creator.MapGet("/dashboard", (int? days, ClaimsPrincipal user, CreatorDashboard dashboard, CancellationToken ct) =>
                dashboard.GetAsync(Actor.From(user).OrganizationId, days ?? 30, ct))
            .WithName("GetMyDashboard");
        creator.MapGet("/best-time", async (ClaimsPrincipal user, CreatorDashboard dashboard, PostingAdvice advice, CancellationToken ct) =>
            {
                var creatorId = Actor.From(user).OrganizationId;
                return await advice.ForCreatorAsync(creatorId, await dashboard.MarketOfAsync(creatorId, ct), ct);
            })
            .WithName("GetMyBestTimeToPost");
        creator.MapGet("/content", (int? days, ClaimsPrincipal user, CreatorPosts posts, CancellationToken ct) =>
                posts.ListAsync(Actor.From(user).OrganizationId, days ?? 30, ct))
            .WithName("GetMyPosts");
        creator.MapGet("/content/{postId:guid}/snapshots", (Guid postId, ClaimsPrincipal user, CreatorPosts posts, CancellationToken ct) =>
                posts.GrowthAsync(Actor.From(user).OrganizationId, postId, ct))
            .WithName("GetMyPostGrowth");
    }
}

internal sealed record PostGrowthPoint(DateTimeOffset At, long Views, long Likes, long Comments, int Orders, long Gmv);

/// <summary>A creator's posts of a period, newest first, and how one of them grew.</summary>
internal sealed class CreatorPosts(TapbridgeDbContext db, CreatorDashboard dashboard)
{
    /// <summary>More posts than a creator makes in 90 days; the list stops there.</summary>
    public const int MaxPosts = 500;

    public async Task<IReadOnlyList<TopPost>> ListAsync(Guid creatorId, int days, CancellationToken cancellationToken)
    {
        var market = await dashboard.MarketOfAsync(creatorId, cancellationToken);
        var since = market.StartOf(dashboard.PeriodOf(market, days).From);
        var posts = await db.Set<ContentPost>().AsNoTracking()
            .Where(p => p.CreatorId == creatorId && p.PostedAt >= since)
            .OrderByDescending(p => p.PostedAt).Take(MaxPosts).ToListAsync(cancellationToken);
        var ids = posts.Select(p => p.RegistrationId).Distinct().ToList();
        var titles = await db.Set<Campaigns.Registration>().AsNoTracking().Where(r => ids.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, r => r.Title, cancellationToken);
        return posts.Select(p => new TopPost(p.Id, p.Kind, p.Url, titles.GetValueOrDefault(p.RegistrationId, ""), p.PostedAt,
            p.PostedTimeKnown, p.Views, p.Likes, p.Comments, p.Orders, p.Gmv)).ToList();
    }

    public async Task<IReadOnlyList<PostGrowthPoint>> GrowthAsync(Guid creatorId, Guid postId, CancellationToken cancellationToken)
    {
        if (!await db.Set<ContentPost>().AnyAsync(p => p.Id == postId && p.CreatorId == creatorId, cancellationToken))
        {
            throw new NotFoundException("post");
        }

        return await db.Set<ContentSnapshot>().AsNoTracking().Where(s => s.PostId == postId).OrderBy(s => s.TakenAt)
            .Select(s => new PostGrowthPoint(s.TakenAt, s.Views, s.Likes, s.Comments, s.Orders, s.Gmv)).ToListAsync(cancellationToken);
    }
}
