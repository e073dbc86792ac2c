using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Tapbridge.Platform.Demo;

namespace Tapbridge.BrowserTests;

/// <summary>
/// Creators in their own language on a phone: a Vietnamese browser signs up, browses products and the Showcase in
/// Vietnamese and keeps a language chosen under Me; a Thai browser (a Philippine creator's) reads earnings, a line's explanation and a payout
/// statement in Thai. On every page: the page's language is declared, no text the product shows in English is left
/// untranslated, no ISO currency code stands in for the market's money sign, and axe finds no serious problem.
/// </summary>
[Collection(OneDemoWorld.Name)]
public sealed partial class LanguageTests(BrowserApp fixture)
{
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task A_vietnamese_creator_signs_up_browses_and_keeps_the_language_she_chose_on_a_phone()
    {
        var app = fixture.Require();
        await using var context = await NewContextAsync(app, "vi-VN");
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/signup/creator");
        await ExpectLanguageAsync(page, "vi", "lang-vi-creator-signup-phone");
        var handle = "vi_" + Guid.NewGuid().ToString("N")[..8];
        await page.FillAsync("#handle", "@" + handle);
        await page.SelectOptionAsync("#market", "VN");
        await page.FillAsync("#name", "Trang Pham");
        await page.FillAsync("#followers", "15400");
        await page.CheckAsync("input[name='Input.Niches[beauty]']");
        await page.FillAsync("#phone", "+84901112222");
        await page.FillAsync("#email", $"{handle}@creator.test");
        await page.FillAsync("#password", Password);
        await page.FillAsync("#confirm", Password);
        await page.Locator("main button[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/creator"));
        await page.WaitForSelectorAsync("#tb-page[data-interactive=true]");
        await ExpectLanguageAsync(page, "vi", "lang-vi-creator-home-phone");

        await page.OpenPortalPageAsync("/creator/settings");
        await ExpectLanguageAsync(page, "vi", "lang-vi-creator-me-phone");
        await page.ClickAsync("#profile-language button[value=th]");
        await page.WaitForFunctionAsync("() => document.documentElement.lang === 'th'");
        await using var again = await NewContextAsync(app, "vi-VN");
        var later = await again.NewPageAsync();
        await SignInAsync(later, $"{handle}@creator.test", Password);
        await later.WaitForSelectorAsync("#tb-page[data-interactive=true]");
        (await later.EvaluateAsync<string>("() => document.documentElement.lang")).ShouldBe("th", "her choice outranks her browser");

        var linh = await (await NewContextAsync(app, "vi-VN")).NewPageAsync();
        await SignInAsync(linh, DemoSettings.Email("linh.beauty"), new DemoSettings().Password);
        await linh.OpenPortalPageAsync("/creator/products");
        await linh.Locator(".tb-product-card").First.WaitForAsync();
        await ExpectLanguageAsync(linh, "vi", "lang-vi-creator-products-phone");
        await linh.Locator(".tb-product-card").First.ClickAsync();
        await linh.WaitForURLAsync(new Regex("/creator/products/[0-9a-f-]{36}$"));
        await linh.WaitForSelectorAsync("#tb-page[data-interactive=true]");
        await ExpectLanguageAsync(linh, "vi", "lang-vi-creator-product-phone");
        if (await linh.Locator("#add-to-showcase-button").CountAsync() > 0)
        {
            await linh.ClickAsync("#add-to-showcase-button");
            await linh.Locator("#campaign-terms").WaitForAsync();
            await ExpectLanguageAsync(linh, "vi", "lang-vi-creator-showcase-terms-phone");
        }

        await linh.OpenPortalPageAsync("/creator/showcase");
        await ExpectLanguageAsync(linh, "vi", "lang-vi-creator-showcase-phone");
        await linh.Context.CloseAsync();
    }

    [Fact]
    public async Task A_thai_browser_reads_earnings_a_line_and_a_payout_statement_in_thai_on_a_phone()
    {
        var app = fixture.Require();
        await using var context = await NewContextAsync(app, "th-TH");
        var page = await context.NewPageAsync();
        await SignInAsync(page, await AccessibilityTests.PaidCreatorAsync(app), new DemoSettings().Password);
        await page.OpenPortalPageAsync("/creator/earnings");
        await page.Locator("[data-line]").First.WaitForAsync();
        await ExpectLanguageAsync(page, "th", "lang-th-creator-earnings-phone");

        await page.Locator("[data-line] a").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/creator/earnings/[0-9a-f-]{36}$"));
        await page.Locator("#line-summary").WaitForAsync();
        await ExpectLanguageAsync(page, "th", "lang-th-creator-earning-line-phone");

        await page.OpenPortalPageAsync("/creator/payouts");
        await page.Locator("[data-payout]").First.WaitForAsync();
        await ExpectLanguageAsync(page, "th", "lang-th-creator-payouts-phone");
        await page.Locator("[data-statement-link]").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/creator/payouts/[0-9a-f-]{36}$"));
        await page.Locator("#statement-items").WaitForAsync();
        await ExpectLanguageAsync(page, "th", "lang-th-creator-payout-statement-phone");
    }

    [Fact]
    public async Task A_thai_creator_finds_products_of_her_market_in_thai_on_a_phone()
    {
        var app = fixture.Require();
        await using var context = await NewContextAsync(app, "th-TH");
        var page = await context.NewPageAsync();
        await SignInAsync(page, DemoSettings.Email("ploy.makeup"), new DemoSettings().Password);
        await page.OpenPortalPageAsync("/creator/products/all");
        await page.Locator("#product-list [data-product]").First.WaitForAsync();
        await ExpectLanguageAsync(page, "th", "lang-th-creator-products-phone");
        (await page.Locator("#product-list").InnerTextAsync()).ShouldContain("฿");
    }

    [Fact]
    public async Task A_visitor_picks_thai_before_signing_in_and_the_next_page_is_thai()
    {
        var app = fixture.Require();
        await using var context = await NewContextAsync(app, "en-US");
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/signin");
        (await page.EvaluateAsync<string>("() => document.documentElement.lang")).ShouldBe("en");
        await page.ClickAsync("form.tb-language-form button[value=th]");
        await page.WaitForFunctionAsync("() => document.documentElement.lang === 'th'");
        page.Url.ShouldEndWith("/account/signin", customMessage: "the choice comes back to the page it was made on");
        await page.GotoAsync("/account/signup/creator");
        await ExpectLanguageAsync(page, "th", "lang-th-creator-signup-phone");
    }

    internal static Task<IBrowserContext> NewContextAsync(BrowserApp app, string locale) =>
        app.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseUrl,
            ViewportSize = Screens.Phone,
            IsMobile = true,
            HasTouch = true,
            Locale = locale,
        });

    internal static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/account/signin");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.Locator("main button[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/signin", StringComparison.Ordinal));
    }

    internal static async Task ExpectLanguageAsync(IPage page, string language, string shot)
    {
        (await page.EvaluateAsync<string>("() => document.documentElement.lang")).ShouldBe(language);
        var text = await page.EvaluateAsync<string>("() => document.body.innerText");
        IsoCurrency().Matches(text).Select(m => text[Math.Max(0, m.Index - 40)..Math.Min(text.Length, m.Index + 40)])
            .ShouldBeEmpty("money shows the market's sign, not an ISO code");
        Untranslated(language).Where(english => text.Contains(english, StringComparison.Ordinal)).ShouldBeEmpty(
            "each is a product text left in English on a page in another language");
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth")).ShouldBeLessThanOrEqualTo(0);
        await page.ExpectAccessibleAsync();
        await page.ShotAsync(shot);
    }

    /// <summary>
    /// Every sentence of the product's English (two words or more) whose translation differs from it, in the areas that
    /// speak the language (staff areas speak English and Vietnamese only).
    /// </summary>
    private static List<string> Untranslated(string language)
    {
        var product = typeof(Program).Assembly;
        var culture = CultureInfo.GetCultureInfo(language);
        var found = new List<string>();
        foreach (var area in product.GetManifestResourceNames().Where(n => n.EndsWith(".resources", StringComparison.Ordinal)))
        {
            var resources = new ResourceManager(area[..^".resources".Length], product);
            var english = resources.GetResourceSet(CultureInfo.InvariantCulture, true, false)!.Cast<DictionaryEntry>();
            if (resources.GetResourceSet(culture, true, false) is not { } translated)
            {
                continue;
            }

            found.AddRange(english
                .Select(e => (Key: (string)e.Key, Text: (string)e.Value!))
                .Where(e => e.Text.Contains(' ', StringComparison.Ordinal))
                .Where(e => !e.Text.Contains('{', StringComparison.Ordinal) && !e.Text.Contains('<', StringComparison.Ordinal))
                .Where(e => translated.GetString(e.Key) != e.Text)
                .Select(e => e.Text));
        }

        return found;
    }

    [GeneratedRegex(@"\b(VND|PHP|THB|IDR|MYR|SGD|USD)\b")]
    private static partial Regex IsoCurrency();
}
