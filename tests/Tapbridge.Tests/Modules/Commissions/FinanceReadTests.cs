using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Commissions.Finance;
using Tapbridge.Modules.Commissions.Reconciliation;
using Tapbridge.Modules.Orders;
using Tapbridge.Modules.Orders.Ingestion;
using Tapbridge.Platform.Auth;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Modules.Commissions;

/// <summary>Finance's periods and TikTok reconciliation are summed by the database per market and month of order, in the market's time.</summary>
public abstract class FinanceReadTests(TapbridgeApp fixture) : AppTests(fixture)
{
    private static readonly DateTimeOffset JuneFirstInManila = new(2026, 5, 31, 16, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Periods_and_reconciliation_sum_each_month_of_the_market()
    {
        var (_, _, handle) = await App.SignUpCreatorAsync("PH", 30_000);
        await App.ApproveCreatorAsync(handle);
        var may = Line(handle, JuneFirstInManila.AddMinutes(-1), new ReportedAmounts(50_000, 10_000, 2_500, 0, 0), TikTokLineStatus.Completed);
        var june = Line(handle, JuneFirstInManila, new ReportedAmounts(100_000, 20_000, 5_000, 0, 0), TikTokLineStatus.Processing);
        var cancelled = Line(handle, new DateTimeOffset(2026, 6, 20, 2, 0, 0, TimeSpan.Zero), new ReportedAmounts(30_000, 6_000, 1_500, 0, 0), TikTokLineStatus.Cancelled);
        var unmatched = Line("nobody_known", new DateTimeOffset(2026, 6, 21, 2, 0, 0, TimeSpan.Zero), new ReportedAmounts(10_000, 2_000, 500, 0, 0), TikTokLineStatus.Processing);
        await using (var scope = App.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<OrderLineIngestor>().IngestAsync([may, june, cancelled, unmatched], LineSource.Api, "test", CancellationToken.None);
        }

        var finance = await App.SignInAsync(await App.CreateStaffAsync(Roles.Finance));
        var view = (await finance.GetFromJsonAsync<FinanceView>("/api/v1/agency/finance?market=PH"))!;
        view.Periods.ShouldBe(
        [
            new FinancePeriod("PH", "PHP", "2026-06", 3, 100_000 + 10_000, 15_000 + 0 + 1_500, 0, 1_500, 0, 0, 5_000 + 500, 0, 1, 0),
            new FinancePeriod("PH", "PHP", "2026-05", 1, 50_000, 0, 7_500, 750, 0, 0, 2_500, 0, 0, 0),
        ], "the line at 16:00 UTC on 31 May is June in Manila; a cancelled line has no GMV; shares are a Newbie's 10 %");
        view.Owed.Single().ShouldBe(new OwedToCreators("PHP", 750 + 1_500, 0, 0, 1));
        (await finance.GetFromJsonAsync<FinanceView>("/api/v1/agency/finance?market=VN"))!.Periods.ShouldBeEmpty();

        var periods = (await finance.GetFromJsonAsync<List<ReconciliationPeriod>>("/api/v1/agency/finance/reconciliation"))!;
        periods.Select(p => (p.Market, p.Month, p.ExpectedSettled, p.StillEstimated, p.Received, p.Difference))
            .ShouldBe([("PH", "2026-06", 0, 15_000 + 1_500, 0, 0), ("PH", "2026-05", 7_500, 0, 0, -7_500)]);
        var month = (await finance.GetFromJsonAsync<StatementMonth>("/api/v1/agency/finance/reconciliation/PH/2026-05"))!;
        (month.Expected, month.Paid, month.PaidAsExpected, month.NotPaid, month.NotInTapbridge).ShouldBe((7_500, 0, 0, 1, 0));
        month.Differences.Single().ShouldSatisfyAllConditions(d => d.OrderId.ShouldBe(may.OrderId), d => d.Match.ShouldBe(StatementMatch.NotPaid), d => d.Difference.ShouldBe(-7_500));
    }

    private static OrderLineSnapshot Line(string handle, DateTimeOffset ordered, ReportedAmounts amounts, TikTokLineStatus status) => new()
    {
        MarketCode = "PH", Currency = "PHP", OrderId = $"54{Random.Shared.NextInt64(1_000_000_000_000_000, 9_999_999_999_999_999)}", SkuId = "1729000000000000001",
        ProductId = "1729000000000000900", ProductName = "Finance serum", CreatorUsername = handle, Price = amounts.Base, Quantity = 1, TapRate = 2000, CreatorRate = 2500,
        Status = status, OrderedAt = ordered, Estimated = amounts, Actual = status == TikTokLineStatus.Completed ? amounts : ReportedAmounts.Zero,
    };
}

public sealed class FinanceReadTestsOnSqlite(SqliteApp app) : FinanceReadTests(app), IClassFixture<SqliteApp>;

public sealed class FinanceReadTestsOnPostgres(PostgresApp app) : FinanceReadTests(app), IClassFixture<PostgresApp>;
