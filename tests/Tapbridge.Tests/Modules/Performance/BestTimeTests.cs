using Tapbridge.Modules.Performance.Dashboard;

namespace Tapbridge.Tests.Modules.Performance;

/// <summary>The method of ADR 30 on posts whose truth is known: it finds a real window, and says nothing beyond the data.</summary>
public sealed class BestTimeTests
{
    private static readonly Guid Creator = Guid.NewGuid();
    private static readonly DateTime Monday = new(2026, 11, 2, 0, 0, 0, DateTimeKind.Unspecified);

    [Fact]
    public void Fewer_posts_than_the_minimum_say_nothing()
    {
        var posts = Posts(new Random(1), BestTime.MinPosts - 1, _ => 1.0);
        var advice = BestTime.Advise(posts, AdviceBasis.Own);
        (advice.Basis, advice.Best, advice.Posts).ShouldBe((AdviceBasis.None, null, BestTime.MinPosts - 1));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void When_the_hour_does_not_matter_no_window_is_advised(int seed)
    {
        var advice = BestTime.Advise(Posts(new Random(seed), 80, _ => 1.0), AdviceBasis.Own);
        advice.Basis.ShouldBe(AdviceBasis.Own);
        advice.Best.ShouldBeNull("every hour drew from the same views: a best window would be chance");
    }

    [Fact]
    public void Weekday_evenings_that_get_more_views_are_found_with_their_number_of_posts()
    {
        static double Boost(DateTime at) => BestTime.Covers(PostingDays.Weekdays, 19, 22, at) ? 2.5 : 1.0;
        var posts = Posts(new Random(7), 80, Boost);
        var advice = BestTime.Advise(posts, AdviceBasis.Own);
        var best = advice.Best.ShouldNotBeNull();
        (best.Days, best.StartHour).ShouldBe((PostingDays.Weekdays, 19));
        best.Posts.ShouldBe(posts.Count(p => Boost(p.LocalPostedAt) > 1));
        best.ViewsTimesMedian.ShouldNotBeNull().ShouldBeGreaterThan(1.5);
        advice.Parts.ShouldContain(p => p.Days == PostingDays.Weekends && p.StartHour == 22 && p.TooFew,
            "hardly anyone posts at night at weekends here: too few posts to tell");
    }

    /// <summary>
    /// Posts over eight weeks, 40 % of them on weekday evenings 19–22 and the rest from 8:00 to 22:00, each with views drawn
    /// as the sandbox draws them and multiplied by <paramref name="boost"/> at its posting time.
    /// </summary>
    private static List<TimedPost> Posts(Random random, int count, Func<DateTime, double> boost) =>
        Enumerable.Range(0, count).Select(_ =>
        {
            var day = Monday.AddDays(random.Next(56));
            var evening = random.NextDouble() < 0.4;
            while (evening && day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                day = day.AddDays(1);
            }

            var at = day.AddHours(evening ? random.Next(19, 22) : random.Next(8, 22)).AddMinutes(random.Next(60));
            var views = (long)(100_000 * (0.05 + random.NextDouble() * 0.55) * boost(at));
            return new TimedPost(Creator, at, views, random.Next(0, 3));
        }).ToList();
}
