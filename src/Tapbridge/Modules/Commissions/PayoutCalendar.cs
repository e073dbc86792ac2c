using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Commissions;

/// <summary>
/// When confirmed earnings are paid: a cycle closes at 00:00 on the cut-off day of each month in the market's time
/// (default the 1st) and pays everything confirmed before it on the pay day of that month (default the 25th), so an
/// earning is paid 21–30 days after the cycle that confirmed it closes.
/// </summary>
public sealed record PayoutCalendar(int CutOffDay = 1, int PayDay = 25)
{
    public static readonly PayoutCalendar Default = new();

    /// <summary>The first cut-off at or after <paramref name="confirmedAt"/>.</summary>
    public DateTimeOffset CutOffAfter(DateTimeOffset confirmedAt, Market market)
    {
        ArgumentNullException.ThrowIfNull(market);
        var local = market.ToLocal(confirmedAt);
        var candidate = CutOff(local.Year, local.Month, market);
        return candidate >= confirmedAt ? candidate : CutOff(local.AddMonths(1).Year, local.AddMonths(1).Month, market);
    }

    /// <summary>The pay date of the cycle an earning confirmed at <paramref name="confirmedAt"/> belongs to.</summary>
    public DateOnly PayDateFor(DateTimeOffset confirmedAt, Market market)
    {
        var cutOff = market.ToLocal(CutOffAfter(confirmedAt, market));
        return new DateOnly(cutOff.Year, cutOff.Month, Math.Min(PayDay, DateTime.DaysInMonth(cutOff.Year, cutOff.Month)));
    }

    /// <summary>The next pay day on or after today in the market's time.</summary>
    public DateOnly NextPayDate(DateTimeOffset now, Market market)
    {
        ArgumentNullException.ThrowIfNull(market);
        var today = DateOnly.FromDateTime(market.ToLocal(now).DateTime);
        var thisMonth = new DateOnly(today.Year, today.Month, Math.Min(PayDay, DateTime.DaysInMonth(today.Year, today.Month)));
        if (thisMonth >= today)
        {
            return thisMonth;
        }

        return PayDateAfter(thisMonth);
    }

    /// <summary>The pay day of the month after <paramref name="payDate"/>'s.</summary>
    public DateOnly PayDateAfter(DateOnly payDate)
    {
        var next = payDate.AddMonths(1);
        return new DateOnly(next.Year, next.Month, Math.Min(PayDay, DateTime.DaysInMonth(next.Year, next.Month)));
    }

    private DateTimeOffset CutOff(int year, int month, Market market) => market.StartOf(new DateOnly(year, month, Math.Min(CutOffDay, DateTime.DaysInMonth(year, month))));
}
