using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Campaigns;
using Tapbridge.Modules.Connections;
using Tapbridge.Modules.Creators;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Markets;
using Tapbridge.TikTokShop.Errors;
using Tapbridge.TikTokShop.Json;
using Tapbridge.TikTokShop.Partner;

namespace Tapbridge.Modules.Performance.Content;

/// <summary>
/// Reads every video and live of every creator promoting a live campaign product (P12 for who posted, P13 for their
/// posts) and keeps the content registry: new posts are added, every post's counts are taken again, and a snapshot is
/// kept when they changed. Runs as one recurring job (a lease keeps it to one instance) within TikTok's rate limits (the
/// client's per-path limiter and retries); each page of creators is merged and the cursor moved in one transaction, so a
/// pass cut short resumes, and a page read twice changes nothing.
/// </summary>
internal sealed partial class ContentSync(
    IDbContextFactory<TapbridgeDbContext> contexts, PartnerConnection tiktok, TimeProvider clock, ILogger<ContentSync> logger)
{
    public const int PageSize = 50;

    public async Task<ContentSyncReport> SyncAllAsync(CancellationToken cancellationToken)
    {
        var report = new ContentSyncReport();
        List<(Registration Registration, string TikTokCampaignId)> products;
        ContentSyncCursor cursor;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            products = await LiveProducts.OnTikTokAsync(db, clock.GetUtcNow(), cancellationToken);
            cursor = await db.Set<ContentSyncCursor>().AsNoTracking()
                .SingleOrDefaultAsync(c => c.Key == ContentSyncCursor.Only, cancellationToken) ?? ContentSyncCursor.Start();
        }

        var resumeAt = products.FindIndex(p => p.Registration.Id == cursor.RegistrationId);
        foreach (var (registration, campaignId) in products.Skip(Math.Max(0, resumeAt)))
        {
            var token = registration.Id == cursor.RegistrationId ? cursor.PageToken : null;
            try
            {
                await ProductAsync(registration, campaignId, token, report, cancellationToken);
            }
            catch (TikTokShopException e)
            {
                // One product TikTok will not answer for (closed meanwhile, say) must not stop the others.
                logger.LogWarning("Content sync skipped product {Product} of campaign {Campaign}: {Message} (code {Code})",
                    registration.ProductId, campaignId, e.TikTokMessage, e.Code);
            }
        }

        await MoveCursorAsync(c => c.PassDone(clock.GetUtcNow()), cancellationToken);
        logger.LogInformation(
            "Content sync: {Posts} posts read, {Added} new, {Measured} with new counts, {Unknown} of creators Tapbridge does not know",
            report.Read, report.Added, report.Measured, report.UnknownCreators);
        return report;
    }

    private async Task ProductAsync(
        Registration registration, string campaignId, string? token, ContentSyncReport report, CancellationToken cancellationToken)
    {
        var partner = await tiktok.ForMarketAsync(registration.MarketCode, cancellationToken);
        if (partner is null)
        {
            return;
        }

        do
        {
            var page = await partner.GetProductCreatorPerformancePageAsync(
                campaignId, registration.ProductId, PageSize, token, cancellationToken);
            var posting = page.Items.Where(c => c.Creator is not null && c.VideoCount + c.RoomCount > 0).ToList();
            token = page.IsLast ? null : page.NextPageToken;
            var posts = new List<(PromotionCreator Creator, IReadOnlyList<CreatorContentStatistics> Posts)>();
            foreach (var creator in posting)
            {
                var contents = await partner.GetCreatorContentStatisticsAsync(
                    campaignId, registration.ProductId, creator.Creator!.CreatorOpenId, creator.AffiliateProductId, null,
                    cancellationToken);
                posts.Add((creator, contents));
            }

            await MergeAsync(registration, posts, token, report, cancellationToken);
        }
        while (token is not null);
    }

    private async Task MergeAsync(
        Registration registration, List<(PromotionCreator Creator, IReadOnlyList<CreatorContentStatistics> Posts)> page, string? nextToken,
        ContentSyncReport report, CancellationToken cancellationToken)
    {
        var market = Market.Get(registration.MarketCode);
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var handles = page.Select(p => p.Creator.Creator!.UserName).ToList();
        var creators = await db.Set<Creator>().AsNoTracking()
            .Where(c => c.MarketCode == market.Code && c.Status == CreatorStatus.Approved && handles.Contains(c.Handle))
            .ToDictionaryAsync(c => c.Handle, c => c.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var seen = page.SelectMany(p => p.Posts).Select(p => IdOf(p.SourceUrl ?? p.LinkedTiktokVideo)).OfType<string>().ToList();
        var known = await db.Set<ContentPost>().Where(p => seen.Contains(p.TikTokId)).ToDictionaryAsync(p => p.TikTokId, cancellationToken);
        foreach (var (creator, posts) in page)
        {
            if (!creators.TryGetValue(creator.Creator!.UserName, out var creatorId))
            {
                report.UnknownCreators++;
                continue;
            }

            foreach (var content in posts)
            {
                report.Read++;
                if (IdOf(content.SourceUrl ?? content.LinkedTiktokVideo) is not { } id)
                {
                    continue;
                }

                if (!known.TryGetValue(id, out var post))
                {
                    var kind = content.ContentType is "2" or "LIVE_ROOM" ? PostKind.Live : PostKind.Video;
                    post = ContentPost.Discover(id, creatorId, registration.Id, market, kind, content.SourceUrl, content.CoverImgUrl,
                        PostingTime.Of(id, content.PublishedDate, market, now), now);
                    db.Add(post);
                    known[id] = post;
                    report.Added++;
                }
                else if (post.RegistrationId != registration.Id)
                {
                    // One video may show several products; it belongs to the first it was found for, and is measured there.
                    continue;
                }

                var metrics = new PostMetrics(content.ViewCount, content.LikeCount, content.CommentNum, content.PaidOrderNum,
                    market.ToMinorBounded(Amounts.Parse(content.PaidAmount)));
                if (post.Measure(metrics, now))
                {
                    db.Add(ContentSnapshot.Of(post));
                    report.Measured++;
                }
            }
        }

        var cursor = await CursorAsync(db, cancellationToken);
        cursor.PageDone(registration.Id, nextToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>TikTok's id of a post: the last number of its link (<c>/video/123…</c>, <c>/live/replay/123…</c>).</summary>
    internal static string? IdOf(string? url) =>
        url is null ? null : TrailingId().Match(url) is { Success: true } m ? m.Groups[1].Value : null;

    private async Task MoveCursorAsync(Action<ContentSyncCursor> move, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        move(await CursorAsync(db, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<ContentSyncCursor> CursorAsync(TapbridgeDbContext db, CancellationToken cancellationToken)
    {
        var cursor = await db.Set<ContentSyncCursor>().SingleOrDefaultAsync(c => c.Key == ContentSyncCursor.Only, cancellationToken);
        if (cursor is null)
        {
            cursor = ContentSyncCursor.Start();
            db.Add(cursor);
        }

        return cursor;
    }

    [GeneratedRegex(@"/(?:video|live|replay|photo)/(?:replay/)?([0-9]{8,22})(?:[/?#]|$)")]
    private static partial Regex TrailingId();
}

/// <summary>What one pass of the content sync did.</summary>
internal sealed class ContentSyncReport
{
    public int Read { get; set; }
    public int Added { get; set; }
    public int Measured { get; set; }
    public int UnknownCreators { get; set; }
}
