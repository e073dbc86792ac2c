using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Commissions.Reconciliation;
using Tapbridge.Modules.Orders;
using Tapbridge.Modules.Orders.Ingestion;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Markets;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Modules.Commissions;

/// <summary>Finance records what TikTok paid and sees it against the month's settled receivable, the difference, and what is still estimated.</summary>
public abstract class ReconciliationApiTests(TapbridgeApp fixture) : AppTests(fixture)
{
    private const string Payments = "/api/v1/agency/finance/tiktok-payments";

    [Fact]
    public async Task A_payment_is_matched_with_the_months_settled_receivable_and_recorded_once()
    {
        var orderedAt = DateTimeOffset.UtcNow.AddHours(-1);
        var month = Market.Philippines.ToLocal(orderedAt).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var today = DateOnly.FromDateTime(Market.Philippines.ToLocal(DateTimeOffset.UtcNow).DateTime);
        await using (var scope = App.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<OrderLineIngestor>().IngestAsync(
                [Line("5800000000000000101", orderedAt, completed: true), Line("5800000000000000102", orderedAt, completed: true), Line("5800000000000000103", orderedAt, completed: false)],
                LineSource.Api, "test", CancellationToken.None);
        }

        var finance = await App.SignInAsync(await App.CreateStaffAsync(Roles.Finance));
        var recorded = await finance.PostAsJsonAsync(Payments, new { market = "PH", month, amount = 13_500, reference = "TTS-STMT-0001", paidOn = today });
        recorded.StatusCode.ShouldBe(HttpStatusCode.OK, await recorded.Content.ReadAsStringAsync());
        (await finance.PostAsJsonAsync(Payments, new { market = "PH", month, amount = 13_500, reference = "TTS-STMT-0001", paidOn = today })).StatusCode
            .ShouldBe(HttpStatusCode.Conflict, "one reference is recorded once");
        await RefusedAsync(finance, new { market = "PH", month = "2026-13", amount = 100, reference = "X1", paidOn = today }, "month");
        await RefusedAsync(finance, new { market = "PH", month = today.AddMonths(1).ToString("yyyy-MM", CultureInfo.InvariantCulture), amount = 100, reference = "X2", paidOn = today }, "month");
        await RefusedAsync(finance, new { market = "PH", month, amount = 0, reference = "X3", paidOn = today }, "amount");
        await RefusedAsync(finance, new { market = "PH", month, amount = 100, reference = "X4", paidOn = today.AddDays(1) }, "paidOn");

        var period = (await finance.GetFromJsonAsync<List<ReconciliationPeriod>>("/api/v1/agency/finance/reconciliation?market=PH"))!.Single(p => p.Month == month);
        (period.ExpectedSettled, period.StillEstimated, period.Received, period.Difference).ShouldBe((14_000, 7_000, 13_500, -500), "the partner commission of two settled lines, TAP less the creator's, and one still estimated");
        period.Payments.Single().Reference.ShouldBe("TTS-STMT-0001");

        var (creator, _, _) = await App.SignUpCreatorAsync("PH");
        (await creator.GetAsync("/api/v1/agency/finance/reconciliation")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static OrderLineSnapshot Line(string orderId, DateTimeOffset ordered, bool completed) => new()
    {
        MarketCode = "PH", Currency = "PHP", OrderId = orderId, SkuId = "1729000000000000001", ProductId = "1729000000000000900", ProductName = "Reconciled serum",
        CreatorUsername = "nobody_known", Price = 50_000, Quantity = 1, TapRate = 2000, CreatorRate = 3000,
        Status = completed ? TikTokLineStatus.Completed : TikTokLineStatus.Processing, OrderedAt = ordered, DeliveredAt = completed ? ordered.AddMinutes(30) : null,
        Estimated = new ReportedAmounts(50_000, 10_000, 3_000, 0, 0), Actual = completed ? new ReportedAmounts(50_000, 10_000, 3_000, 0, 0) : ReportedAmounts.Zero,
    };

    private static async Task RefusedAsync(HttpClient finance, object body, string field)
    {
        var response = await finance.PostAsJsonAsync(Payments, body);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, text);
        text.ShouldContain($"\"{field}\"");
    }
}

public sealed class ReconciliationApiTestsOnSqlite(SqliteApp app) : ReconciliationApiTests(app), IClassFixture<SqliteApp>;

public sealed class ReconciliationApiTestsOnPostgres(PostgresApp app) : ReconciliationApiTests(app), IClassFixture<PostgresApp>;
