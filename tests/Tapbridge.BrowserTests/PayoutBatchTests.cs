using System.Text.RegularExpressions;
using Tapbridge.Platform.Demo;

namespace Tapbridge.BrowserTests;

/// <summary>
/// In the demo world, on a desktop: Finance (Quang) prepares the Philippines' next batch, cannot approve it himself,
/// the admin (Mai Anh) approves it and sees the bank file, and records a line's result; Maria then reads her payouts
/// on a phone.
/// </summary>
public sealed class PayoutBatchTests(BrowserApp fixture) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Finance_prepares_a_batch_another_finance_user_approves_it_and_the_creator_sees_her_payouts()
    {
        var app = fixture.Require();
        string batchUrl;
        await using (var desktop = await app.NewContextAsync(Screens.Desktop))
        {
            var page = await desktop.NewPageAsync();
            await page.SignInAsync(DemoSettings.Email("finance"), new DemoSettings().Password);
            await page.OpenPortalPageAsync("/agency/payouts");
            (await page.Locator("#batches-table [data-batch-status=Completed]").CountAsync()).ShouldBeGreaterThanOrEqualTo(1, "the demo's last month is paid");
            await page.ClickAsync("#prepare-batch");
            await page.WaitForURLAsync(new Regex("/agency/payouts/[0-9a-f-]{36}$"));
            await page.Locator("#batch-lines").WaitForAsync();
            (await page.Locator("#four-eyes").InnerTextAsync()).ShouldContain("another Finance user approves it");
            (await page.Locator("#approve-batch").IsDisabledAsync()).ShouldBeTrue();
            (await page.Locator("#batch-lines tr[data-line-status=Included]").CountAsync()).ShouldBeGreaterThanOrEqualTo(1);
            await page.ShotAsync("agency-payout-batch-prepared-desktop");
            batchUrl = new Uri(page.Url).AbsolutePath;
        }

        await using (var desktop = await app.NewContextAsync(Screens.Desktop))
        {
            var page = await desktop.NewPageAsync();
            await page.SignInAsync(DemoSettings.Email("admin"), new DemoSettings().Password);
            await page.OpenPortalPageAsync(batchUrl);
            await page.ClickAsync("#approve-batch");
            await page.Locator("#bank-file").WaitForAsync();
            (await page.Locator("[data-batch-status=Approved]").CountAsync()).ShouldBe(1);
            var line = page.Locator("#batch-lines tr[data-line-status=Included]").First;
            await line.Locator("[data-fail-reason]").FillAsync("Account name does not match the bank's records");
            await line.Locator("[data-mark-failed]").ClickAsync();
            await page.Locator("#batch-lines tr[data-line-status=Failed]").First.WaitForAsync();
            await page.ShotAsync("agency-payout-batch-approved-desktop");
            await page.Locator("#batch-lines tr[data-line-status=Failed] a").First.ClickAsync();
            await page.Locator("#statement-items").WaitForAsync();
            (await page.Locator("#statement-why").InnerTextAsync()).ShouldContain("Account name does not match");
            (await page.Locator("#statement-total").InnerTextAsync()).ShouldBe(await page.Locator("#statement-amount").InnerTextAsync(), "the items sum to the payout");
            await page.ShotAsync("agency-payout-statement-desktop");
        }

        await using var phone = await app.NewContextAsync(Screens.Phone);
        var maria = await phone.NewPageAsync();
        await maria.SignInAsync(DemoSettings.Email("maria.glowup"), new DemoSettings().Password);
        await maria.OpenPortalPageAsync("/creator/payouts");
        await maria.Locator("#my-payouts [data-payout]").First.WaitForAsync();
        (await maria.Locator("#my-payouts").InnerTextAsync()).ShouldContain("TB-PH-");
        (await maria.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth")).ShouldBeLessThanOrEqualTo(0);
        await maria.ShotAsync("creator-payouts-list-phone");
    }
}
