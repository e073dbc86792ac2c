using System.Globalization;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Performance.Content;

/// <summary>
/// When a post went up. TikTok's content data gives only a date, but TikTok's ids of videos and lives carry the second
/// they were made in their top 32 bits: that instant is used when it falls on the date TikTok gives (a day either way,
/// for TikTok's time zone), else the date's noon in the market, marked as not known to the hour (ADR 30).
/// </summary>
internal sealed record PostingTime(DateTimeOffset At, bool Known)
{
    private static readonly DateTimeOffset Earliest = new(2016, 9, 1, 0, 0, 0, TimeSpan.Zero);

    public static PostingTime Of(string tikTokId, string? publishedDate, Market market, DateTimeOffset now)
    {
        var date = DateOnly.TryParseExact(publishedDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : (DateOnly?)null;
        if (ulong.TryParse(tikTokId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            var at = DateTimeOffset.FromUnixTimeSeconds((long)(id >> 32));
            var local = DateOnly.FromDateTime(market.ToLocal(at).DateTime);
            if (at >= Earliest && at <= now && (date is null || Math.Abs(local.DayNumber - date.Value.DayNumber) <= 1))
            {
                return new PostingTime(at, true);
            }
        }

        return date is { } day ? new PostingTime(market.StartOf(day).AddHours(12), false) : new PostingTime(now, false);
    }
}
