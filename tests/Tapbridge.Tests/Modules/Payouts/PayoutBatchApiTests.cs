using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Commissions;
using Tapbridge.Modules.Commissions.Earnings;
using Tapbridge.Modules.Payouts.Batches;
using Tapbridge.Modules.Payouts.Batches.BankFiles;
using Tapbridge.Platform.Auth;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Modules.Payouts;

/// <summary>
/// A month's payout end to end over the API: Finance A prepares it (holding creators without a method or below the
/// minimum), A cannot approve it, many approvals at once by B and C post it once, the bank file carries the accounts
/// and a totals row, a result file with one failure records each line once (twice changes nothing), the failed
/// amount is payable again, and the ledger balances throughout.
/// </summary>
public abstract class PayoutBatchApiTests<TApp>(TApp fixture) : AppTests(fixture) where TApp : TapbridgeApp, IClockedApp
{
    private const string Batches = "/api/v1/agency/finance/payout-batches";
    private const string Schedules = "/api/v1/agency/finance/payout-schedules";
    private static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;

    [Fact]
    public async Task Finance_prepares_another_approves_once_the_bank_file_goes_out_and_the_results_post_paid_and_failed()
    {
        var clock = ((IClockedApp)App).Time;
        // The evening before the cycle closes (1 June, 00:00 in Manila), so that the sign-ins outlive the cut-off.
        clock.Now = new DateTimeOffset(2027, 5, 31, 14, 0, 0, TimeSpan.Zero);
        var financeA = await App.SignInAsync(await App.CreateStaffAsync(Roles.Finance));
        var financeB = await App.SignInAsync(await App.CreateStaffAsync(Roles.Finance));
        var financeC = await App.SignInAsync(await App.CreateStaffAsync(Roles.Finance));
        var paid = await CreatorAsync("GCASH", "09171230001");
        var failing = await CreatorAsync("BDO", "004820190002");
        var noMethod = await CreatorAsync(null, null);
        var small = await CreatorAsync("MAYA", "09281230004");
        foreach (var (creator, amount) in new[] { (paid, 80_000L), (failing, 120_000L), (noMethod, 70_000L), (small, 20_000L) })
        {
            await AdjustAsync(financeA, creator.Id, amount);
        }

        clock.Now = new DateTimeOffset(2027, 5, 31, 17, 0, 0, TimeSpan.Zero);
        (await financeA.PostAsync("/api/v1/agency/finance/maturation", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var prepared = await ReadAsync<PayoutBatchView>(await financeA.PostAsJsonAsync(Batches, new { market = "PH" }), HttpStatusCode.OK);
        (prepared.Status, prepared.PayDate, prepared.Total, prepared.Included).ShouldBe((PayoutBatchStatus.Prepared, new DateOnly(2027, 6, 25), 200_000, 2));
        Line(prepared, noMethod).ShouldSatisfyAllConditions(l => l.Status.ShouldBe(PayoutLineStatus.Held), l => l.HoldReason.ShouldNotBeNull().ShouldContain("No payout method"));
        Line(prepared, small).HoldReason.ShouldNotBeNull().ShouldContain("minimum payout");
        Line(prepared, paid).ShouldSatisfyAllConditions(l => l.Amount.ShouldBe(80_000), l => l.AccountNumber.ShouldBe("••••0001"));
        (await financeB.PostAsJsonAsync(Batches, new { market = "PH" })).StatusCode.ShouldBe(HttpStatusCode.Conflict, "one open batch a market");
        (await financeA.PostAsync($"{Batches}/{prepared.Id}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict, "the preparer cannot approve");
        (await financeA.GetAsync($"{Batches}/{prepared.Id}/bank-file")).StatusCode.ShouldBe(HttpStatusCode.Conflict, "no bank file before approval");

        var approvals = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? financeB : financeC).PostAsync($"{Batches}/{prepared.Id}/approve", null)));
        approvals.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1, string.Join(", ", approvals.Select(r => r.StatusCode)));
        approvals.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK || r.StatusCode == HttpStatusCode.Conflict);
        await BalancedAsync(financeA);
        (await ReadAsync<List<CreatorPayoutView>>(await paid.Client.GetAsync("/api/v1/creator/payouts"), HttpStatusCode.OK)).Single()
            .ShouldSatisfyAllConditions(p => p.BatchStatus.ShouldBe(PayoutBatchStatus.Approved), p => p.Amount.ShouldBe(80_000));
        App.AllTo(paid.Email).ShouldContain(m => m.Subject == "Your payout of ₱800.00 is on its way");

        var bank = await financeA.GetAsync($"{Batches}/{prepared.Id}/bank-file?format=csv");
        bank.StatusCode.ShouldBe(HttpStatusCode.OK);
        var file = await bank.Content.ReadAsStringAsync();
        var rows = file.Trim().Split('\n');
        rows.Length.ShouldBe(4, file);
        file.ShouldContain("09171230001");
        file.ShouldContain("004820190002");
        rows[^1].ShouldBe("TOTAL,,,,2 transfers,,2000.00,PHP,");
        var formats = await ReadAsync<List<BankFileFormatView>>(await financeA.GetAsync("/api/v1/agency/finance/bank-file-formats?market=PH"), HttpStatusCode.OK);
        formats.Select(f => f.Code).ShouldBe(["csv", "pain.001"]);
        var iso = await financeA.GetAsync($"{Batches}/{prepared.Id}/bank-file?format=pain.001");
        (iso.StatusCode, await iso.Content.ReadAsStringAsync()).ShouldSatisfyAllConditions(r => r.StatusCode.ShouldBe(HttpStatusCode.BadRequest), r => r.Item2.ShouldContain("Payouts:PayingAccounts:PH"));
        (await financeA.GetAsync($"{Batches}/{prepared.Id}/bank-file?format=mt101")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var owedBefore = await OwedAsync(financeA);
        var token = await financeA.IssueTokenAsync();
        var api = App.WithToken(token);
        var results = $"reference,status,reason\n{Line(prepared, paid).Reference},paid,\n{Line(prepared, failing).Reference},failed,Account closed by the bank\n";
        var first = await ReadAsync<ResultFileReport>(await UploadAsync(api, prepared.Id, results), HttpStatusCode.OK);
        (first.Paid, first.Failed, first.Unchanged).ShouldBe((1, 1, 0));
        var again = await ReadAsync<ResultFileReport>(await UploadAsync(api, prepared.Id, results), HttpStatusCode.OK);
        (again.Paid, again.Failed, again.Unchanged).ShouldBe((0, 0, 2), "the same file twice records nothing again");
        var wrong = await UploadAsync(api, prepared.Id, $"reference,status\n{Line(prepared, paid).Reference},failed\nTB-XX-1,paid\n");
        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("Row 2");
        (await financeA.PostAsync($"{Batches}/{prepared.Id}/results", new MultipartFormDataContent())).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "the browser's cookie cannot upload");

        var done = await ReadAsync<PayoutBatchView>(await financeA.GetAsync($"{Batches}/{prepared.Id}"), HttpStatusCode.OK);
        done.Status.ShouldBe(PayoutBatchStatus.Completed);
        var failed = (await ReadAsync<List<CreatorPayoutView>>(await failing.Client.GetAsync("/api/v1/creator/payouts"), HttpStatusCode.OK)).Single();
        (failed.Status, failed.FailureReason).ShouldBe((PayoutLineStatus.Failed, "Account closed by the bank"));
        App.AllTo(failing.Email).ShouldContain(m => m.Subject == "Your payout of ₱1,200.00 could not be sent" && (m.TextBody ?? "").Contains("Account closed by the bank"));
        var summary = (await failing.Client.GetFromJsonAsync<Tapbridge.Modules.Commissions.Earnings.EarningsSummary>("/api/v1/creator/earnings", Json))!;
        (summary.NextPayDate, summary.NextPayAmount).ShouldBe((new DateOnly(2027, 7, 25), 120_000), "June's payout is done: the failed amount goes with July's");
        App.AllTo(paid.Email).ShouldContain(m => m.Subject == "Paid: ₱800.00 sent to GCash");
        await BalancedAsync(financeA);
        var owed = await OwedAsync(financeA);
        (owed.Payable, owed.InPayout).ShouldBe((120_000 + 70_000 + 20_000, 0), "finance's payable is what is still to pay: the failed and the held, not the paid");
        owed.Creators.ShouldBe(owedBefore.Creators - 1, "the creator paid everything is owed nothing; the failed one is owed again");

        var statement = await ReadAsync<PayoutStatement>(await paid.Client.GetAsync($"/api/v1/creator/payouts/{Line(prepared, paid).Id}/statement"), HttpStatusCode.OK);
        (statement.Status, statement.Amount, statement.ItemsTotal, statement.AccountNumber).ShouldBe((PayoutLineStatus.Paid, 80_000, 80_000, "••••0001"));
        statement.Items.ShouldContain(i => i.Kind == EntryKind.CycleClose && i.Amount == 80_000, "the statement lists what made the balance payable");
        (await failing.Client.GetAsync($"/api/v1/creator/payouts/{Line(prepared, paid).Id}/statement")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "a creator reads only their own payouts");
        var pdf = await paid.Client.GetAsync($"/api/v1/creator/payouts/{Line(prepared, paid).Id}/statement.pdf");
        (pdf.StatusCode, pdf.Content.Headers.ContentType?.MediaType).ShouldBe((HttpStatusCode.OK, "application/pdf"));
        using (var document = UglyToad.PdfPig.PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
        {
            var text = string.Concat(document.GetPages().Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal);
            text.ShouldSatisfyAllConditions(t => t.ShouldContain(Line(prepared, paid).Reference), t => t.ShouldContain("Total₱800.00"), t => t.ShouldContain("••••0001"));
            text.ShouldNotContain("09171230001");
        }

        using (var vietnamese = UglyToad.PdfPig.PdfDocument.Open(await StatementPdfAsync(paid.Client, Line(prepared, paid).Id, "vi")))
        {
            var text = string.Concat(vietnamese.GetPages().Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal);
            text.ShouldSatisfyAllConditions(t => t.ShouldContain("Saokêthanhtoán"), t => t.ShouldContain("Tổng₱800,00"), t => t.ShouldContain("Trang1/1"));
        }

        System.Text.Encoding.Latin1.GetString(await StatementPdfAsync(paid.Client, Line(prepared, paid).Id, "th"))
            .ShouldContain("Garuda", Case.Sensitive, "Thai letters need a Thai font: the machine's Garuda");

        (await failing.Client.GetAsync($"/api/v1/creator/payouts/{Line(prepared, paid).Id}/statement.pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await financeA.GetAsync($"/api/v1/agency/payout-lines/{Line(prepared, paid).Id}/statement.pdf")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var next = await ReadAsync<PayoutBatchView>(await financeA.PostAsJsonAsync(Batches, new { market = "PH" }), HttpStatusCode.OK);
        next.PayDate.ShouldBe(new DateOnly(2027, 7, 25), "June's pay day has its batch: the next goes to July");
        next.Lines.Where(l => l.Status == PayoutLineStatus.Included).Select(l => (l.CreatorId, l.Amount)).ShouldBe([(failing.Id, 120_000)], "the failed amount is payable again; the paid one is not");
        var again120 = await ReadAsync<PayoutStatement>(await failing.Client.GetAsync($"/api/v1/creator/payouts/{Line(next, failing).Id}/statement"), HttpStatusCode.OK);
        again120.ItemsTotal.ShouldBe(120_000);
        again120.Items.Select(i => i.Kind).ShouldBe([EntryKind.CycleClose, EntryKind.PayoutApproved, EntryKind.PayoutFailed], ignoreOrder: true, "the failed payout went out and came back");
        var url = $"/api/v1/creator/payouts/{Line(next, failing).Id}/statement";
        var pages = new List<PayoutStatement>();
        for (var page = 1; page <= 4; page++)
        {
            pages.Add(await ReadAsync<PayoutStatement>(await failing.Client.GetAsync($"{url}?page={page}&pageSize=1"), HttpStatusCode.OK));
        }

        pages.Select(p => (p.ItemCount, p.ItemsTotal, p.Pages)).Distinct().ShouldBe([(3, 120_000L, 3)], "every page counts and sums the whole statement");
        pages.SelectMany(p => p.Items).ShouldBe(again120.Items, "the pages hold the items in the statement's order, each once; past the last page, none");
        (await financeA.PostAsync($"{Batches}/{next.Id}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var racing = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => (i % 2 == 0 ? financeA : financeB).PostAsJsonAsync(Batches, new { market = "PH" })));
        racing.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1, string.Join(", ", racing.Select(r => r.StatusCode)));

        var texts = new[] { JsonSerializer.Serialize(prepared, Json), JsonSerializer.Serialize(done, Json), JsonSerializer.Serialize(next, Json) };
        texts.ShouldAllBe(t => !t.Contains("09171230001") && !t.Contains("004820190002"), "only the bank file carries account numbers");
    }

    [Fact]
    public async Task The_scheduler_prepares_a_market_s_batch_before_pay_day_once_a_finance_user_reviews_it_and_another_approves_it()
    {
        var clock = ((IClockedApp)App).Time;
        clock.Now = new DateTimeOffset(2027, 5, 31, 12, 0, 0, TimeSpan.Zero);
        var finance = await App.SignInAsync(await App.CreateStaffAsync(Roles.Finance));
        var creator = await CreatorAsync("VN", "MOMO", "0901230001");
        await AdjustAsync(finance, "VN", creator.Id, 500_000);
        clock.Now = new DateTimeOffset(2027, 5, 31, 18, 0, 0, TimeSpan.Zero);
        (await finance.PostAsync("/api/v1/agency/finance/maturation", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        clock.Now = new DateTimeOffset(2027, 6, 19, 12, 0, 0, TimeSpan.Zero);
        (await SchedulerAsync()).ShouldNotContain(b => b.Market == "VN", "19 June is six days before pay day");
        clock.Now = new DateTimeOffset(2027, 6, 20, 0, 0, 0, TimeSpan.Zero);
        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => SchedulerAsync()));
        var scheduled = runs.SelectMany(r => r).Where(b => b.Market == "VN").ShouldHaveSingleItem("instances running the scheduler at once make one batch");
        (scheduled.PayDate, scheduled.Scheduled, scheduled.ReviewedBy, scheduled.Total).ShouldBe((new DateOnly(2027, 6, 25), true, (string?)null, 500_000));
        (await SchedulerAsync()).ShouldNotContain(b => b.Market == "VN");

        var financeA = await App.SignInAsync(await App.CreateStaffAsync(Roles.Finance));
        var financeB = await App.SignInAsync(await App.CreateStaffAsync(Roles.Finance));
        var early = await financeA.PostAsync($"{Batches}/{scheduled.Id}/approve", null);
        (early.StatusCode, await early.Content.ReadAsStringAsync()).ShouldSatisfyAllConditions(r => r.StatusCode.ShouldBe(HttpStatusCode.Conflict), r => r.Item2.ShouldContain("reviews it first"));
        var reviews = await Task.WhenAll(financeA.PostAsync($"{Batches}/{scheduled.Id}/review", null), financeA.PostAsync($"{Batches}/{scheduled.Id}/review", null));
        reviews.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        (await financeB.PostAsync($"{Batches}/{scheduled.Id}/review", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict, "reviewed once");
        (await financeA.PostAsync($"{Batches}/{scheduled.Id}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict, "the reviewer cannot approve");
        var approved = await ReadAsync<PayoutBatchView>(await financeB.PostAsync($"{Batches}/{scheduled.Id}/approve", null), HttpStatusCode.OK);
        (approved.Status, approved.ReviewedBy.ShouldNotBeNull(), approved.ApprovedBy.ShouldNotBeNull()).Item1.ShouldBe(PayoutBatchStatus.Approved);
        await ReadAsync<PayoutBatchView>(await financeB.PostAsJsonAsync($"{Batches}/{scheduled.Id}/lines/{Line(approved, creator).Id}/result", new { paid = true }), HttpStatusCode.OK);
        App.AllTo(creator.Email).ShouldContain(m => m.Subject == "Your payout of ₫500,000 is on its way");

        await AdjustAsync(financeB, "VN", creator.Id, 300_000);
        clock.Now = new DateTimeOffset(2027, 6, 30, 18, 0, 0, TimeSpan.Zero);
        (await (await App.SignInAsync(await App.CreateStaffAsync(Roles.Finance))).PostAsync("/api/v1/agency/finance/maturation", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        clock.Now = new DateTimeOffset(2027, 7, 20, 1, 0, 0, TimeSpan.Zero);
        var july = (await SchedulerAsync()).Single(b => b.Market == "VN");
        var finance2 = await App.SignInAsync(await App.CreateStaffAsync(Roles.Finance));
        (await finance2.PostAsync($"{Batches}/{july.Id}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SchedulerAsync()).ShouldNotContain(b => b.Market == "VN", "a batch Finance dropped is not made again");
        var byHand = await ReadAsync<PayoutBatchView>(await finance2.PostAsJsonAsync(Batches, new { market = "VN" }), HttpStatusCode.OK);
        (byHand.PayDate, byHand.Scheduled, byHand.Total).ShouldBe((new DateOnly(2027, 7, 25), false, 300_000));
        await BalancedAsync(finance2);
    }

    [Fact]
    public async Task Clawbacks_are_netted_in_the_batch_and_a_creator_whose_balance_is_negative_is_held_until_it_is_positive()
    {
        var clock = ((IClockedApp)App).Time;
        clock.Now = new DateTimeOffset(2027, 8, 31, 12, 0, 0, TimeSpan.Zero);
        var finance = await App.SignInAsync(await App.CreateStaffAsync(Roles.Finance));
        var netted = await CreatorAsync("TH", "TRUEMONEY", "0812340001");
        var negative = await CreatorAsync("TH", "PROMPTPAY", "0812340002");
        foreach (var (creator, amount) in new[] { (netted, 90_000L), (netted, -40_000L), (negative, 20_000L), (negative, -60_000L) })
        {
            await AdjustAsync(finance, "TH", creator.Id, amount);
        }

        clock.Now = new DateTimeOffset(2027, 8, 31, 18, 0, 0, TimeSpan.Zero);
        (await finance.PostAsync("/api/v1/agency/finance/maturation", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var batch = await ReadAsync<PayoutBatchView>(await finance.PostAsJsonAsync(Batches, new { market = "TH" }), HttpStatusCode.OK);
        Line(batch, netted).ShouldSatisfyAllConditions(l => l.Status.ShouldBe(PayoutLineStatus.Included), l => l.Amount.ShouldBe(50_000, "what was taken back is netted"));
        Line(batch, negative).ShouldSatisfyAllConditions(l => l.Status.ShouldBe(PayoutLineStatus.Held), l => l.Amount.ShouldBe(-40_000),
            l => l.HoldReason.ShouldNotBeNull().ShouldContain("nothing is paid until your balance is positive"));
        (batch.Total, batch.Included, batch.Held).ShouldBe((50_000, 1, 1));
        (await finance.PostAsync($"{Batches}/{batch.Id}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await BalancedAsync(finance);
    }

    [Fact]
    public async Task Paid_twice_a_month_a_batch_prepared_late_pays_only_what_was_payable_at_its_cut_off_and_the_rest_goes_with_its_own_pay_day()
    {
        // Before the other tests' dates, with every amount paid out and Vietnam monthly again at the end: they find nothing of it.
        var clock = ((IClockedApp)App).Time;
        clock.Now = new DateTimeOffset(2026, 9, 2, 3, 0, 0, TimeSpan.Zero);
        var finance = await App.SignInAsync(await App.CreateStaffAsync(Roles.Finance));
        try
        {
            var set = await finance.PutAsJsonAsync(Schedules, new { market = "VN", cycle = "TwiceMonthly", cutOffDay = 1, payDay = 10, secondCutOffDay = 16, secondPayDay = 25 });
            (await ReadAsync<PayoutScheduleView>(set, HttpStatusCode.OK)).ShouldSatisfyAllConditions(
                s => s.Description.ShouldBe("Twice a month: cycles close on the 1st and the 16th, and are paid on the 10th and the 25th"),
                s => s.NextPayDate.ShouldBe(new DateOnly(2026, 9, 10)));
            var creator = await CreatorAsync("VN", "MOMO", "0912345678");
            await AdjustAsync(finance, "VN", creator.Id, 300_000);
            clock.Now = new DateTimeOffset(2026, 9, 17, 3, 0, 0, TimeSpan.Zero);
            finance = await App.SignInAsync(await App.CreateStaffAsync(Roles.Finance));
            await AdjustAsync(finance, "VN", creator.Id, 500_000);
            var earnings = await ReadAsync<EarningsSummary>(await (await App.SignInAsync(creator.Email)).GetAsync("/api/v1/creator/earnings"), HttpStatusCode.OK);
            earnings.Adjustments.Select(a => a.PayDate).ShouldBe([new DateOnly(2026, 10, 10), new DateOnly(2026, 9, 25)], ignoreOrder: true);

            // Both cycles have closed by the time Finance gets to the 25 September batch.
            clock.Now = new DateTimeOffset(2026, 10, 2, 3, 0, 0, TimeSpan.Zero);
            finance = await App.SignInAsync(await App.CreateStaffAsync(Roles.Finance));
            foreach (var open in (await finance.GetFromJsonAsync<List<PayoutBatchView>>($"{Batches}?market=VN"))!.Where(b => b.Status == PayoutBatchStatus.Prepared))
            {
                (await finance.PostAsync($"{Batches}/{open.Id}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.OK, "another test's batch, left open");
            }

            var approver = await App.SignInAsync(await App.CreateStaffAsync(Roles.Finance));
            (await finance.PostAsync("/api/v1/agency/finance/maturation", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
            PayoutBatchView late;
            await using (var scope = App.Services.CreateAsyncScope())
            {
                var actor = new Actor(Guid.NewGuid(), Guid.Empty, OrganizationKind.Agency, "Finance", new HashSet<string> { Roles.Finance });
                late = await scope.ServiceProvider.GetRequiredService<PayoutBatches>().PrepareAsync(actor, "VN", new DateOnly(2026, 9, 25), CancellationToken.None);
            }

            late.CutOffAt.ShouldBe(new DateTimeOffset(2026, 9, 16, 0, 0, 0, TimeSpan.FromHours(7)));
            Line(late, creator).Amount.ShouldBe(300_000, "the 500,000 confirmed on 17 September was payable only from 1 October");
            await PayAsync(finance, approver, late, creator);

            // A statement tells earlier payouts from later ones by when they were posted: the next batch comes a little later.
            clock.Now = clock.Now.AddMinutes(10);
            var next = await ReadAsync<PayoutBatchView>(await finance.PostAsJsonAsync(Batches, new { market = "VN" }), HttpStatusCode.OK);
            (next.PayDate, Line(next, creator).Amount).ShouldBe((new DateOnly(2026, 10, 10), 500_000));
            await PayAsync(finance, approver, next, creator);
            foreach (var (batch, payDate, amount) in new[] { (late, "25 Sep 2026", 300_000L), (next, "10 Oct 2026", 500_000L) })
            {
                var statement = await ReadAsync<PayoutStatement>(await finance.GetAsync($"/api/v1/agency/payout-lines/{Line(batch, creator).Id}/statement"), HttpStatusCode.OK);
                (statement.Amount, statement.ItemsTotal).ShouldBe((amount, amount));
                statement.Items.Where(i => i.Kind == EntryKind.CycleClose).Select(i => i.Description).ShouldBe([$"In the payout of {payDate}"]);
            }

            await BalancedAsync(finance);
        }
        finally
        {
            (await finance.PutAsJsonAsync(Schedules, new { market = "VN", cycle = "Monthly", cutOffDay = 1, payDay = 25 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    private static async Task PayAsync(HttpClient finance, HttpClient approver, PayoutBatchView batch, (HttpClient Client, Guid Id, string Email) creator)
    {
        (await approver.PostAsync($"{Batches}/{batch.Id}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var result = await finance.PostAsJsonAsync($"{Batches}/{batch.Id}/lines/{Line(batch, creator).Id}/result", new { paid = true });
        result.StatusCode.ShouldBe(HttpStatusCode.OK, await result.Content.ReadAsStringAsync());
    }

    private async Task<IReadOnlyList<PayoutBatchView>> SchedulerAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PayoutBatches>().PrepareDueAsync(5, CancellationToken.None);
    }

    private static async Task<Tapbridge.Modules.Commissions.Finance.OwedToCreators> OwedAsync(HttpClient finance) =>
        (await finance.GetFromJsonAsync<Tapbridge.Modules.Commissions.Finance.FinanceView>("/api/v1/agency/finance?market=PH", Json))!.Owed.Single(o => o.Currency == "PHP");

    private static PayoutLineView Line(PayoutBatchView batch, (HttpClient Client, Guid Id, string Email) creator) => batch.Lines.Single(l => l.CreatorId == creator.Id);

    private Task<(HttpClient Client, Guid Id, string Email)> CreatorAsync(string? provider, string? number) => CreatorAsync("PH", provider, number);

    private async Task<(HttpClient Client, Guid Id, string Email)> CreatorAsync(string market, string? provider, string? number)
    {
        var (client, email, handle) = await App.SignUpCreatorAsync(market, 30_000);
        var id = await App.ApproveCreatorAsync(handle);
        if (provider is not null)
        {
            (await client.PostAsync("/api/v1/creator/payout-method/code", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
            var code = App.AllTo(email).Select(m => m.CodeInSubject()).Single(c => c.Length > 0);
            var set = await client.PutAsJsonAsync("/api/v1/creator/payout-method", new { provider, holderName = "Maria Dela Cruz", accountNumber = number, password = Actors.Password, code });
            set.StatusCode.ShouldBe(HttpStatusCode.OK, await set.Content.ReadAsStringAsync());
        }

        return (client, id, email);
    }

    private static Task AdjustAsync(HttpClient finance, Guid creatorId, long amount) => AdjustAsync(finance, "PH", creatorId, amount);

    private static async Task AdjustAsync(HttpClient finance, string market, Guid creatorId, long amount)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/agency/finance/adjustments")
        {
            Content = JsonContent.Create(new { creatorId, market, amount, reason = "Earnings for the payout batch test." }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        (await finance.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient api, Guid batch, string csv)
    {
        using var form = new MultipartFormDataContent();
        var file = new StringContent(csv);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "results.csv");
        return await api.PostAsync($"{Batches}/{batch}/results", form);
    }

    private static async Task BalancedAsync(HttpClient finance)
    {
        var check = (await finance.GetFromJsonAsync<LedgerCheckReport>("/api/v1/agency/finance/ledger-check"))!;
        check.Balanced.ShouldBeTrue(string.Join("; ", check.Problems));
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, text);
        return JsonSerializer.Deserialize<T>(text, Json)!;
    }

    /// <summary>The statement's PDF for a creator who chose <paramref name="language"/> (then English again).</summary>
    private static async Task<byte[]> StatementPdfAsync(HttpClient creator, Guid lineId, string language)
    {
        (await creator.PutAsJsonAsync("/api/v1/account/language", new { language })).EnsureSuccessStatusCode();
        var pdf = await creator.GetByteArrayAsync($"/api/v1/creator/payouts/{lineId}/statement.pdf");
        (await creator.PutAsJsonAsync("/api/v1/account/language", new { language = "en" })).EnsureSuccessStatusCode();
        return pdf;
    }
}

public sealed class PayoutBatchApiTestsOnSqlite(ClockedApp app) : PayoutBatchApiTests<ClockedApp>(app), IClassFixture<ClockedApp>;

public sealed class PayoutBatchApiTestsOnPostgres(ClockedPostgresApp app) : PayoutBatchApiTests<ClockedPostgresApp>(app), IClassFixture<ClockedPostgresApp>;
