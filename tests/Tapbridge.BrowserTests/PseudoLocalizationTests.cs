using System.Text.RegularExpressions;
using Tapbridge.Platform.Demo;

namespace Tapbridge.BrowserTests;

/// <summary>
/// The pages creators and sellers see, in the pseudo language (every resx text reads "⟦Šàvé⟧"): any English sentence
/// or common English button word left plain on a page, or in its accessible names and placeholders, was written around
/// the localizers. People's own words (product names, a campaign's description) are marked <c>translate="no"</c>.
/// </summary>
[Collection(OneDemoWorld.Name)]
public sealed partial class PseudoLocalizationTests(BrowserApp fixture)
{
    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "your", "you", "to", "of", "and", "for", "is", "are", "in", "on", "with", "this", "no", "not", "be", "will",
        "can", "has", "have", "from", "by", "at", "an", "it", "or", "yet", "all", "more", "what", "when", "how", "was", "our",
        "we", "its", "there", "here", "each", "any", "only",
    };

    private static readonly HashSet<string> ButtonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Save", "Cancel", "Close", "Back", "Next", "Previous", "Edit", "Delete", "Search", "Loading", "Copy", "Submit",
        "Continue", "Open", "Done", "Yes", "Home", "Earnings", "Payouts", "Products", "Settings", "Language", "Clear",
    };

    [Fact]
    public async Task Every_text_creators_and_sellers_read_comes_from_the_resx_files()
    {
        var app = fixture.Require();
        await using var context = await app.NewContextAsync(Screens.Phone);
        await context.AddCookiesAsync([new Cookie { Name = "tb-pseudo", Value = "1", Url = app.BaseUrl }]);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        foreach (var path in new[] { "/", "/account/signin", "/account/signup/creator", "/account/signup/seller" })
        {
            await page.GotoAsync(path);
            problems.AddRange(await PlainEnglishAsync(page));
        }

        await SignInAsync(page, await AccessibilityTests.PaidCreatorAsync(app));
        string[] creatorPages =
            ["/creator", "/creator/products", "/creator/products/all", "/creator/showcase", "/creator/earnings", "/creator/payouts", "/creator/settings"];
        foreach (var path in creatorPages)
        {
            await page.OpenPortalPageAsync(path);
            problems.AddRange(await PlainEnglishAsync(page));
        }

        foreach (var (list, link) in new[]
        {
            ("/creator/products/all", "#product-list a[href^='/creator/products/']"),
            ("/creator/earnings", "[data-line] a"),
            ("/creator/payouts", "[data-statement-link]"),
        })
        {
            await page.OpenPortalPageAsync(list);
            await page.OpenPortalPageAsync((await page.Locator(link).First.GetAttributeAsync("href"))!);
            problems.AddRange(await PlainEnglishAsync(page));
        }

        await context.ClearCookiesAsync(new() { Name = ".AspNetCore.Identity.Application" });
        await SignInAsync(page, await SampleTests.CreatorWithSamplesAsync(app));
        await page.OpenPortalPageAsync("/creator/samples");
        problems.AddRange(await PlainEnglishAsync(page));
        await page.OpenPortalPageAsync((await page.Locator("#my-samples a").First.GetAttributeAsync("href"))!);
        problems.AddRange(await PlainEnglishAsync(page));

        await context.ClearCookiesAsync(new() { Name = ".AspNetCore.Identity.Application" });
        await SignInAsync(page, DemoSettings.Email("seller.kopi"));
        string[] sellerPages =
            ["/seller", "/seller/campaigns", "/seller/registrations", "/seller/samples", "/seller/samples/returns", "/seller/shops", "/seller/team",
                "/seller/settings"];
        foreach (var path in sellerPages)
        {
            await page.OpenPortalPageAsync(path);
            problems.AddRange(await PlainEnglishAsync(page));
        }

        await page.OpenPortalPageAsync("/seller/registrations");
        await page.OpenPortalPageAsync((await page.Locator("a[href^='/seller/registrations/']").First.GetAttributeAsync("href"))!);
        problems.AddRange(await PlainEnglishAsync(page));
        await page.ShotAsync("pseudo-seller-registration-phone");

        problems.Distinct().ShouldBeEmpty();
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/account/signin");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", new DemoSettings().Password);
        await page.Locator("main button[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/signin", StringComparison.Ordinal));
    }

    /// <summary>The page's visible texts, accessible names and placeholders that read as English the localizers missed.</summary>
    private static async Task<IEnumerable<string>> PlainEnglishAsync(IPage page)
    {
        var texts = await page.EvaluateAsync<string[][]>("""
            () => {
                const out = [];
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                while (walker.nextNode()) {
                    const element = walker.currentNode.parentElement;
                    const text = walker.currentNode.textContent.trim();
                    if (text && element && !element.closest('script, style, noscript, [translate=no]') && element.checkVisibility()) {
                        out.push([text, element.tagName]);
                    }
                }
                for (const element of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
                    if (!element.closest('[translate=no]')) {
                        for (const name of ['aria-label', 'placeholder', 'title']) {
                            const value = element.getAttribute(name)?.trim();
                            if (value) out.push([value, `${element.tagName}[${name}]`]);
                        }
                    }
                }
                return out;
            }
            """);
        var path = new Uri(page.Url).AbsolutePath;
        return texts.Where(t => IsPlainEnglish(t[0])).Select(t => $"{path}: {t[0]} ({t[1]})");
    }

    private static bool IsPlainEnglish(string text)
    {
        var english = Word().Matches(text).Select(m => m.Value).Where(w => w.All(char.IsAscii)).ToList();
        return english.Count(SmallWords.Contains) >= 2 || (english.Count == 1 && ButtonWords.Contains(english[0]) && text.Trim() == english[0]);
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
