using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Agency;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Commissions;

/// <summary>A market's payout schedule: its cycle (monthly, twice a month or weekly), the days that cycle uses, its minimum, and the calendar in plain words.</summary>
public sealed record PayoutScheduleView(
    string Market, string Currency, PayoutCycle Cycle, int CutOffDay, int PayDay, int SecondCutOffDay, int SecondPayDay,
    [property: JsonConverter(typeof(JsonStringEnumConverter<DayOfWeek>))] DayOfWeek CutOffWeekday, int PayAfterDays, long MinimumPayout, string Description,
    string SetBy, DateTimeOffset? SetAt, DateOnly NextPayDate)
{
    public static PayoutScheduleView Of(PayoutSchedule schedule, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var calendar = schedule.Calendar;
        return new(schedule.MarketCode, schedule.Market.Currency, calendar.Cycle, calendar.CutOffDay, calendar.PayDay, calendar.SecondCutOffDay, calendar.SecondPayDay,
            calendar.CutOffWeekday, calendar.PayAfterDays, schedule.MinimumPayout, calendar.Describe(), schedule.SetBy, schedule.SetAt,
            calendar.NextPayDate(now, schedule.Market));
    }
}

/// <summary>A change to a market's schedule: what is left out keeps its current value (the days of a cycle not in use are kept for when it is chosen again).</summary>
public sealed record PayoutScheduleChange(
    string? Market, int? CutOffDay, int? PayDay, long? MinimumPayout, PayoutCycle? Cycle = null, int? SecondCutOffDay = null, int? SecondPayDay = null,
    DayOfWeek? CutOffWeekday = null, int? PayAfterDays = null)
{
    public PayoutCalendar Apply(PayoutCalendar current)
    {
        ArgumentNullException.ThrowIfNull(current);
        return new(Cycle ?? current.Cycle, CutOffDay ?? current.CutOffDay, PayDay ?? current.PayDay, SecondCutOffDay ?? current.SecondCutOffDay,
            SecondPayDay ?? current.SecondPayDay, CutOffWeekday ?? current.CutOffWeekday, PayAfterDays ?? current.PayAfterDays);
    }
}

/// <summary>The markets' payout schedules: read from the database on each use (a change on one instance holds on all), Tapbridge's default where Finance set none.</summary>
public sealed class PayoutSchedules(IDbContextFactory<TapbridgeDbContext> contexts, AgencyDirectory agency, TimeProvider clock)
{
    public static async Task<PayoutSchedule> ForAsync(TapbridgeDbContext db, Market market, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(market);
        return await db.Set<PayoutSchedule>().AsNoTracking().SingleOrDefaultAsync(s => s.MarketCode == market.Code, cancellationToken) ?? PayoutSchedule.Default(market);
    }

    /// <summary>Every market's calendar, for jobs that move earnings of several markets.</summary>
    public static async Task<Func<string, PayoutCalendar>> CalendarsAsync(TapbridgeDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var set = await db.Set<PayoutSchedule>().AsNoTracking().ToDictionaryAsync(s => s.MarketCode, s => s.Calendar, cancellationToken);
        return market => set.GetValueOrDefault(market, PayoutCalendar.Default);
    }

    public async Task<IReadOnlyList<PayoutScheduleView>> ListAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var markets = (await agency.GetAsync(cancellationToken)).Markets;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var set = await db.Set<PayoutSchedule>().AsNoTracking().ToDictionaryAsync(s => s.MarketCode, cancellationToken);
        return [.. markets.Select(m => PayoutScheduleView.Of(set.GetValueOrDefault(m.Code) ?? PayoutSchedule.Default(m), now))];
    }

    public async Task<PayoutScheduleView> SetAsync(Actor actor, PayoutScheduleChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(change);
        var now = clock.GetUtcNow();
        var market = await agency.RequireMarketAsync(change.Market, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var schedule = await db.Set<PayoutSchedule>().SingleOrDefaultAsync(s => s.MarketCode == market.Code, cancellationToken);
        if (schedule is null)
        {
            schedule = PayoutSchedule.Default(market);
            db.Add(schedule);
        }

        schedule.Set(change.Apply(schedule.Calendar), change.MinimumPayout ?? schedule.MinimumPayout, actor.DisplayName, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DbConflicts.IsConflict(e))
        {
            throw RuleViolationException.Say<CommissionsRules>("Schedule.ChangedMeanwhile", null, market.Name);
        }

        return PayoutScheduleView.Of(schedule, now);
    }
}
