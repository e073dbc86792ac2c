using Tapbridge.Modules.Commissions;
using Tapbridge.Modules.Commissions.Demo;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Tests.Modules.Commissions;

/// <summary>
/// Creators are told "confirmed after 14 days, paid within 21–30 days": a simulated year of earnings confirmed every day,
/// at and around midnight, each above the minimum, paid by batches that take what was payable at their cut-off.
/// </summary>
public sealed class PayoutPromiseTests
{
    private const int PromisedDays = 30;
    private static readonly DateOnly FirstDay = new(2027, 1, 1);

    public static TheoryData<string> DemoMarkets => ["VN", "PH", "TH"];

    [Theory]
    [MemberData(nameof(DemoMarkets))]
    public void Paid_twice_a_month_as_in_the_demo_every_earning_above_the_minimum_is_paid_on_its_promised_day_within_30_days_of_confirmation(string market)
    {
        var (longest, broken) = Simulate(PayoutSchedulesDemo.Calendar, Market.Get(market));
        broken.ShouldBeEmpty();
        longest.ShouldBeLessThanOrEqualTo(PromisedDays);
    }

    [Theory]
    [InlineData(DayOfWeek.Monday, 5)]
    [InlineData(DayOfWeek.Sunday, 14)]
    public void Paid_weekly_every_earning_above_the_minimum_is_paid_on_its_promised_day_within_30_days_of_confirmation(DayOfWeek cutOff, int payAfterDays)
    {
        var (longest, broken) = Simulate(PayoutCalendar.Weekly(cutOff, payAfterDays), Market.Philippines);
        broken.ShouldBeEmpty();
        longest.ShouldBeLessThanOrEqualTo(PromisedDays);
    }

    [Fact]
    public void Paid_monthly_an_earning_confirmed_just_after_the_cut_off_waits_far_longer_than_30_days()
    {
        var (longest, broken) = Simulate(PayoutCalendar.Default, Market.Philippines);
        broken.ShouldBeEmpty("monthly keeps its own pay dates");
        longest.ShouldBeGreaterThanOrEqualTo(52, "confirmed on the 2nd, paid on the 25th of the next month");
    }

    /// <summary>The longest wait from confirmation to payment in days, and every earning not paid on the day it was promised.</summary>
    private static (int Longest, List<string> Broken) Simulate(PayoutCalendar calendar, Market market)
    {
        var minimum = PayoutSchedule.DefaultMinimum(market);
        var earnings = new List<Earning>();
        for (var day = FirstDay; day < FirstDay.AddYears(1); day = day.AddDays(1))
        {
            var midnight = market.StartOf(day);
            foreach (var at in new[] { midnight, midnight.AddSeconds(1), midnight.AddHours(13.5), midnight.AddDays(1).AddSeconds(-1) })
            {
                earnings.Add(new Earning(at, calendar.CutOffAfter(at, market), calendar.PayDateFor(at, market), minimum + 1 + earnings.Count));
            }
        }

        var last = FirstDay.AddYears(1).AddDays(60);
        for (var payDate = calendar.NextPayDate(market.StartOf(FirstDay), market); payDate <= last; payDate = calendar.PayDateAfter(payDate))
        {
            var cutOff = calendar.CutOffFor(payDate, market);
            var batch = earnings.Where(e => e.PaidOn is null && e.CycleCloseAt <= cutOff).ToList();
            if (batch.Sum(e => e.Amount) >= minimum)
            {
                batch.ForEach(e => e.PaidOn = payDate);
            }
        }

        var broken = earnings.Where(e => e.PaidOn != e.Promised)
            .Select(e => $"confirmed {e.ConfirmedAt:u}: promised {e.Promised}, paid {e.PaidOn?.ToString() ?? "never"}").ToList();
        var longest = earnings.Max(e => (e.PaidOn ?? last).DayNumber - DateOnly.FromDateTime(market.ToLocal(e.ConfirmedAt).DateTime).DayNumber);
        return (longest, broken);
    }

    private sealed record Earning(DateTimeOffset ConfirmedAt, DateTimeOffset CycleCloseAt, DateOnly Promised, long Amount)
    {
        public DateOnly? PaidOn { get; set; }
    }
}
