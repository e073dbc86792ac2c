using System.Net;
using System.Net.Http.Json;
using Tapbridge.Modules.Commissions;
using Tapbridge.Modules.Commissions.Earnings;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Markets;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Modules.Commissions;

/// <summary>A market's payout schedule: its rules, and Finance setting it over the API with the creator's next payout following it.</summary>
public sealed class PayoutScheduleRulesTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 3, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_default_pays_on_the_25th_what_the_1st_closed_with_a_minimum_in_each_currency()
    {
        var ph = PayoutSchedule.Default(Market.Philippines);
        (ph.CutOffDay, ph.PayDay, ph.MinimumPayout).ShouldBe((1, 25, 50_000));
        PayoutSchedule.Default(Market.Vietnam).MinimumPayout.ShouldBe(200_000, "VND has no minor units");
    }

    [Theory]
    [InlineData(0, 25, 0, "cutOffDay")]
    [InlineData(29, 30, 0, "cutOffDay")]
    [InlineData(1, 29, 0, "payDay")]
    [InlineData(10, 10, 0, "payDay")]
    [InlineData(10, 5, 0, "payDay")]
    [InlineData(1, 25, -1, "minimumPayout")]
    public void A_schedule_outside_the_calendar_is_refused_naming_the_field(int cutOff, int payDay, long minimum, string field)
    {
        var schedule = PayoutSchedule.Default(Market.Thailand);
        Should.Throw<RuleViolationException>(() => schedule.Set(PayoutCalendar.Monthly(cutOff, payDay), minimum, "Finance", Now)).Field.ShouldBe(field);
        (schedule.CutOffDay, schedule.PayDay).ShouldBe((1, 25), "nothing changed");
    }

    [Theory]
    [InlineData(10, 20, 5, 25, "secondCutOffDay")]
    [InlineData(1, 10, 16, 10, "secondPayDay")]
    [InlineData(1, 20, 16, 18, "secondPayDay")]
    [InlineData(1, 10, 16, 16, "secondPayDay")]
    [InlineData(1, 10, 29, 30, "secondCutOffDay")]
    [InlineData(10, 5, 16, 25, "payDay")]
    [InlineData(0, 10, 16, 25, "cutOffDay")]
    public void A_twice_monthly_schedule_whose_cycles_overlap_or_leave_the_month_is_refused_naming_the_field(int cutOff, int payDay, int secondCutOff, int secondPayDay, string field)
    {
        var schedule = PayoutSchedule.Default(Market.Philippines);
        Should.Throw<RuleViolationException>(() => schedule.Set(PayoutCalendar.TwiceMonthly(cutOff, payDay, secondCutOff, secondPayDay), 0, "Finance", Now)).Field.ShouldBe(field);
        schedule.Cycle.ShouldBe(PayoutCycle.Monthly, "nothing changed");
    }

    [Theory]
    [InlineData(DayOfWeek.Monday, 0, "payAfterDays")]
    [InlineData(DayOfWeek.Monday, 15, "payAfterDays")]
    [InlineData((DayOfWeek)7, 5, "cutOffWeekday")]
    public void A_weekly_schedule_paid_the_same_day_or_more_than_two_weeks_later_is_refused_naming_the_field(DayOfWeek weekday, int payAfterDays, string field)
    {
        var schedule = PayoutSchedule.Default(Market.Thailand);
        Should.Throw<RuleViolationException>(() => schedule.Set(PayoutCalendar.Weekly(weekday, payAfterDays), 0, "Finance", Now)).Field.ShouldBe(field);
        schedule.Cycle.ShouldBe(PayoutCycle.Monthly, "nothing changed");
    }

    [Fact]
    public void Twice_a_month_the_cycles_close_on_the_1st_and_the_16th_and_pay_on_the_10th_and_the_25th_in_the_market_s_time()
    {
        var ph = Market.Philippines;
        var calendar = PayoutCalendar.TwiceMonthly(1, 10, 16, 25);
        var manila = TimeSpan.FromHours(8);
        calendar.PayDateFor(new DateTimeOffset(2027, 3, 2, 9, 0, 0, manila), ph).ShouldBe(new DateOnly(2027, 3, 25));
        calendar.PayDateFor(new DateTimeOffset(2027, 3, 16, 0, 0, 0, manila), ph).ShouldBe(new DateOnly(2027, 3, 25), "confirmed at the very cut-off: still in it");
        calendar.PayDateFor(new DateTimeOffset(2027, 3, 16, 0, 0, 1, manila), ph).ShouldBe(new DateOnly(2027, 4, 10));
        calendar.PayDateFor(new DateTimeOffset(2027, 12, 20, 9, 0, 0, manila), ph).ShouldBe(new DateOnly(2028, 1, 10), "over the year's end");
        calendar.CutOffAfter(new DateTimeOffset(2027, 3, 2, 9, 0, 0, manila), ph).ShouldBe(new DateTimeOffset(2027, 3, 16, 0, 0, 0, manila));
        calendar.NextPayDate(new DateTimeOffset(2027, 3, 11, 9, 0, 0, manila), ph).ShouldBe(new DateOnly(2027, 3, 25));
        calendar.NextPayDate(new DateTimeOffset(2027, 3, 25, 23, 0, 0, manila), ph).ShouldBe(new DateOnly(2027, 3, 25), "pay day itself");
        calendar.LastPayDate(new DateTimeOffset(2027, 3, 25, 9, 0, 0, manila), ph).ShouldBe(new DateOnly(2027, 3, 10));
        calendar.PayDateAfter(new DateOnly(2027, 3, 25)).ShouldBe(new DateOnly(2027, 4, 10));
        calendar.CutOffFor(new DateOnly(2027, 3, 25), ph).ShouldBe(new DateTimeOffset(2027, 3, 16, 0, 0, 0, manila));
        calendar.CutOffFor(new DateOnly(2027, 3, 10), ph).ShouldBe(new DateTimeOffset(2027, 3, 1, 0, 0, 0, manila));
        calendar.Describe().ShouldBe("Twice a month: cycles close on the 1st and the 16th, and are paid on the 10th and the 25th");
    }

    [Fact]
    public void Weekly_the_cycle_closes_on_its_weekday_and_pays_a_fixed_number_of_days_later()
    {
        var th = Market.Thailand;
        var bangkok = TimeSpan.FromHours(7);
        var calendar = PayoutCalendar.Weekly(DayOfWeek.Monday, 4);
        // 3 March 2027 is a Wednesday: the cycle closes on Monday 8 March and pays on Friday 12 March.
        calendar.PayDateFor(new DateTimeOffset(2027, 3, 3, 12, 0, 0, bangkok), th).ShouldBe(new DateOnly(2027, 3, 12));
        calendar.PayDateFor(new DateTimeOffset(2027, 3, 8, 0, 0, 1, bangkok), th).ShouldBe(new DateOnly(2027, 3, 19));
        calendar.CutOffFor(new DateOnly(2027, 3, 19), th).ShouldBe(new DateTimeOffset(2027, 3, 15, 0, 0, 0, bangkok));
        calendar.NextPayDate(new DateTimeOffset(2027, 3, 13, 12, 0, 0, bangkok), th).ShouldBe(new DateOnly(2027, 3, 19));
        calendar.Describe().ShouldBe("Weekly: the cycle closes every Monday and is paid 4 days later");
    }

    [Fact]
    public void A_balance_below_the_minimum_rolls_over_and_a_negative_one_waits_and_both_say_why()
    {
        var schedule = PayoutSchedule.Default(Market.Philippines);
        schedule.Set(PayoutCalendar.Monthly(5, 28), 100_000, "Finance", Now);
        schedule.NotPaid(99_999).ShouldNotBeNull().ShouldContain("Below the ₱1,000.00 minimum payout: it rolls over");
        schedule.NotPaid(100_000).ShouldBeNull();
        schedule.NotPaid(0).ShouldBeNull();
        schedule.NotPaid(-2_500).ShouldNotBeNull().ShouldContain("exceeds what is due by ₱25.00");
        schedule.Calendar.PayDateFor(Now, Market.Philippines).ShouldBe(new DateOnly(2027, 3, 28));
        schedule.Calendar.PayDateFor(Now.AddDays(3), Market.Philippines).ShouldBe(new DateOnly(2027, 4, 28), "confirmed after the 5th: next month's cycle");
    }
}

public abstract class PayoutScheduleApiTests<TApp>(TApp fixture) : AppTests(fixture) where TApp : TapbridgeApp, IClockedApp
{
    private const string Schedules = "/api/v1/agency/finance/payout-schedules";

    [Fact]
    public async Task Finance_sets_a_markets_schedule_and_the_creators_next_payout_follows_it_rolling_over_below_the_minimum()
    {
        ((IClockedApp)App).Time.Now = new DateTimeOffset(2027, 3, 3, 2, 0, 0, TimeSpan.Zero);
        var finance = await App.SignInAsync(await App.CreateStaffAsync(Roles.Finance));
        var defaults = (await finance.GetFromJsonAsync<List<PayoutScheduleView>>(Schedules))!;
        defaults.Single(s => s.Market == "PH").ShouldSatisfyAllConditions(s => s.PayDay.ShouldBe(25), s => s.MinimumPayout.ShouldBe(50_000), s => s.SetBy.ShouldBe("Tapbridge's default"));

        await RefusedAsync(finance, new { market = "PH", cutOffDay = 5, payDay = 3 }, "payDay");
        await RefusedAsync(finance, new { market = "XX", payDay = 20 }, "market");
        var set = await finance.PutAsJsonAsync(Schedules, new { market = "PH", cutOffDay = 5, payDay = 28, minimumPayout = 100_000 });
        set.StatusCode.ShouldBe(HttpStatusCode.OK, await set.Content.ReadAsStringAsync());
        (await set.Content.ReadFromJsonAsync<PayoutScheduleView>())!.ShouldSatisfyAllConditions(
            s => s.NextPayDate.ShouldBe(new DateOnly(2027, 3, 28)), s => s.SetBy.ShouldBe("Staff Finance"), s => s.MinimumPayout.ShouldBe(100_000));

        var (creator, handle) = await CreatorAsync();
        var creatorId = await App.ApproveCreatorAsync(handle);
        (await creator.PutAsJsonAsync(Schedules, new { market = "PH", payDay = 20 })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await AdjustAsync(finance, creatorId, 60_000);
        var below = (await creator.GetFromJsonAsync<EarningsSummary>("/api/v1/creator/earnings"))!;
        (below.NextPayDate, below.NextPayDue, below.NextPayAmount).ShouldBe((new DateOnly(2027, 3, 28), 60_000, 0));
        below.NextPayNote.ShouldNotBeNull().ShouldContain("rolls over to the next payout");
        (below.Schedule.CutOffDay, below.Schedule.PayDay, below.Schedule.MinimumPayout).ShouldBe((5, 28, 100_000));

        await AdjustAsync(finance, creatorId, 45_000);
        var paid = (await creator.GetFromJsonAsync<EarningsSummary>("/api/v1/creator/earnings"))!;
        (paid.NextPayDue, paid.NextPayAmount, paid.NextPayNote).ShouldBe((105_000, 105_000, null));

        await AdjustAsync(finance, creatorId, -130_000);
        var negative = (await creator.GetFromJsonAsync<EarningsSummary>("/api/v1/creator/earnings"))!;
        (negative.NextPayDue, negative.NextPayAmount).ShouldBe((-25_000, 0));
        negative.NextPayNote.ShouldNotBeNull().ShouldContain("nothing is paid until your balance is positive");
    }

    private async Task<(HttpClient Client, string Handle)> CreatorAsync()
    {
        var (client, _, handle) = await App.SignUpCreatorAsync("PH", 30_000);
        return (client, handle);
    }

    private static async Task AdjustAsync(HttpClient finance, Guid creatorId, long amount)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/agency/finance/adjustments")
        {
            Content = JsonContent.Create(new { creatorId, market = "PH", amount, reason = "A schedule test of the minimum payout." }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        var response = await finance.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private static async Task RefusedAsync(HttpClient finance, object body, string field)
    {
        var response = await finance.PutAsJsonAsync(Schedules, body);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, text);
        text.ShouldContain($"\"{field}\"");
    }
}

public sealed class PayoutScheduleApiTestsOnSqlite(ClockedApp app) : PayoutScheduleApiTests<ClockedApp>(app), IClassFixture<ClockedApp>;

public sealed class PayoutScheduleApiTestsOnPostgres(ClockedPostgresApp app) : PayoutScheduleApiTests<ClockedPostgresApp>(app), IClassFixture<ClockedPostgresApp>;
