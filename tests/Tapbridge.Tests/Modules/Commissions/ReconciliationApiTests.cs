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

    [Fact]
    public async Task A_payment_entered_by_mistake_is_withdrawn_with_a_reason_stays_on_record_and_frees_its_reference()
    {
        var today = DateOnly.FromDateTime(Market.Philippines.ToLocal(DateTimeOffset.UtcNow).DateTime);
        var month = today.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var finance = await App.SignInAsync(await App.CreateStaffAsync(Roles.Finance));
        var wrong = (await (await finance.PostAsJsonAsync(Payments, new { market = "PH", month, amount = 9_999_900, reference = "TTS-TYPO-1", paidOn = today }))
            .Content.ReadFromJsonAsync<TikTokPaymentView>())!;

        (await finance.PostAsJsonAsync($"{Payments}/{wrong.Id}/withdrawal", new { reason = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var withdrawn = await finance.PostAsJsonAsync($"{Payments}/{wrong.Id}/withdrawal", new { reason = "Typed two zeros too many" });
        var again = await finance.PostAsJsonAsync($"{Payments}/{wrong.Id}/withdrawal", new { reason = "twice" });
        var corrected = await finance.PostAsJsonAsync(Payments, new { market = "PH", month, amount = 99_999, reference = "TTS-TYPO-1", paidOn = today });

        withdrawn.StatusCode.ShouldBe(HttpStatusCode.OK, await withdrawn.Content.ReadAsStringAsync());
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        corrected.StatusCode.ShouldBe(HttpStatusCode.OK, await corrected.Content.ReadAsStringAsync());
        (await finance.PostAsJsonAsync($"{Payments}/{Guid.NewGuid()}/withdrawal", new { reason = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var period = (await finance.GetFromJsonAsync<List<ReconciliationPeriod>>("/api/v1/agency/finance/reconciliation?market=PH"))!.Single(p => p.Month == month);
        period.Received.ShouldBe(99_999, "the withdrawn payment no longer counts");
        var onRecord = period.Payments.Single(p => p.Id == wrong.Id);
        (onRecord.Amount, onRecord.WithdrawalReason, onRecord.WithdrawnAt is not null).ShouldBe((9_999_900L, "Typed two zeros too many", true));
        onRecord.WithdrawnBy.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task TikTok_s_statement_is_imported_once_and_matched_line_by_line()
    {
        var orderedAt = DateTimeOffset.UtcNow.AddDays(-62);
        var month = Market.Philippines.ToLocal(orderedAt).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        await using (var scope = App.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<OrderLineIngestor>().IngestAsync(
                [Line("5800000000000000201", orderedAt, completed: true), Line("5800000000000000202", orderedAt, completed: true), Line("5800000000000000203", orderedAt, completed: true),
                    Line("5800000000000000204", orderedAt, completed: false)],
                LineSource.Api, "test", CancellationToken.None);
        }

        var finance = await App.SignInAsync(await App.CreateStaffAsync(Roles.Finance));
        var api = App.WithToken(await finance.IssueTokenAsync());
        var created = Market.Philippines.ToLocal(orderedAt).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var paid = Market.Philippines.ToLocal(orderedAt.AddDays(10)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        const string Header = "Order ID,SKU ID,Creator username,Time created,Time commission paid,Actual partner commission,Currency\n";
        string Row(string order, string amount, string? paidAt = null) => $"{order},1729000000000000001,nobody_known,{created},{paidAt ?? paid},{amount},PHP\n";
        var statement = Header + Row("5800000000000000201", "70.00") + Row("5800000000000000202", "65.00") + Row("5800000000000000204", "0", "--") + Row("5799000000000000299", "12.50");

        var first = await ReadAsync<StatementImportReport>(await ImportAsync(api, statement));
        (first.Rows, first.Added, first.Unchanged, first.NotPaidYet, first.Total).ShouldBe((3, 3, 0, 1, 7_000 + 6_500 + 1_250));
        var again = await ReadAsync<StatementImportReport>(await ImportAsync(api, statement));
        (again.Added, again.Updated, again.Unchanged).ShouldBe((0, 0, 3), "the same statement twice records nothing again");
        var month1 = (await finance.GetFromJsonAsync<StatementMonth>($"/api/v1/agency/finance/reconciliation/PH/{month}"))!;
        (month1.PaidAsExpected, month1.PaidDifferently, month1.NotPaid, month1.NotInTapbridge).ShouldBe((1, 1, 1, 1));
        month1.Differences.Single(d => d.OrderId == "5800000000000000202").ShouldSatisfyAllConditions(d => d.Match.ShouldBe(StatementMatch.PaidDifferently), d => d.Difference.ShouldBe(-500));
        month1.Differences.Single(d => d.OrderId == "5800000000000000203").ShouldSatisfyAllConditions(d => d.Match.ShouldBe(StatementMatch.NotPaid), d => d.Expected.ShouldBe(7_000));
        month1.Differences.Single(d => d.OrderId == "5799000000000000299").Match.ShouldBe(StatementMatch.NotInTapbridge);

        var corrected = await ReadAsync<StatementImportReport>(await ImportAsync(api, Header + Row("5800000000000000202", "70.00") + Row("5800000000000000203", "70.00")));
        (corrected.Added, corrected.Updated).ShouldBe((1, 1), "a later statement replaces a line's figures");
        var period = (await finance.GetFromJsonAsync<List<ReconciliationPeriod>>("/api/v1/agency/finance/reconciliation?market=PH"))!.Single(p => p.Month == month);
        (period.ExpectedSettled, period.FromStatement, period.Received, period.Difference).ShouldBe((21_000, 22_250, 22_250, 1_250));
        (period.StatementLines, period.LinesPaidDifferently, period.LinesNotPaid, period.LinesNotInTapbridge).ShouldBe((4, 0, 0, 1));

        var bad = await ImportAsync(api, Header + Row("5.80E+18", "70.00") + Row("5800000000000000201", "70.00").Replace("PHP", "VND", StringComparison.Ordinal) + Row("5800000000000000202", "abc"));
        var badText = await bad.Content.ReadAsStringAsync();
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest, badText);
        badText.ShouldSatisfyAllConditions(t => t.ShouldContain("Row 2"), t => t.ShouldContain("Row 3"), t => t.ShouldContain("Row 4"), t => t.ShouldContain("Nothing was imported"));
        var missing = await ImportAsync(api, "Order ID,SKU ID,Actual partner commission\n5800000000000000201,1729000000000000001,70.00\n");
        (await missing.Content.ReadAsStringAsync()).ShouldSatisfyAllConditions(t => t.ShouldContain("time commission paid"), t => t.ShouldContain("time created"));
        (await finance.PostAsync("/api/v1/agency/finance/tiktok-statements", new MultipartFormDataContent())).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "the browser's cookie cannot upload");
        (await finance.GetFromJsonAsync<StatementMonth>($"/api/v1/agency/finance/reconciliation/PH/{month}"))!.PaidAsExpected.ShouldBe(3, "a refused file changed nothing");
    }

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient api, string csv)
    {
        using var form = new MultipartFormDataContent { { new StringContent("PH"), "market" }, { new StringContent(csv), "file", "statement.csv" } };
        return await api.PostAsync("/api/v1/agency/finance/tiktok-statements", form);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        return System.Text.Json.JsonSerializer.Deserialize<T>(text, System.Text.Json.JsonSerializerOptions.Web)!;
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
