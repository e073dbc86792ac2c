using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Commissions;
using Tapbridge.Modules.Commissions.Adjustments;
using Tapbridge.Modules.Commissions.Earnings;
using Tapbridge.Modules.Commissions.Finance;
using Tapbridge.Modules.Creators;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Markets;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Modules.Commissions;

/// <summary>
/// Finance posts adjustments over the API, with idempotency keys; creators read theirs (and only theirs) as posted by
/// "the agency"; reversals undo them; the cycle's cut-off makes them payable, once, and the ledger check holds throughout.
/// </summary>
public abstract class AdjustmentApiTests<TApp>(TApp fixture) : AppTests(fixture) where TApp : TapbridgeApp, IClockedApp
{
    private const string Adjustments = "/api/v1/agency/finance/adjustments";

    [Fact]
    public async Task The_same_key_posts_once_and_the_creator_sees_it_in_every_total_posted_by_the_agency()
    {
        var finance = await FinanceAsync();
        var (creator, creatorId) = await CreatorAsync("PH");
        var (stranger, _) = await CreatorAsync("PH");
        var key = Guid.NewGuid().ToString("N");
        var body = new { creatorId, market = "PH", amount = 50_000, reason = "Bonus for the 12.12 live stream as agreed.", reference = "12.12 Mega Sale" };

        var owedBefore = await ConfirmedOwedAsync(finance);
        var thisMonth = Market.Philippines.ToLocal(((IClockedApp)App).Time.GetUtcNow()).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var monthBefore = await PeriodAdjustmentsAsync(finance, thisMonth);
        var first = await PostAsync(finance, body, key);
        first.StatusCode.ShouldBe(HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
        var posted = (await first.Content.ReadFromJsonAsync<AdjustmentView>())!;
        (posted.Amount, posted.Stage, posted.Currency, posted.PostedBy).ShouldBe((50_000, EarningStage.Confirmed, "PHP", "Staff Finance"));
        first.Headers.Location!.ToString().ShouldBe($"{Adjustments}/{posted.Id}");

        var again = await PostAsync(finance, body, key);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadFromJsonAsync<AdjustmentView>())!.Id.ShouldBe(posted.Id);
        var other = await PostAsync(finance, body with { amount = 60_000 }, key);
        other.StatusCode.ShouldBe(HttpStatusCode.Conflict, "the same key with another payload posts nothing");
        (await finance.GetFromJsonAsync<List<AdjustmentView>>($"{Adjustments}?creatorId={creatorId}"))!.Select(a => a.Id).ShouldBe([posted.Id]);
        (await ConfirmedOwedAsync(finance)).ShouldBe(owedBefore + 50_000, "finance's owed-to-creators counts adjustments");
        (await PeriodAdjustmentsAsync(finance, thisMonth)).ShouldBe(monthBefore + 50_000, "the month's period shows the adjustments posted in it");

        var doubleSubmit = Key();
        var racing = await Task.WhenAll(PostAsync(finance, body with { amount = 7_500 }, doubleSubmit), PostAsync(finance, body with { amount = 7_500 }, doubleSubmit));
        racing.Select(r => r.StatusCode).ShouldBe([HttpStatusCode.Created, HttpStatusCode.OK], ignoreOrder: true, "two requests with one key at once post once");
        var adjustments = (await finance.GetFromJsonAsync<List<AdjustmentView>>($"{Adjustments}?creatorId={creatorId}"))!;
        adjustments.Count.ShouldBe(2);
        var reversedRace = await ReverseAsync(finance, adjustments.Single(a => a.Amount == 7_500).Id, new { reason = "A test of a double submit." }, Key());
        reversedRace.StatusCode.ShouldBe(HttpStatusCode.Created);

        var summaryJson = await creator.GetStringAsync("/api/v1/creator/earnings");
        summaryJson.ShouldNotContain("Staff Finance", Case.Sensitive, "a creator never reads a staff member's name");
        var summary = JsonSerializer.Deserialize<EarningsSummary>(summaryJson, JsonSerializerOptions.Web)!;
        summary.ByStage.Single(s => s.Stage == EarningStage.Confirmed).ShouldBe(new StageTotal(EarningStage.Confirmed, 50_000, 0, 3), "7,500 posted and reversed nets to zero");
        summary.AgencyShareTotal.ShouldBe(50_000);
        var month = Market.Philippines.ToLocal(posted.PostedAt).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        summary.ByMonth.Single().ShouldBe(new MonthTotal(month, 50_000, 0, 0, 50_000, 3));
        summary.NextPayAmount.ShouldBe(posted.PayDate <= summary.NextPayDate ? 50_000 : 0);
        var mine = summary.Adjustments.Single(a => a.Id == posted.Id);
        (mine.Id, mine.Reason, mine.Reference, mine.PostedBy, mine.PayDate).ShouldBe((posted.Id, body.reason, body.reference, CreatorAdjustments.TheAgency, posted.PayDate));
        (await creator.GetStringAsync("/api/v1/creator/earnings/adjustments")).ShouldNotContain("Staff Finance");
        var csv = await creator.GetStringAsync("/api/v1/creator/earnings/export.csv");
        csv.ShouldContain($",500,0,PHP,Confirmed,,{Market.Philippines.ToLocal(posted.PostedAt):yyyy-MM-dd},{posted.PayDate:yyyy-MM-dd},adjustment,{body.reason},{body.reference}");

        (await stranger.GetFromJsonAsync<List<AdjustmentView>>("/api/v1/creator/earnings/adjustments"))!.ShouldBeEmpty();
        (await stranger.GetFromJsonAsync<EarningsSummary>("/api/v1/creator/earnings"))!.AgencyShareTotal.ShouldBe(0);
        (await creator.GetAsync($"{Adjustments}?creatorId={creatorId}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await finance.GetFromJsonAsync<LedgerCheckReport>("/api/v1/agency/finance/ledger-check"))!.Problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_bad_adjustment_is_refused_naming_the_field_and_posts_nothing()
    {
        var finance = await FinanceAsync();
        var (_, creatorId) = await CreatorAsync("PH");
        var (_, vietnamese) = await CreatorAsync("VN");
        const string reason = "Reimbursement of the sample courier fee.";
        await RefusedAsync(finance, new { creatorId, market = "PH", amount = 1_000, reason }, null, "Idempotency-Key");
        await RefusedAsync(finance, new { creatorId = Guid.NewGuid(), market = "PH", amount = 1_000, reason }, Key(), "creatorId");
        await RefusedAsync(finance, new { creatorId = vietnamese, market = "PH", amount = 1_000, reason }, Key(), "market");
        await RefusedAsync(finance, new { creatorId, market = "XX", amount = 1_000, reason }, Key(), "market");
        await RefusedAsync(finance, new { creatorId, market = "PH", amount = 0, reason }, Key(), "amount");
        await RefusedAsync(finance, new { creatorId, market = "PH", reason }, Key(), "amount");
        await RefusedAsync(finance, new { creatorId, market = "PH", amount = 55_000_001, reason }, Key(), "amount");
        await RefusedAsync(finance, new { creatorId, market = "PH", amount = 1_000 }, Key(), "reason");
        await RefusedAsync(finance, new { creatorId, market = "PH", amount = 1_000, reason = "because" }, Key(), "reason");
        await RefusedAsync(finance, new { creatorId, market = "PH", amount = 1_000, reason, idempotencyKey = "a" }, "b", "Idempotency-Key");
        (await finance.GetFromJsonAsync<List<AdjustmentView>>($"{Adjustments}?creatorId={creatorId}"))!.ShouldBeEmpty();

        var (pending, _, handle) = await App.SignUpCreatorAsync("PH");
        await RefusedAsync(finance, new { creatorId = await IdOfAsync(handle), market = "PH", amount = 1_000, reason }, Key(), "creatorId");
        (await pending.GetFromJsonAsync<List<AdjustmentView>>("/api/v1/creator/earnings/adjustments"))!.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_reversal_undoes_an_adjustment_once_and_the_cut_off_makes_everything_payable_once()
    {
        var finance = await FinanceAsync();
        var (_, email, handle) = await App.SignUpCreatorAsync("PH", 30_000);
        var creatorId = await App.ApproveCreatorAsync(handle);
        var bonus = await PostedAsync(finance, new { creatorId, market = "PH", amount = 80_000, reason = "Bonus posted for the wrong creator." });
        var clawback = await PostedAsync(finance, new { creatorId, market = "PH", amount = -20_000, reason = "Sample not returned: its price is taken back." });

        (await ReverseAsync(finance, bonus.Id, new { }, Key())).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "a reversal says why");
        var key = Key();
        var reversed = await ReverseAsync(finance, bonus.Id, new { reason = "It was meant for another creator." }, key);
        reversed.StatusCode.ShouldBe(HttpStatusCode.Created, await reversed.Content.ReadAsStringAsync());
        var reversal = (await reversed.Content.ReadFromJsonAsync<AdjustmentView>())!;
        (reversal.Amount, reversal.ReversesId, reversal.CreatorId).ShouldBe((-80_000, bonus.Id, creatorId));
        (await ReverseAsync(finance, bonus.Id, new { reason = "It was meant for another creator." }, key)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReverseAsync(finance, bonus.Id, new { reason = "Reversing it a second time." }, Key())).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ReverseAsync(finance, reversal.Id, new { reason = "Undo the undo, please." }, Key())).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ReverseAsync(finance, Guid.NewGuid(), new { reason = "No such adjustment here." }, Key())).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await finance.GetFromJsonAsync<List<AdjustmentView>>($"{Adjustments}?creatorId={creatorId}"))!.Single(a => a.Id == bonus.Id).ReversedById.ShouldBe(reversal.Id);

        var fixtureClock = ((IClockedApp)App).Time;
        fixtureClock.Now = PayoutCalendar.Default.CutOffAfter(fixtureClock.Now, Market.Philippines).AddMinutes(1);
        // A month on, yesterday's sign-ins and tokens may have expired: sign in again.
        (finance, var creator) = (await FinanceAsync(), await App.SignInAsync(email));
        await Task.WhenAll(finance.PostAsync("/api/v1/agency/finance/maturation", null), finance.PostAsync("/api/v1/agency/finance/maturation", null));
        (await finance.PostAsync("/api/v1/agency/finance/maturation", null)).EnsureSuccessStatusCode();

        var summary = (await creator.GetFromJsonAsync<EarningsSummary>("/api/v1/creator/earnings"))!;
        summary.ByStage.Single(s => s.Stage == EarningStage.Payable).ShouldBe(new StageTotal(EarningStage.Payable, -20_000, 0, 3));
        summary.ByStage.Single(s => s.Stage == EarningStage.Confirmed).Amount.ShouldBe(0);
        summary.Adjustments.ShouldAllBe(a => a.PayableAt != null && a.PostedBy == CreatorAdjustments.TheAgency);
        await using (var scope = App.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
            var keys = new[] { bonus.Id, clawback.Id, reversal.Id }.Select(id => $"adjpayable:{id}").ToList();
            (await db.Set<LedgerEntry>().CountAsync(e => keys.Contains(e.SourceKey))).ShouldBe(3, "two maturation runs at once post each move once");
            var payable = await db.Set<LedgerEntry>().Where(e => e.CreatorId == creatorId).SumAsync(e => e.CreatorPayable);
            payable.ShouldBe(20_000, "the creator owes the agency the sample: a debit on the payable account");
        }

        (await finance.GetFromJsonAsync<LedgerCheckReport>("/api/v1/agency/finance/ledger-check"))!.Problems.ShouldBeEmpty();
    }

    private async Task<HttpClient> FinanceAsync() => App.WithToken(await (await App.SignInAsync(await App.CreateStaffAsync(Roles.Finance))).IssueTokenAsync());

    private async Task<(HttpClient Client, Guid Id)> CreatorAsync(string market)
    {
        var (client, _, handle) = await App.SignUpCreatorAsync(market, 30_000);
        return (client, await App.ApproveCreatorAsync(handle));
    }

    private async Task<Guid> IdOfAsync(string handle)
    {
        await using var scope = App.Scope();
        return await scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>().Set<Creator>().Where(c => c.Handle == handle).Select(c => c.Id).SingleAsync();
    }

    private static async Task<long> ConfirmedOwedAsync(HttpClient finance) =>
        (await finance.GetFromJsonAsync<FinanceView>("/api/v1/agency/finance?market=PH"))!.Owed.SingleOrDefault(o => o.Currency == "PHP")?.Confirmed ?? 0;

    private static async Task<long> PeriodAdjustmentsAsync(HttpClient finance, string month) =>
        (await finance.GetFromJsonAsync<FinanceView>("/api/v1/agency/finance?market=PH"))!.Periods.SingleOrDefault(p => p.Month == month)?.Adjustments ?? 0;

    private static string Key() => Guid.NewGuid().ToString("N");

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, object body, string? key) => SendAsync(client, Adjustments, body, key);

    private static Task<HttpResponseMessage> ReverseAsync(HttpClient client, Guid id, object body, string key) => SendAsync(client, $"{Adjustments}/{id}/reversal", body, key);

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, object body, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return await client.SendAsync(request);
    }

    private static async Task<AdjustmentView> PostedAsync(HttpClient client, object body)
    {
        var response = await PostAsync(client, body, Key());
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<AdjustmentView>())!;
    }

    private static async Task RefusedAsync(HttpClient client, object body, string? key, string field)
    {
        var response = await PostAsync(client, body, key);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, text);
        JsonDocument.Parse(text).RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe([field], text);
    }
}

public sealed class AdjustmentApiTestsOnSqlite(ClockedApp app) : AdjustmentApiTests<ClockedApp>(app), IClassFixture<ClockedApp>;

public sealed class AdjustmentApiTestsOnPostgres(ClockedPostgresApp app) : AdjustmentApiTests<ClockedPostgresApp>(app), IClassFixture<ClockedPostgresApp>;
