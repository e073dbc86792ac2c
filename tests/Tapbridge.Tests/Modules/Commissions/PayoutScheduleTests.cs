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
        Should.Throw<RuleViolationException>(() => schedule.Set(cutOff, payDay, minimum, "Finance", Now)).Field.ShouldBe(field);
        (schedule.CutOffDay, schedule.PayDay).ShouldBe((1, 25), "nothing changed");
    }

    [Fact]
    public void A_balance_below_the_minimum_rolls_over_and_a_negative_one_waits_and_both_say_why()
    {
        var schedule = PayoutSchedule.Default(Market.Philippines);
        schedule.Set(5, 28, 100_000, "Finance", Now);
        schedule.NotPaid(99_999).ShouldNotBeNull().ShouldContain("Below the PHP 1,000.00 minimum payout: it rolls over");
        schedule.NotPaid(100_000).ShouldBeNull();
        schedule.NotPaid(0).ShouldBeNull();
        schedule.NotPaid(-2_500).ShouldNotBeNull().ShouldContain("exceeds what is due by PHP 25.00");
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
