using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Tapbridge.BrowserTests;

/// <summary>The two sizes every screen is checked at, and helpers that wait the way a person would.</summary>
public static class Screens
{
    public static readonly ViewportSize Desktop = new() { Width = 1366, Height = 768 };
    public static readonly ViewportSize Phone = new() { Width = 360, Height = 740 };

    private static readonly AxeRunOptions ViolationsOnly = new() { ResultTypes = [ResultType.Violations] };

    public static Task<IBrowserContext> NewContextAsync(this BrowserApp app, ViewportSize size) =>
        app.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseUrl,
            ViewportSize = size,
            IsMobile = size == Phone,
            HasTouch = size == Phone,
            DeviceScaleFactor = 1,
        });

    public static async Task SignInAsync(this IPage page, string email, string password)
    {
        await page.GotoAsync("/account/signin");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]:has-text('Sign in')");
        await page.WaitForURLAsync(url => !url.Contains("/account/signin", StringComparison.Ordinal));
    }

    /// <summary>Portal pages are prerendered, then become interactive; clicks before that are lost.</summary>
    public static async Task OpenPortalPageAsync(this IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitForSelectorAsync("#tb-page[data-interactive=true]");
        await page.WaitForSelectorAsync("h1");
    }

    /// <summary>axe-core on the page as it is: no serious or critical violation (WCAG 2.1 AA rules and best practices).</summary>
    public static async Task ExpectAccessibleAsync(this IPage page) =>
        (await page.AccessibilityProblemsAsync()).ShouldBeEmpty($"axe on {page.Url}");

    /// <summary>
    /// axe-core's serious and critical violations on the page, each with up to three of its elements. Only violations
    /// are asked for in full: passes and the rest carry one element each, which keeps axe's answer (and the run) short.
    /// </summary>
    public static async Task<List<string>> AccessibilityProblemsAsync(this IPage page)
    {
        var result = await page.RunAxe(ViolationsOnly);
        return result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}, {v.Nodes.Length} elements): {v.Help}: "
                + string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html)))
            .ToList();
    }

    public static Task ShotAsync(this IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotFolder, name + ".png"), FullPage = true });

    public static string SizeName(ViewportSize size) => size == Phone ? "phone" : "desktop";
}
