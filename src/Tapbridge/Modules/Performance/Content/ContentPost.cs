using System.Text.Json.Serialization;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Performance.Content;

[JsonConverter(typeof(JsonStringEnumConverter<PostKind>))]
public enum PostKind
{
    Video,
    Live,
}

/// <summary>What TikTok reports of a post now (P13): its public counts and the paid orders it brought.</summary>
internal sealed record PostMetrics(long Views, long Likes, long Comments, int Orders, long Gmv);

/// <summary>
/// A creator's video or live promoting one of the agency's campaign products, as TikTok's content data (P13) shows it:
/// when it was posted (in UTC and as the market's date), and its latest counts. Its views and orders at 48 hours are
/// kept once known — what the best time to post is judged on (ADR 30). The database sums posts by day for the
/// dashboards (<c>creator_content_days</c>).
/// </summary>
internal sealed class ContentPost
{
    public static readonly TimeSpan Early = TimeSpan.FromHours(48);

    private ContentPost()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>TikTok's id of the video or live.</summary>
    public string TikTokId { get; private set; } = "";
    public Guid CreatorId { get; private set; }
    public Guid RegistrationId { get; private set; }
    public string MarketCode { get; private set; } = "";
    public PostKind Kind { get; private set; }
    public string? Url { get; private set; }
    public string? CoverUrl { get; private set; }
    public DateTimeOffset PostedAt { get; private set; }

    /// <summary>The posting date in the market's time: what the dashboards group by.</summary>
    public DateOnly PostedDay { get; private set; }

    /// <summary>Whether <see cref="PostedAt"/> is the real instant (from TikTok's id) or only the date TikTok gave, at noon.</summary>
    public bool PostedTimeKnown { get; private set; }
    public long Views { get; private set; }
    public long Likes { get; private set; }
    public long Comments { get; private set; }
    public int Orders { get; private set; }
    public long Gmv { get; private set; }
    public DateTimeOffset FirstSeenAt { get; private set; }
    public DateTimeOffset MeasuredAt { get; private set; }

    /// <summary>
    /// Views at 48 hours: between the last change measured before that moment and the first measurement after it, or the
    /// first measurement when the post was found later.
    /// </summary>
    public long? EarlyViews { get; private set; }
    public int? EarlyOrders { get; private set; }

    /// <summary>Whether the early counts lie between two measurements, rather than being the first one taken later.</summary>
    public bool EarlyMeasured { get; private set; }

    public static ContentPost Discover(
        string tikTokId, Guid creatorId, Guid registrationId, Market market, PostKind kind, string? url, string? coverUrl,
        PostingTime posted, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now), TikTokId = tikTokId, CreatorId = creatorId, RegistrationId = registrationId,
            MarketCode = market.Code, Kind = kind, Url = url, CoverUrl = coverUrl, PostedAt = posted.At,
            PostedDay = DateOnly.FromDateTime(market.ToLocal(posted.At).DateTime), PostedTimeKnown = posted.Known,
            FirstSeenAt = now, MeasuredAt = now,
        };

    /// <summary>
    /// Takes TikTok's counts as of now; whether they changed (and so deserve a snapshot). Counts that did not change write
    /// nothing, so <see cref="MeasuredAt"/> is when they last changed.
    /// </summary>
    public bool Measure(PostMetrics metrics, DateTimeOffset now)
    {
        var at48 = PostedAt + Early;
        if (EarlyViews is null && now >= at48)
        {
            // A post is measured the moment it is found, so a measurement before the 48th hour is a real one.
            var before = MeasuredAt < at48;
            var share = before ? (at48 - MeasuredAt) / (now - MeasuredAt) : 1;
            EarlyViews = Views + (long)Math.Round((metrics.Views - Views) * share);
            EarlyOrders = Orders + (int)Math.Round((metrics.Orders - Orders) * share);
            EarlyMeasured = before;
        }

        if (metrics == new PostMetrics(Views, Likes, Comments, Orders, Gmv))
        {
            return false;
        }

        (Views, Likes, Comments, Orders, Gmv) = (metrics.Views, metrics.Likes, metrics.Comments, metrics.Orders, metrics.Gmv);
        MeasuredAt = now;
        return true;
    }
}

/// <summary>A post's counts at one moment, kept when they changed: how it grew.</summary>
internal sealed class ContentSnapshot
{
    private ContentSnapshot()
    {
    }

    public Guid PostId { get; private set; }
    public DateTimeOffset TakenAt { get; private set; }
    public long Views { get; private set; }
    public long Likes { get; private set; }
    public long Comments { get; private set; }
    public int Orders { get; private set; }
    public long Gmv { get; private set; }

    public static ContentSnapshot Of(ContentPost post) => new()
    {
        PostId = post.Id, TakenAt = post.MeasuredAt, Views = post.Views, Likes = post.Likes, Comments = post.Comments, Orders = post.Orders,
        Gmv = post.Gmv,
    };
}
