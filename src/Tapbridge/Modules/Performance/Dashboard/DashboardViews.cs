using Tapbridge.Modules.Performance.Content;

namespace Tapbridge.Modules.Performance.Dashboard;

/// <summary>
/// A period's figures. Views, likes and comments are those of the posts published in the period, as TikTok counts them
/// now; orders, GMV and earnings are of the orders placed in it; clicks are on the creator's short links.
/// </summary>
internal sealed record PeriodFigures(
    int Posts, long Views, long Engagements, int Clicks, int Orders, long Gmv, long TikTokCommission, long AgencyShare)
{
    /// <summary>Likes and comments per view, in percent; null without views.</summary>
    public double? EngagementRate => Views == 0 ? null : Math.Round(100.0 * Engagements / Views, 2);

    public long Earnings => TikTokCommission + AgencyShare;
}

internal sealed record DashboardDay(DateOnly Day, int Posts, long Views, int Clicks, int Orders, long Gmv, long Earnings);

public sealed record TopPost(
    Guid Id, PostKind Kind, string? Url, string ProductTitle, DateTimeOffset PostedAt, bool PostedTimeKnown, long Views, long Likes,
    long Comments, int Orders, long Gmv);

public sealed record TopProduct(Guid RegistrationId, string Title, int Orders, long Gmv, long Earnings, int Clicks, int Posts, long Views);

/// <summary>A creator's dashboard for the last <see cref="Days"/> days (to today, her market's date) against the days before.</summary>
internal sealed record CreatorDashboardView(
    string Market, string Currency, int Days, DateOnly From, DateOnly To, PeriodFigures Current, PeriodFigures Previous,
    IReadOnlyList<DashboardDay> Daily, IReadOnlyList<TopPost> TopPosts, IReadOnlyList<TopProduct> TopProducts);
