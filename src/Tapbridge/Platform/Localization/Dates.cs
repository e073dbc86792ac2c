using System.Globalization;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Platform.Localization;

/// <summary>
/// One way of writing days and times across the product: "7 Dec 2026" and "7 Dec 2026, 04:01" in the reader's
/// language (a Thai reader's calendar counts Buddhist-era years), times in the market's time zone. Files and stored
/// texts do not use these: they write ISO dates with the invariant culture.
/// </summary>
public static class Dates
{
    private const string DayPattern = "d MMM yyyy";
    private const string MomentPattern = "d MMM yyyy, HH:mm";

    /// <summary>"7 Dec 2026".</summary>
    public static string Day(this DateOnly day) => day.ToString(DayPattern, CultureInfo.CurrentCulture);

    /// <summary>The day an instant falls on in the market: "7 Dec 2026".</summary>
    public static string Day(this DateTimeOffset instant, Market market)
    {
        ArgumentNullException.ThrowIfNull(market);
        return market.ToLocal(instant).ToString(DayPattern, CultureInfo.CurrentCulture);
    }

    /// <summary>The day in UTC, for what belongs to no market (an account's token, a team member): "7 Dec 2026".</summary>
    public static string DayUtc(this DateTimeOffset instant) => instant.ToUniversalTime().ToString(DayPattern, CultureInfo.CurrentCulture);

    /// <summary>"7 Dec 2026, 04:01", in the market's time.</summary>
    public static string Moment(this DateTimeOffset instant, Market market)
    {
        ArgumentNullException.ThrowIfNull(market);
        return market.ToLocal(instant).ToString(MomentPattern, CultureInfo.CurrentCulture);
    }

    /// <summary>"7 Dec 2026, 04:01 UTC", for what belongs to no market (staff accounts, the agency's own jobs).</summary>
    public static string MomentUtc(this DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString(MomentPattern, CultureInfo.CurrentCulture) + " UTC";

    /// <summary>"December 2026".</summary>
    public static string Month(this DateOnly month) => month.ToString("MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>"7 Dec", where the year is plain from around it (a chart's axis, this week's days).</summary>
    public static string ShortDay(this DateOnly day) => day.ToString("d MMM", CultureInfo.CurrentCulture);
}
