using TikTokShopSandbox.Common;
using TikTokShopSandbox.World;

namespace TikTokShopSandbox.Simulation;

internal enum PostingDays
{
    Weekdays,
    Weekends,
    EveryDay,
}

/// <summary>
/// A creator's true best time to post, drawn from the seed and the creator: three consecutive hours of her market's
/// local time, on weekdays, weekends or every day. A post published inside it gets <see cref="Boost"/> times the views
/// it would otherwise get. The creator half knows it: 40 % of her posts go inside it, the rest anywhere from 8:00 to
/// midnight, so advice on when to post can be checked against the truth.
/// </summary>
internal sealed class PostingHabit
{
    public const double Boost = 2.5;
    public const int WindowHours = 3;
    private const double InsideShare = 0.4;
    private const int FirstWakingHour = 8;
    private const int HoursAwake = 16;
    private static readonly int[] StartHours = [7, 11, 12, 17, 18, 19, 20];

    private PostingHabit(int startHour, PostingDays days, TimeZoneInfo zone)
    {
        StartHour = startHour;
        Days = days;
        Zone = zone;
    }

    public int StartHour { get; }

    public IReadOnlyList<int> Hours => [.. Enumerable.Range(StartHour, WindowHours)];

    public PostingDays Days { get; }

    public TimeZoneInfo Zone { get; }

    public static PostingHabit Of(SandboxWorld world, Creator creator)
    {
        var random = Seeds.Random(world.Seed, 32, creator.Seq);
        var startHour = StartHours[random.Next(StartHours.Length)];
        var days = (PostingDays)random.Next(3);
        return new PostingHabit(startHour, days, Markets.TimeZone(creator.Market));
    }

    public static string DaysName(PostingDays days) => days switch
    {
        PostingDays.Weekdays => "WEEKDAYS",
        PostingDays.Weekends => "WEEKENDS",
        PostingDays.EveryDay => "EVERY_DAY",
    };

    public bool Favours(long unixSeconds)
    {
        var local = Local(unixSeconds);
        return Covers(local.DayOfWeek) && local.Hour >= StartHour && local.Hour < StartHour + WindowHours;
    }

    public double Multiplier(long unixSeconds) => Favours(unixSeconds) ? Boost : 1.0;

    public DateTimeOffset Local(long unixSeconds) => TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds(unixSeconds), Zone);

    /// <summary>
    /// When a post meant for about <paramref name="target"/> goes out: on that local day at a drawn hour, minute and
    /// second — inside the window for 40 % of posts, on the nearest day the window covers — and after
    /// <paramref name="earliest"/>, moving on a day at a time when the drawn instant would be too soon.
    /// </summary>
    public long PostingInstant(Random random, long target, long earliest)
    {
        var inside = random.Chance(InsideShare);
        var hour = inside ? StartHour + random.Next(WindowHours) : FirstWakingHour + random.Next(HoursAwake);
        var second = random.Next(3_600);
        var day = Local(target).Date;
        for (var step = 0; ; step++)
        {
            // 0, +1, −1, +2, −2, …: the nearest fitting day, the later one on a tie.
            var candidate = day.AddDays((step + 1) / 2 * (step % 2 == 1 ? 1 : -1));
            var instant = At(candidate, hour, second);
            if ((!inside || Covers(candidate.DayOfWeek)) && instant > earliest)
            {
                return instant;
            }
        }
    }

    private bool Covers(DayOfWeek day) => Days switch
    {
        PostingDays.Weekdays => day is not (DayOfWeek.Saturday or DayOfWeek.Sunday),
        PostingDays.Weekends => day is DayOfWeek.Saturday or DayOfWeek.Sunday,
        PostingDays.EveryDay => true,
    };

    private long At(DateTime localDay, int hour, int second)
    {
        var local = localDay.AddHours(hour).AddSeconds(second);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUnixTimeSeconds();
    }
}
