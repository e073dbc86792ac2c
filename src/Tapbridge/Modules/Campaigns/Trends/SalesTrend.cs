using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Campaigns.Trends;

/// <summary>
/// Sales velocity: units sold in the last 7 complete UTC days (up to yesterday) against the 7 before, from the daily
/// running totals TikTok reports; today's partial day waits for tomorrow, so both weeks are the same length.
/// A day's units are its rise over the previous reading; a total that drops (cancelled orders, or a reset) adds
/// nothing, and the first reading adds nothing because Tapbridge does not know when those units sold. A product
/// trends with at least <see cref="MinimumWeeklyUnits"/> units in the last week and more than the week before; the
/// score is the growth ratio with one unit added to each side, in percent, so 9 against 0 ranks below 40 against 10.
/// </summary>
internal static class SalesTrend
{
    public const int MinimumWeeklyUnits = 3;
    public const int HistoryDays = 22;

    public static (int LastWeek, int WeekBefore) Weeks(IReadOnlyCollection<SalesDay> history, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(history);
        var (lastWeek, weekBefore) = (0, 0);
        SalesDay? previous = null;
        foreach (var reading in history.Where(d => d.Day < today).OrderBy(d => d.Day))
        {
            var units = previous is null ? 0 : Math.Max(0, reading.UnitsSold - previous.UnitsSold);
            if (reading.Day > today.AddDays(-8))
            {
                lastWeek += units;
            }
            else if (reading.Day > today.AddDays(-15))
            {
                weekBefore += units;
            }

            previous = reading;
        }

        return (lastWeek, weekBefore);
    }

    public static int Score(int lastWeek, int weekBefore) =>
        lastWeek >= MinimumWeeklyUnits && lastWeek > weekBefore ? (int)Math.Min(int.MaxValue, 100L * (lastWeek + 1) / (weekBefore + 1)) : 0;

    /// <summary>Stores today's running totals of these registrations (tracked by <paramref name="db"/>) and recomputes their trends.</summary>
    public static async Task RecordAsync(TapbridgeDbContext db, IReadOnlyCollection<Registration> registrations, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(registrations);
        var history = await HistoryAsync(db, registrations, today, cancellationToken);
        foreach (var registration in registrations)
        {
            var days = history[registration.Id];
            if (days.SingleOrDefault(d => d.Day == today) is { } recorded)
            {
                recorded.Update(registration.ProductSales);
            }
            else
            {
                var day = SalesDay.Record(registration.Id, today, registration.ProductSales);
                db.Add(day);
                days.Add(day);
            }

            registration.Trend(Weeks(days, today));
        }
    }

    /// <summary>Recomputes trends from the stored readings alone (after readings were added some other way, such as the demo's history).</summary>
    public static async Task RefreshAsync(TapbridgeDbContext db, IReadOnlyCollection<Registration> registrations, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registrations);
        var history = await HistoryAsync(db, registrations, today, cancellationToken);
        foreach (var registration in registrations)
        {
            registration.Trend(Weeks(history[registration.Id], today));
        }
    }

    private static async Task<Dictionary<Guid, List<SalesDay>>> HistoryAsync(TapbridgeDbContext db, IReadOnlyCollection<Registration> registrations, DateOnly today, CancellationToken cancellationToken)
    {
        var ids = registrations.Select(r => r.Id).ToList();
        var from = today.AddDays(-HistoryDays);
        var stored = await db.Set<SalesDay>().Where(d => ids.Contains(d.RegistrationId) && d.Day >= from).ToListAsync(cancellationToken);
        var byRegistration = stored.GroupBy(d => d.RegistrationId).ToDictionary(g => g.Key, g => g.ToList());
        return ids.ToDictionary(id => id, id => byRegistration.GetValueOrDefault(id) ?? []);
    }
}
