using System.Text.RegularExpressions;
using Tapbridge.Platform.Demo;

namespace Tapbridge.BrowserTests;

/// <summary>
/// In the demo world: Maria changes her payout method on a phone with her password and the code mailed to her, and
/// sees it held; Finance accepts, on a desktop, a GCash account whose holder is not the creator.
/// </summary>
[Collection(OneDemoWorld.Name)]
public sealed partial class PayoutMethodTests(BrowserApp fixture)
{
    [Fact]
    public async Task A_creator_changes_her_payout_method_with_a_mailed_code_and_sees_it_held_on_a_phone()
    {
        var app = fixture.Require();
        await using var context = await app.NewContextAsync(Screens.Phone);
        var page = await context.NewPageAsync();
        await page.SignInAsync(DemoSettings.Email("maria.glowup"), new DemoSettings().Password);
        await page.OpenPortalPageAsync("/creator/settings");
        await page.ClickAsync("#manage-payouts");
        await page.WaitForURLAsync(url => url.EndsWith("/creator/payouts", StringComparison.Ordinal));
        await page.WaitForSelectorAsync("#tb-page[data-interactive=true]");
        (await page.Locator("#payout-method [data-account]").InnerTextAsync()).ShouldBe("••••4567");
        (await page.Locator("#payout-method [data-hold]").InnerTextAsync()).ShouldContain("payouts go to it from", Case.Insensitive);
        (await page.Locator("#earlier-payout-methods").InnerTextAsync()).ShouldContain("••••4821");
        await page.ShotAsync("creator-payouts-phone");

        await page.ClickAsync("#change-payout-method");
        await page.Locator(".mud-select", new() { Has = page.Locator("#payout-provider") }).First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "UnionBank" }).ClickAsync();
        await page.FillAsync("#payout-account", "1094 0033 9999");
        await page.FillAsync("#payout-password", new DemoSettings().Password);
        var mailsBefore = Mails(app).Count;
        await page.ClickAsync("#send-payout-code");
        await page.GetByText("Sent to m•••@").WaitForAsync();
        var code = CodeSubject().Match(Mails(app).Skip(mailsBefore).Last()).Groups[1].Value;
        await page.FillAsync("#payout-code", code);
        await page.ShotAsync("creator-payout-method-change-phone");
        await page.ClickAsync("#save-payout-method");
        await page.Locator("#payout-method [data-account]", new() { HasText = "••••9999" }).WaitForAsync();
        (await page.Locator("#payout-method [data-hold]").InnerTextAsync()).ShouldContain("payouts go to it from", Case.Insensitive);
        (await page.Locator("#payout-method").InnerTextAsync()).ShouldNotContain("109400339999");
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth")).ShouldBeLessThanOrEqualTo(0);
        await page.ShotAsync("creator-payout-method-held-phone");
    }

    [Fact]
    public async Task A_creator_turns_on_an_authenticator_app_and_changes_her_payout_method_with_its_code_on_a_phone()
    {
        var app = fixture.Require();
        await using var context = await app.NewContextAsync(Screens.Phone);
        var page = await context.NewPageAsync();
        await page.SignInAsync(DemoSettings.Email("kaye.daily.ph"), new DemoSettings().Password);
        await page.OpenPortalPageAsync("/creator/payouts");
        await page.FillAsync("#authenticator-password", new DemoSettings().Password);
        await page.ClickAsync("#authenticator-set-up");
        await page.Locator("#authenticator-qr").WaitForAsync();
        await page.ShotAsync("creator-authenticator-setup-phone");
        var key = (await page.Locator("#authenticator-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
        var totp = new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(key));
        await page.FillAsync("#authenticator-code", totp.ComputeTotp());
        await page.ClickAsync("#authenticator-confirm");
        await page.Locator("#authenticator-on").WaitForAsync();

        await page.ClickAsync("#change-payout-method");
        (await page.Locator("#send-payout-code").CountAsync()).ShouldBe(0, "the app's code replaces the mailed one");
        await page.Locator(".mud-select", new() { Has = page.Locator("#payout-provider") }).First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Maya" }).ClickAsync();
        await page.FillAsync("#payout-account", "0918 555 0199");
        await page.FillAsync("#payout-password", new DemoSettings().Password);
        await page.FillAsync("#payout-code", totp.ComputeTotp(DateTime.UtcNow.AddSeconds(30)));
        await page.ClickAsync("#save-payout-method");
        await page.Locator("#payout-method [data-account]", new() { HasText = "••••0199" }).WaitForAsync();
        (await page.Locator("#payout-method [data-hold]").InnerTextAsync()).ShouldContain("payouts go to it from", Case.Insensitive);
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth")).ShouldBeLessThanOrEqualTo(0);
        await page.ShotAsync("creator-authenticator-on-phone");
    }

    [Fact]
    public async Task Finance_accepts_a_payout_account_in_another_name_on_a_desktop()
    {
        var app = fixture.Require();
        await using var context = await app.NewContextAsync(Screens.Desktop);
        var page = await context.NewPageAsync();
        await page.SignInAsync(DemoSettings.Email("finance"), new DemoSettings().Password);
        await page.OpenPortalPageAsync("/agency/finance/schedules");
        var schedules = page.Locator("#payout-schedules");
        (await schedules.Locator("[data-schedule-market=PH]").InnerTextAsync()).ShouldMatch(@"(10|25) [A-Z][a-z]{2} 20\d\d", "the demo pays twice a month, on the 10th and the 25th");
        await schedules.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotFolder, "agency-payout-schedules-desktop.png") });
        await page.GetByRole(AriaRole.Link, new() { Name = "Payout methods" }).ClickAsync();
        var joy = page.Locator("#payout-method-reviews [data-review-id]", new() { HasText = "ate.reviews" });
        (await joy.InnerTextAsync()).ShouldContain("Ramon Garcia");
        await page.Locator("#payout-method-reviews").ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotFolder, "agency-payout-method-review-desktop.png") });
        await joy.Locator("[data-accept]").ClickAsync();
        await page.GetByText("Accepted @ate.reviews").WaitForAsync();
        (await joy.CountAsync()).ShouldBe(0);
    }

    private static List<string> Mails(BrowserApp app) =>
        Directory.Exists(app.MailFolder) ? [.. Directory.EnumerateFiles(app.MailFolder, "*.eml").Order(StringComparer.Ordinal).Select(File.ReadAllText)] : [];

    [GeneratedRegex(@"Subject: (\d{6}) is your Tapbridge code")]
    private static partial Regex CodeSubject();
}
