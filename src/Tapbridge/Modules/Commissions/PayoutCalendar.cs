using System.Globalization;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Commissions;

/// <summary>How often a market's payout cycle closes.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<PayoutCycle>))]
public enum PayoutCycle
{
    /// <summary>Once a month: closes on the cut-off day, pays on the pay day of the same month.</summary>
    Monthly,

    /// <summary>Twice a month: two cut-off days, each with its pay day in the same month.</summary>
    TwiceMonthly,

    /// <summary>Every week: closes on a weekday, pays a fixed number of days later.</summary>
    Weekly,
}

/// <summary>One payout cycle: it closes at 00:00 on <see cref="CutOff"/> in the market's time and pays what it closed with on <see cref="PayDate"/>.</summary>
public sealed record PayoutCycleDates(DateOnly CutOff, DateOnly PayDate);

/// <summary>
/// When confirmed earnings are paid: a cycle closes at 00:00 on its cut-off day in the market's time and pays everything
/// confirmed before it on its pay day. Monthly (the default: closes on the 1st, pays on the 25th), twice a month (two
/// cut-offs, each paid later in the same month) or weekly (closes on a weekday, pays a fixed number of days later). The
/// cycles' pay days follow the order of their cut-offs, which <see cref="PayoutSchedule.Set"/> makes sure of.
/// </summary>
public sealed record PayoutCalendar(
    PayoutCycle Cycle = PayoutCycle.Monthly, int CutOffDay = 1, int PayDay = 25, int SecondCutOffDay = 16, int SecondPayDay = 25,
    DayOfWeek CutOffWeekday = DayOfWeek.Monday, int PayAfterDays = 5)
{
    public static readonly PayoutCalendar Default = new();

    public static PayoutCalendar Monthly(int cutOffDay, int payDay) => new(PayoutCycle.Monthly, cutOffDay, payDay);

    public static PayoutCalendar TwiceMonthly(int cutOffDay, int payDay, int secondCutOffDay, int secondPayDay) =>
        new(PayoutCycle.TwiceMonthly, cutOffDay, payDay, secondCutOffDay, secondPayDay);

    public static PayoutCalendar Weekly(DayOfWeek cutOffWeekday, int payAfterDays) => new(PayoutCycle.Weekly, CutOffWeekday: cutOffWeekday, PayAfterDays: payAfterDays);

    /// <summary>The calendar in plain words, as Finance and creators read it.</summary>
    public string Describe() => Cycle switch
    {
        PayoutCycle.Monthly => $"Monthly: the cycle closes on the {Ordinal(CutOffDay)} and is paid on the {Ordinal(PayDay)}",
        PayoutCycle.TwiceMonthly => $"Twice a month: cycles close on the {Ordinal(CutOffDay)} and the {Ordinal(SecondCutOffDay)}, "
            + $"and are paid on the {Ordinal(PayDay)} and the {Ordinal(SecondPayDay)}",
        PayoutCycle.Weekly => $"Weekly: the cycle closes every {CutOffWeekday} and is paid {PayAfterDays} {(PayAfterDays == 1 ? "day" : "days")} later",
    };

    /// <summary>The first cut-off at or after <paramref name="confirmedAt"/>.</summary>
    public DateTimeOffset CutOffAfter(DateTimeOffset confirmedAt, Market market) => market.StartOf(CycleOf(confirmedAt, market).CutOff);

    /// <summary>The pay date of the cycle an earning confirmed at <paramref name="confirmedAt"/> belongs to.</summary>
    public DateOnly PayDateFor(DateTimeOffset confirmedAt, Market market) => CycleOf(confirmedAt, market).PayDate;

    /// <summary>The next pay day on or after today in the market's time.</summary>
    public DateOnly NextPayDate(DateTimeOffset now, Market market)
    {
        var today = Today(now, market);
        return CyclesFrom(today.AddDays(-40)).First(c => c.PayDate >= today).PayDate;
    }

    /// <summary>The last pay day before today in the market's time.</summary>
    public DateOnly LastPayDate(DateTimeOffset now, Market market)
    {
        var today = Today(now, market);
        return CyclesFrom(today.AddDays(-70)).TakeWhile(c => c.PayDate < today).Last().PayDate;
    }

    /// <summary>The first pay day after <paramref name="payDate"/>.</summary>
    public DateOnly PayDateAfter(DateOnly payDate) => CyclesFrom(payDate.AddDays(-40)).First(c => c.PayDate > payDate).PayDate;

    /// <summary>
    /// The cut-off of the cycle paid on <paramref name="payDate"/> (or, for a day that is no pay day, of the last cycle paid
    /// before it): a batch for that day pays what was payable then, and nothing that became payable after.
    /// </summary>
    public DateTimeOffset CutOffFor(DateOnly payDate, Market market)
    {
        ArgumentNullException.ThrowIfNull(market);
        return market.StartOf(CyclesFrom(payDate.AddDays(-70)).TakeWhile(c => c.PayDate <= payDate).Last().CutOff);
    }

    /// <summary>The cycles in the order they close, from the first that closes on or after <paramref name="from"/>.</summary>
    public IEnumerable<PayoutCycleDates> CyclesFrom(DateOnly from) => Cycle == PayoutCycle.Weekly ? WeeksFrom(from) : MonthsFrom(from);

    private IEnumerable<PayoutCycleDates> WeeksFrom(DateOnly from)
    {
        var cutOff = from.AddDays(((int)CutOffWeekday - (int)from.DayOfWeek + 7) % 7);
        while (true)
        {
            yield return new(cutOff, cutOff.AddDays(PayAfterDays));
            cutOff = cutOff.AddDays(7);
        }
    }

    private IEnumerable<PayoutCycleDates> MonthsFrom(DateOnly from)
    {
        var month = new DateOnly(from.Year, from.Month, 1);
        while (true)
        {
            foreach (var cycle in MonthCycles(month).Where(c => c.CutOff >= from))
            {
                yield return cycle;
            }

            month = month.AddMonths(1);
        }
    }

    private IEnumerable<PayoutCycleDates> MonthCycles(DateOnly month)
    {
        yield return new(Day(month, CutOffDay), Day(month, PayDay));
        if (Cycle == PayoutCycle.TwiceMonthly)
        {
            yield return new(Day(month, SecondCutOffDay), Day(month, SecondPayDay));
        }
    }

    private PayoutCycleDates CycleOf(DateTimeOffset confirmedAt, Market market)
    {
        ArgumentNullException.ThrowIfNull(market);
        return CyclesFrom(Today(confirmedAt, market)).First(c => market.StartOf(c.CutOff) >= confirmedAt);
    }

    private static DateOnly Today(DateTimeOffset now, Market market)
    {
        ArgumentNullException.ThrowIfNull(market);
        return DateOnly.FromDateTime(market.ToLocal(now).DateTime);
    }

    private static DateOnly Day(DateOnly month, int day) => new(month.Year, month.Month, Math.Min(day, DateTime.DaysInMonth(month.Year, month.Month)));

    internal static string Ordinal(int day) => day.ToString(CultureInfo.InvariantCulture) + (day % 100 is 11 or 12 or 13 ? "th" : (day % 10) switch
    {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    });
}
