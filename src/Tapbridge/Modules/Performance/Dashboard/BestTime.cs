using System.Text.Json.Serialization;

namespace Tapbridge.Modules.Performance.Dashboard;

[JsonConverter(typeof(JsonStringEnumConverter<PostingDays>))]
public enum PostingDays
{
    Weekdays,
    Weekends,
    EveryDay,
}

[JsonConverter(typeof(JsonStringEnumConverter<AdviceBasis>))]
public enum AdviceBasis
{
    /// <summary>The creator's own posts.</summary>
    Own,

    /// <summary>Too few posts of her own: the posts of the agency's creators in her market.</summary>
    Market,

    /// <summary>Too few posts anywhere to say anything.</summary>
    None,
}

/// <summary>A video with a known posting time (market time) and its views and orders at 48 hours, from one creator.</summary>
internal sealed record TimedPost(Guid CreatorId, DateTime LocalPostedAt, long EarlyViews, int EarlyOrders);

/// <summary>Posts in a window of hours on some days, against the rest: how many, and how they did against the creator's median.</summary>
public sealed record PostingWindow(
    PostingDays Days, int StartHour, int EndHour, int Posts, int OtherPosts, double? ViewsTimesMedian, double? OrdersTimesAverage,
    double Confidence, bool TooFew);

/// <summary>
/// When to post, and why: the window whose posts did best against the rest (<see cref="Best"/>, null when none stands out
/// clearly), and the day parts with how many posts each rests on (<see cref="Parts"/>).
/// </summary>
public sealed record BestTimeAdvice(AdviceBasis Basis, int Posts, int Creators, PostingWindow? Best, IReadOnlyList<PostingWindow> Parts)
{
    public static readonly BestTimeAdvice Nothing = new(AdviceBasis.None, 0, 0, null, []);
}

/// <summary>
/// Finds the posting window that gave a creator's videos more views in their first 48 hours (ADR 30). Each post's views
/// are taken as a multiple of its creator's median, so big and small creators weigh alike. Every window of three
/// consecutive hours on weekdays, weekends or every day is compared with the posts outside it by a rank test
/// (Mann-Whitney); the window with the strongest evidence is advised only when that evidence would be unlikely by chance
/// even after looking at all 72 windows. Fewer than <see cref="MinPosts"/> posts say nothing; a window needs
/// <see cref="MinWindowPosts"/> posts in it and out of it.
/// </summary>
internal static class BestTime
{
    public const int MinPosts = 12;
    public const int MinWindowPosts = 5;
    public const int WindowHours = 3;

    /// <summary>A z of 3.2 is p ≈ 0.0007 one-sided: 0.05 shared over the 72 windows looked at.</summary>
    public const double ConvincingZ = 3.2;

    private static readonly (int Start, int End)[] DayParts = [(6, 12), (12, 17), (17, 22), (22, 6)];

    public static BestTimeAdvice Advise(IReadOnlyList<TimedPost> posts, AdviceBasis basis)
    {
        var creators = posts.Select(p => p.CreatorId).Distinct().Count();
        if (posts.Count < MinPosts)
        {
            return new BestTimeAdvice(AdviceBasis.None, posts.Count, creators, null, []);
        }

        var scored = Normalized(posts);
        var windows = new List<PostingWindow>();
        foreach (var days in Enum.GetValues<PostingDays>())
        {
            for (var start = 0; start < 24; start++)
            {
                windows.Add(Compare(scored, days, start, (start + WindowHours) % 24));
            }
        }

        var best = windows.Where(w => !w.TooFew && w.ViewsTimesMedian > 1).MaxBy(w => w.Confidence);
        var parts = new[] { PostingDays.Weekdays, PostingDays.Weekends }
            .SelectMany(d => DayParts.Select(p => Compare(scored, d, p.Start, p.End))).ToList();
        return new BestTimeAdvice(basis, posts.Count, creators, best?.Confidence >= ConvincingZ ? best : null, parts);
    }

    private static List<(TimedPost Post, double Views, double Orders)> Normalized(IReadOnlyList<TimedPost> posts) =>
        posts.GroupBy(p => p.CreatorId).SelectMany(g =>
        {
            var median = Math.Max(1, Median(g.Select(p => (double)p.EarlyViews).ToList()));
            var orders = g.Average(p => p.EarlyOrders);
            return g.Select(p => (p, p.EarlyViews / median, orders > 0 ? p.EarlyOrders / orders : 0));
        }).ToList();

    private static PostingWindow Compare(List<(TimedPost Post, double Views, double Orders)> posts, PostingDays days, int start, int end)
    {
        var inside = posts.Where(p => Covers(days, start, end, p.Post.LocalPostedAt)).ToList();
        var outside = posts.Where(p => !Covers(days, start, end, p.Post.LocalPostedAt)).ToList();
        var tooFew = inside.Count < MinWindowPosts || outside.Count < MinWindowPosts;
        var views = inside.Count == 0 ? (double?)null : Median(inside.Select(p => p.Views).ToList());
        var orders = inside.Count == 0 || posts.All(p => p.Orders == 0) ? (double?)null : inside.Average(p => p.Orders);
        var z = tooFew ? 0 : RankZ(inside.Select(p => p.Views).ToList(), outside.Select(p => p.Views).ToList());
        return new PostingWindow(days, start, end, inside.Count, outside.Count, views, orders, z, tooFew);
    }

    public static bool Covers(PostingDays days, int start, int end, DateTime local)
    {
        var hour = local.Hour;
        var inHours = start < end ? hour >= start && hour < end : hour >= start || hour < end;
        var weekend = local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        return inHours && days switch
        {
            PostingDays.Weekdays => !weekend,
            PostingDays.Weekends => weekend,
            _ => true,
        };
    }

    /// <summary>
    /// Mann-Whitney U of <paramref name="a"/> over <paramref name="b"/> as a z score (normal approximation, ties averaged).
    /// </summary>
    private static double RankZ(List<double> a, List<double> b)
    {
        var all = a.Select(v => (v, First: true)).Concat(b.Select(v => (v, First: false))).OrderBy(x => x.v).ToList();
        var rankSum = 0.0;
        for (var i = 0; i < all.Count;)
        {
            var j = i;
            while (j < all.Count && all[j].v.Equals(all[i].v))
            {
                j++;
            }

            var rank = (i + j + 1) / 2.0;
            rankSum += all.Skip(i).Take(j - i).Count(x => x.First) * rank;
            i = j;
        }

        double n1 = a.Count;
        double n2 = b.Count;
        var u = rankSum - n1 * (n1 + 1) / 2;
        var sd = Math.Sqrt(n1 * n2 * (n1 + n2 + 1) / 12);
        return sd == 0 ? 0 : (u - n1 * n2 / 2) / sd;
    }

    private static double Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        values.Sort();
        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
