using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Commissions;
using Tapbridge.Modules.Commissions.Earnings;
using Tapbridge.Modules.Commissions.Finance;
using Tapbridge.Modules.Commissions.Totals;
using Tapbridge.Modules.Creators;
using Tapbridge.Modules.Orders;
using Tapbridge.Modules.Orders.Ingestion;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Markets;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Modules.Commissions;

/// <summary>
/// The totals that the Earnings summary, Finance and reconciliation read instead of the lines (ADR 23): a line counts
/// in the month it was ordered in its market's time, to the millisecond (a US month starts at 07:00 or 08:00 UTC with
/// daylight saving), moves when the line changes, and the ledger check fails when a total is not its lines' sum.
/// </summary>
public abstract class MonthTotalsTests(TapbridgeApp fixture) : AppTests(fixture)
{
    [Fact]
    public async Task A_line_counts_in_the_month_it_was_ordered_in_its_markets_time()
    {
        var handle = $"totals_{Guid.NewGuid():N}"[..24];
        var creator = await CreatorAsync(handle);
        var prefix = $"57{Random.Shared.NextInt64(10_000_000_000, 99_999_999_999)}";
        await IngestAsync(
            Line("PH", $"{prefix}01", handle, At("2026-10-31T15:59:59.999Z"), TikTokLineStatus.Processing),
            Line("PH", $"{prefix}02", handle, At("2026-10-31T16:00:00Z"), TikTokLineStatus.Processing));
        await IngestAsync(
            Line("US", $"{prefix}03", "nobody_in_us", At("2026-11-01T06:59:59.999Z"), TikTokLineStatus.Processing),
            Line("US", $"{prefix}04", "nobody_in_us", At("2026-11-01T07:00:00Z"), TikTokLineStatus.Processing),
            Line("US", $"{prefix}05", "nobody_in_us", At("2026-03-01T07:59:59.999Z"), TikTokLineStatus.Processing),
            Line("US", $"{prefix}06", "nobody_in_us", At("2026-03-01T08:00:00Z"), TikTokLineStatus.Processing));

        await using var scope = App.Scope();
        var staff = new Actor(Guid.NewGuid(), Guid.Empty, OrganizationKind.Agency, "Finance", new HashSet<string> { Roles.Finance });
        var summary = await scope.ServiceProvider.GetRequiredService<CreatorEarnings>().SummaryAsync(staff, creator, CancellationToken.None);
        summary.ByMonth.Select(m => (m.Month, m.Lines)).ShouldBe([("2026-11", 1), ("2026-10", 1)], "23:59:59.999 on 31 October in Manila is October; midnight is November");
        summary.ByStage.Single(s => s.Stage == EarningStage.Pending).Lines.ShouldBe(2);

        var us = (await scope.ServiceProvider.GetRequiredService<FinanceOverview>().GetAsync("US", CancellationToken.None)).Periods.ToDictionary(p => p.Month, p => p.Lines);
        us.GetValueOrDefault("2026-10").ShouldBeGreaterThanOrEqualTo(1);
        var before = await MarketMonthsAsync("US");
        await IngestAsync(Line("US", $"{prefix}07", "nobody_in_us", At("2026-11-01T06:59:59.999Z"), TikTokLineStatus.Processing));
        var after = await MarketMonthsAsync("US");
        after[202610].ShouldBe(before[202610] + 1, "00:00 on 1 November is still daylight time in Los Angeles: 23:59:59.999 on 31 October is 06:59:59.999 UTC");
        after[202611].ShouldBe(before[202611]);
        before[202602].ShouldBeGreaterThanOrEqualTo(1, "1 March starts at 08:00 UTC, in standard time");
        before[202603].ShouldBeGreaterThanOrEqualTo(1);
        (await CheckAsync()).Problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_line_that_changes_moves_its_totals_and_the_summary_and_finance_agree_with_the_lines()
    {
        var handle = $"totals_{Guid.NewGuid():N}"[..24];
        var creator = await CreatorAsync(handle);
        var order = $"56{Random.Shared.NextInt64(10_000_000_000, 99_999_999_999)}";
        var ordered = DateTimeOffset.UtcNow.AddDays(-5);
        await IngestAsync(Line("PH", order, handle, ordered, TikTokLineStatus.Processing));
        var month = MonthKeys.Of(DateOnly.FromDateTime(Market.Philippines.ToLocal(ordered).DateTime));
        var before = await MarketMonthAsync(month);

        await IngestAsync(Line("PH", order, handle, ordered, TikTokLineStatus.Completed));
        var after = await MarketMonthAsync(month);
        (after.Settled - before.Settled).ShouldBeGreaterThan(0);
        (after.Settled - before.Settled).ShouldBe(before.Estimated - after.Estimated, "the completed line's receivable moved from estimated to settled");
        after.Pending.ShouldBe(before.Pending, "its share is still pending, within the hold");

        var cancelled = $"{order[..^1]}{(order[^1] == '9' ? '8' : '9')}";
        await IngestAsync(Line("PH", cancelled, handle, ordered, TikTokLineStatus.Processing));
        await IngestAsync(Line("PH", cancelled, handle, ordered, TikTokLineStatus.Cancelled));
        await using var scope = App.Scope();
        var staff = new Actor(Guid.NewGuid(), Guid.Empty, OrganizationKind.Agency, "Finance", new HashSet<string> { Roles.Finance });
        var summary = await scope.ServiceProvider.GetRequiredService<CreatorEarnings>().SummaryAsync(staff, creator, CancellationToken.None);
        summary.ByStage.Single(s => s.Stage == EarningStage.Void).Lines.ShouldBe(1);
        summary.ByStage.Single(s => s.Stage == EarningStage.Pending).Lines.ShouldBe(1, "the completed line, within the hold");
        (await scope.ServiceProvider.GetRequiredService<CreatorEarnings>().LinesAsync(staff, creator, EarningStage.Void, null, 1, 10, CancellationToken.None)).Total.ShouldBe(1);
        (await CheckAsync()).Problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_ledger_check_fails_when_a_total_is_not_the_sum_of_its_lines_and_a_rebuild_repairs_it()
    {
        var handle = $"totals_{Guid.NewGuid():N}"[..24];
        var creator = await CreatorAsync(handle);
        await IngestAsync(Line("PH", $"55{Random.Shared.NextInt64(10_000_000_000, 99_999_999_999)}", handle, DateTimeOffset.UtcNow.AddDays(-3), TikTokLineStatus.Processing));
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
        (await db.Database.ExecuteSqlAsync($"UPDATE creator_month_totals SET \"Share\" = \"Share\" + 1 WHERE \"CreatorId\" = {creator}")).ShouldBe(1);

        var broken = await CheckAsync();
        broken.Balanced.ShouldBeFalse();
        broken.Problems.ShouldContain(p => p.Contains("creator_month_totals", StringComparison.Ordinal));

        await scope.ServiceProvider.GetRequiredService<TotalsRebuild>().RunAsync(CancellationToken.None);
        (await CheckAsync()).Problems.ShouldBeEmpty();
    }

    private async Task<Guid> CreatorAsync(string handle)
    {
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
        var now = DateTimeOffset.UtcNow;
        var creator = Creator.Create(handle, Market.Philippines, "Totals test", 12_000, now);
        creator.AuthorizedOnTikTok(handle, now);
        creator.Approve(1_000, "test", now);
        db.Add(creator);
        await db.SaveChangesAsync();
        return creator.Id;
    }

    private async Task IngestAsync(params OrderLineSnapshot[] lines)
    {
        await using var scope = App.Scope();
        await scope.ServiceProvider.GetRequiredService<OrderLineIngestor>().IngestAsync(new[] { ((IReadOnlyList<OrderLineSnapshot>)lines, 0) }.ToAsyncEnumerable(),
            LineSource.Api, "totals test", (_, _) => Task.CompletedTask, CancellationToken.None);
    }

    private async Task<Dictionary<int, int>> MarketMonthsAsync(string market)
    {
        await using var scope = App.Scope();
        return await scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>().Set<MarketMonthTotal>().AsNoTracking().Where(t => t.MarketCode == market)
            .ToDictionaryAsync(t => t.Month, t => t.Lines);
    }

    private async Task<(long Pending, long Estimated, long Settled)> MarketMonthAsync(int month)
    {
        await using var scope = App.Scope();
        var total = await scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>().Set<MarketMonthTotal>().AsNoTracking().SingleAsync(t => t.MarketCode == "PH" && t.Month == month);
        return (total.Pending, total.ReceivableEstimated, total.ReceivableActual);
    }

    private async Task<LedgerCheckReport> CheckAsync()
    {
        await using var scope = App.Scope();
        return await scope.ServiceProvider.GetRequiredService<LedgerCheck>().RunAsync(CancellationToken.None);
    }

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

    private static OrderLineSnapshot Line(string market, string orderId, string creator, DateTimeOffset ordered, TikTokLineStatus status)
    {
        var amounts = new ReportedAmounts(50_000, 10_000, 5_000, 0, 0);
        return new()
        {
            MarketCode = market, Currency = Market.Get(market).Currency, OrderId = orderId, SkuId = "1729000000000000001", ProductId = "1", CreatorUsername = creator,
            Price = 50_000, Quantity = 1, TapRate = 2000, CreatorRate = 5000, Status = status, OrderedAt = ordered,
            DeliveredAt = status == TikTokLineStatus.Completed ? ordered.AddDays(3) : null, Estimated = amounts,
            Actual = status == TikTokLineStatus.Completed ? amounts : ReportedAmounts.Zero,
        };
    }
}

public sealed class MonthTotalsTestsOnSqlite(SqliteApp app) : MonthTotalsTests(app), IClassFixture<SqliteApp>;

public sealed class MonthTotalsTestsOnPostgres(PostgresApp app) : MonthTotalsTests(app), IClassFixture<PostgresApp>;
