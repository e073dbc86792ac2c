using System.Text;
using System.Text.RegularExpressions;
using Tapbridge.Platform.Demo;

namespace Tapbridge.BrowserTests;

/// <summary>
/// In the demo world: Finance (Quang) prepares the Philippines' next batch and cannot approve it himself; the admin
/// (Mai Anh) approves it and downloads the bank files; Quang uploads the bank's result file with one failure; the
/// creator whose transfer failed sees why and the next pay day on a phone, Andrea sees last month's payout paid, and
/// Maria sees her payouts and the next pay day.
/// </summary>
[Collection(OneDemoWorld.Name)]
public sealed class PayoutBatchTests(BrowserApp fixture)
{
    [Fact]
    public async Task Finance_prepares_another_approves_the_bank_file_goes_out_the_results_come_back_and_the_creators_see_them()
    {
        var app = fixture.Require();
        await using var quangDesktop = await app.NewContextAsync(Screens.Desktop);
        var quang = await quangDesktop.NewPageAsync();
        await quang.SignInAsync(DemoSettings.Email("finance"), new DemoSettings().Password);
        await quang.OpenPortalPageAsync("/agency/payouts");
        (await quang.Locator("#batches-table [data-batch-status=Completed]").CountAsync()).ShouldBeGreaterThanOrEqualTo(1, "the demo's last month is paid");
        await quang.ClickAsync("#prepare-batch");
        await quang.WaitForURLAsync(new Regex("/agency/payouts/[0-9a-f-]{36}$"));
        await quang.Locator("#batch-lines").WaitForAsync();
        (await quang.Locator("#four-eyes").InnerTextAsync()).ShouldContain("another Finance user approves it");
        (await quang.Locator("#approve-batch").IsDisabledAsync()).ShouldBeTrue();
        (await quang.Locator("#batch-lines tr[data-line-status=Included]").CountAsync()).ShouldBeGreaterThanOrEqualTo(1);
        await quang.ShotAsync("agency-payout-batch-prepared-desktop");
        var batchUrl = new Uri(quang.Url).AbsolutePath;

        string[] transfers;
        await using (var desktop = await app.NewContextAsync(Screens.Desktop))
        {
            var admin = await desktop.NewPageAsync();
            await admin.SignInAsync(DemoSettings.Email("admin"), new DemoSettings().Password);
            await admin.OpenPortalPageAsync(batchUrl);
            await admin.ClickAsync("#approve-batch");
            await admin.Locator("#bank-file").WaitForAsync();
            (await admin.Locator("[data-batch-status=Approved]").CountAsync()).ShouldBe(1);
            var csv = await DownloadAsync(admin, "#bank-file");
            csv.Name.ShouldEndWith(".csv");
            transfers = csv.Text.Trim().Split('\n')[1..^1];
            csv.Text.Trim().Split('\n')[^1].ShouldStartWith("TOTAL,,,,");
            transfers.Length.ShouldBe(await admin.Locator("#batch-lines tr[data-line-status=Included]").CountAsync());
            var iso = await DownloadAsync(admin, "[data-bank-format='pain.001']");
            iso.Name.ShouldEndWith(".xml");
            iso.Text.ShouldContain($"<NbOfTxs>{transfers.Length}</NbOfTxs>");
            await admin.ShotAsync("agency-payout-batch-approved-desktop");
        }

        var failedRef = transfers[0].Split(',')[0];
        var failedHandle = transfers[0].Split(',')[^1];
        var results = "reference,status,reason\n" + string.Join('\n', transfers.Select(t => t.Split(',')[0]).Select(r => r == failedRef ? $"{r},failed,Account closed by the bank" : $"{r},paid,")) + "\n";
        await quang.OpenPortalPageAsync(batchUrl);
        await quang.Locator("#upload-results").WaitForAsync();
        await quang.SetInputFilesAsync("#batch-actions input[type=file]", new FilePayload { Name = "results.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(results) });
        await quang.Locator("[data-batch-status=Completed]").WaitForAsync();
        (await quang.Locator("#batch-lines tr[data-line-status=Failed]").CountAsync()).ShouldBe(1);
        (await quang.Locator("#batch-lines tr[data-line-status=Paid]").CountAsync()).ShouldBe(transfers.Length - 1);
        await quang.ShotAsync("agency-payout-batch-results-desktop");
        await quang.Locator($"#batch-lines tr[data-line-ref='{failedRef}'] a").ClickAsync();
        await quang.Locator("#statement-items").WaitForAsync();
        (await quang.Locator("#statement-why").InnerTextAsync()).ShouldContain("Account closed by the bank");
        (await quang.Locator("#statement-total").InnerTextAsync()).ShouldBe(await quang.Locator("#statement-amount").InnerTextAsync(), "the items sum to the payout");
        await quang.ShotAsync("agency-payout-statement-desktop");
        await quang.Locator("#statement-pager button[aria-label='Page 2']").ClickAsync();
        await quang.Locator("#statement-range:has-text('Items 101')").WaitForAsync();
        (await quang.Locator("#statement-total").InnerTextAsync()).ShouldBe(await quang.Locator("#statement-amount").InnerTextAsync(), "each page shows the total of all items");
        var pdf = await quang.RunAndWaitForDownloadAsync(() => quang.ClickAsync("#statement-pdf"));
        pdf.SuggestedFilename.ShouldBe($"{failedRef}.pdf");
        await pdf.SaveAsAsync(Path.Combine(BrowserApp.ScreenshotFolder, "agency-payout-statement.pdf"));
        (await File.ReadAllBytesAsync(Path.Combine(BrowserApp.ScreenshotFolder, "agency-payout-statement.pdf")))[..5].ShouldBe("%PDF-"u8.ToArray());

        await using var phone = await app.NewContextAsync(Screens.Phone);
        var failed = await CreatorPayoutsAsync(phone, failedHandle);
        var failedPayout = failed.Locator($"[data-payout='{failedRef}'][data-payout-status=Failed]");
        (await failedPayout.InnerTextAsync()).ShouldContain("Account closed by the bank");
        (await failed.Locator("#next-pay-date").InnerTextAsync()).ShouldMatch(@"^\d{1,2} [A-Z][a-z]{2} \d{4}$");
        await failed.ShotAsync("creator-payout-failed-phone");
        await using var paidPhone = await app.NewContextAsync(Screens.Phone);
        var paid = await CreatorPayoutsAsync(paidPhone, "andrea.finds.ph");
        (await paid.Locator("#my-payouts [data-payout-status=Paid]").CountAsync()).ShouldBeGreaterThanOrEqualTo(1, "Andrea was paid last month");

        await using var mariaPhone = await app.NewContextAsync(Screens.Phone);
        var maria = await CreatorPayoutsAsync(mariaPhone, "maria.glowup");
        (await maria.Locator("#my-payouts").InnerTextAsync()).ShouldContain("TB-PH-");
        (await maria.Locator("#next-pay-date").InnerTextAsync()).ShouldNotBeNullOrWhiteSpace();
        (await maria.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth")).ShouldBeLessThanOrEqualTo(0);
        await maria.ShotAsync("creator-payouts-list-phone");
    }

    [Fact]
    public async Task Finance_reads_TikTok_s_statement_line_by_line_and_imports_one_that_pays_a_missing_line()
    {
        var app = fixture.Require();
        await using var desktop = await app.NewContextAsync(Screens.Desktop);
        var page = await desktop.NewPageAsync();
        await page.SignInAsync(DemoSettings.Email("finance"), new DemoSettings().Password);
        await page.OpenPortalPageAsync("/agency/finance/reconciliation");
        await page.Locator("#reconciliation [data-open-month]").First.ClickAsync();
        var differences = page.Locator("#statement-differences");
        await differences.WaitForAsync();
        foreach (var match in new[] { "PaidDifferently", "NotPaid", "NotInTapbridge" })
        {
            (await differences.Locator($"tr[data-match={match}]").CountAsync()).ShouldBeGreaterThanOrEqualTo(1, $"the demo's statement has a line {match}");
        }

        await page.Locator("#reconciliation").ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotFolder, "agency-reconciliation-desktop.png") });
        var month = (await page.Locator("#statement-month-title").GetAttributeAsync("data-month"))!;
        month.ShouldMatch(@"^\d{4}-\d{2}$", "the title names the month; its key is in data-month");
        var unpaid = differences.Locator("tr[data-match=NotPaid]").First;
        var key = (await unpaid.GetAttributeAsync("data-statement-line"))!.Split('-');
        var expected = Regex.Match(await unpaid.Locator("td").Nth(3).InnerTextAsync(), @"[\d,]+\.\d{2}").Value.Replace(",", "", StringComparison.Ordinal);
        var paidAt = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        var csv = $"Order ID,SKU ID,Time created,Time commission paid,Actual partner commission\n{key[0]},{key[1]},{month}-15 12:00:00,{paidAt},{expected}\n";
        await page.SetInputFilesAsync("#reconciliation input[type=file]", new FilePayload { Name = "statement.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        (await page.Locator("#statement-report").InnerTextAsync()).ShouldContain("1 paid line(s) read: 1 new");
        await page.Locator("#reconciliation [data-open-month]").First.ClickAsync();
        await page.Locator($"#statement-differences tr[data-statement-line='{key[0]}-{key[1]}']").WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    private static async Task<IPage> CreatorPayoutsAsync(IBrowserContext context, string handle)
    {
        var page = await context.NewPageAsync();
        await page.SignInAsync(DemoSettings.Email(handle.Replace('_', '.')), new DemoSettings().Password);
        await page.OpenPortalPageAsync("/creator/payouts");
        await page.Locator("#next-payout-card [data-next-pay-amount]").WaitForAsync();
        return page;
    }

    private static async Task<(string Name, string Text)> DownloadAsync(IPage page, string selector)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(selector));
        return (download.SuggestedFilename, await File.ReadAllTextAsync(await download.PathAsync()));
    }
}
