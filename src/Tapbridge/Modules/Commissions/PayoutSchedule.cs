using Tapbridge.Platform.Markets;
using static Tapbridge.Platform.RuleViolationException;

namespace Tapbridge.Modules.Commissions;

/// <summary>
/// A market's payout calendar and minimum payout, set by Finance: monthly (the default: cycles close on the 1st, pay on
/// the 25th), twice a month or weekly. A balance below the minimum is not paid; it rolls over to the next payout. A change applies to earnings
/// confirmed after it: those confirmed before keep the pay date they were given.
/// </summary>
public sealed class PayoutSchedule
{
    private PayoutSchedule()
    {
    }

    public string MarketCode { get; private set; } = "";
    public PayoutCycle Cycle { get; private set; }
    public int CutOffDay { get; private set; }
    public int PayDay { get; private set; }

    /// <summary>Twice a month: the second cycle's cut-off and pay day (kept, unused, in the other cycles).</summary>
    public int SecondCutOffDay { get; private set; }
    public int SecondPayDay { get; private set; }

    /// <summary>Weekly: the weekday the cycle closes and how many days later it is paid (kept, unused, in the other cycles).</summary>
    public DayOfWeek CutOffWeekday { get; private set; }
    public int PayAfterDays { get; private set; }

    /// <summary>In minor units of the market's currency.</summary>
    public long MinimumPayout { get; private set; }
    public string SetBy { get; private set; } = "";
    public DateTimeOffset? SetAt { get; private set; }
    public int Version { get; private set; }

    public Market Market => Market.Get(MarketCode);
    public PayoutCalendar Calendar => new(Cycle, CutOffDay, PayDay, SecondCutOffDay, SecondPayDay, CutOffWeekday, PayAfterDays);

    public static PayoutSchedule Default(Market market)
    {
        ArgumentNullException.ThrowIfNull(market);
        var calendar = PayoutCalendar.Default;
        return new()
        {
            MarketCode = market.Code, Cycle = calendar.Cycle, CutOffDay = calendar.CutOffDay, PayDay = calendar.PayDay, SecondCutOffDay = calendar.SecondCutOffDay,
            SecondPayDay = calendar.SecondPayDay, CutOffWeekday = calendar.CutOffWeekday, PayAfterDays = calendar.PayAfterDays, MinimumPayout = DefaultMinimum(market),
            SetBy = "Tapbridge's default",
        };
    }

    /// <summary>About USD 10–25 in each market: below it a transfer costs more than it is worth.</summary>
    public static long DefaultMinimum(Market market) => market?.Code switch
    {
        "VN" => 200_000,
        "PH" => 50_000,
        "TH" => 30_000,
        "ID" => 150_000,
        "MY" => 5_000,
        "SG" => 2_000,
        _ => 2_500,
    };

    /// <summary>
    /// Sets the calendar and minimum. Every cycle pays after it closes and in the order the cycles close, so no earning
    /// waits behind a later one and each batch can be checked and approved between its cut-off and its pay day.
    /// </summary>
    public void Set(PayoutCalendar calendar, long minimumPayout, string by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Require<CommissionsRules>(Enum.IsDefined(calendar.Cycle), "cycle", "Schedule.Cycle");
        switch (calendar.Cycle)
        {
            case PayoutCycle.Monthly:
                RequireDays(calendar.CutOffDay, calendar.PayDay, "cutOffDay", "payDay", "Monthly");
                break;
            case PayoutCycle.TwiceMonthly:
                RequireDays(calendar.CutOffDay, calendar.PayDay, "cutOffDay", "payDay", "First");
                RequireDays(calendar.SecondCutOffDay, calendar.SecondPayDay, "secondCutOffDay", "secondPayDay", "Second");
                Require<CommissionsRules>(calendar.SecondCutOffDay > calendar.CutOffDay, "secondCutOffDay", "Schedule.SecondCutOffLater");
                Require<CommissionsRules>(calendar.SecondPayDay > calendar.PayDay, "secondPayDay", "Schedule.SecondPayDayLater");
                break;
            case PayoutCycle.Weekly:
                Require<CommissionsRules>(Enum.IsDefined(calendar.CutOffWeekday), "cutOffWeekday", "Schedule.Weekday");
                Require<CommissionsRules>(calendar.PayAfterDays is >= 1 and <= 14, "payAfterDays", "Schedule.PayAfterDays");
                break;
        }

        Require<CommissionsRules>(minimumPayout >= 0 && minimumPayout <= Market.ToMinor(100_000_000m), "minimumPayout", "Schedule.MinimumPayout", Market.Currency);
        (Cycle, CutOffDay, PayDay, SecondCutOffDay, SecondPayDay, CutOffWeekday, PayAfterDays) =
            (calendar.Cycle, calendar.CutOffDay, calendar.PayDay, calendar.SecondCutOffDay, calendar.SecondPayDay, calendar.CutOffWeekday, calendar.PayAfterDays);
        (MinimumPayout, SetBy, SetAt) = (minimumPayout, by, now);
        Version++;
    }

    /// <summary>Why <paramref name="amount"/> is not paid on the next pay day, or null when it is.</summary>
    public string? NotPaid(long amount) => amount switch
    {
        < 0 => $"What was taken back exceeds what is due by {Market.FormatMoney(-amount)}: it is netted against your next earnings, and nothing is paid until your balance is positive again.",
        0 => null,
        _ when amount < MinimumPayout => $"Below the {Market.FormatMoney(MinimumPayout)} minimum payout: it rolls over to the next payout.",
        _ => null,
    };

    /// <summary>The days of <paramref name="cycle"/> (CommissionsRules "Schedule.{cycle}.CutOffDay" and ".PayAfterCutOff").</summary>
    private static void RequireDays(int cutOffDay, int payDay, string cutOffField, string payDayField, string cycle)
    {
        Require<CommissionsRules>(cutOffDay is >= 1 and <= 28, cutOffField, $"Schedule.{cycle}.CutOffDay");
        Require<CommissionsRules>(payDay is >= 1 and <= 28, payDayField, "Schedule.PayDay");
        Require<CommissionsRules>(payDay > cutOffDay, payDayField, $"Schedule.{cycle}.PayAfterCutOff");
    }
}
