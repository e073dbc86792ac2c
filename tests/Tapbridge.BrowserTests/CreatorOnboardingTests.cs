using System.Text.RegularExpressions;
using Tapbridge.Platform.Demo;

namespace Tapbridge.BrowserTests;

/// <summary>On a phone: a new creator signs up with niches, proves the handle with the bio code, and a manager approves.</summary>
public sealed class CreatorOnboardingTests(BrowserApp fixture) : IClassFixture<BrowserApp>
{
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task A_new_creator_posts_the_bio_code_and_is_approved_by_a_manager_on_a_phone()
    {
        var app = fixture.Require();
        await using var creatorContext = await app.NewContextAsync(Screens.Phone);
        var creator = await creatorContext.NewPageAsync();
        await creator.GotoAsync("/account/signup/creator");
        var handle = "onb_" + Guid.NewGuid().ToString("N")[..8];
        await creator.FillAsync("#handle", "@" + handle);
        await creator.SelectOptionAsync("#market", "PH");
        await creator.FillAsync("#name", "Rica Santos");
        await creator.FillAsync("#followers", "8200");
        await creator.CheckAsync("input[name='Input.Niches[beauty]']");
        await creator.CheckAsync("input[name='Input.Niches[fashion]']");
        await creator.FillAsync("#phone", "+639171112222");
        await creator.FillAsync("#email", $"{handle}@creator.test");
        await creator.FillAsync("#password", Password);
        await creator.FillAsync("#confirm", Password);
        await creator.ShotAsync("creator-signup-niches-phone");
        await creator.ClickAsync("button[type=submit]");
        await creator.WaitForURLAsync(new Regex("/creator"));
        await creator.WaitForSelectorAsync("#tb-page[data-interactive=true]");
        var code = await creator.Locator("#verification-code").InnerTextAsync();
        code.ShouldMatch("^TB-[A-Z0-9]{6}$");
        await creator.ClickAsync("#code-posted");
        await creator.Locator(".mud-snackbar", new() { HasText = "checks your bio" }).WaitForAsync();
        await creator.ShotAsync("creator-onboarding-steps-phone");

        await using var staffContext = await app.NewContextAsync(Screens.Phone);
        var manager = await staffContext.NewPageAsync();
        await manager.SignInAsync(DemoSettings.Email("manager"), new DemoSettings().Password);
        await manager.OpenPortalPageAsync("/agency/creators");
        await manager.Locator(".tb-creator-link", new() { HasText = handle }).ClickAsync();
        await manager.WaitForURLAsync(new Regex("/agency/creators/[0-9a-f-]{36}$"));
        await manager.WaitForSelectorAsync("#tb-page[data-interactive=true]");
        (await manager.Locator("#handle-proof").InnerTextAsync()).ShouldContain("says the code is in the bio");
        await manager.ShotAsync("agency-creator-review-phone");
        await manager.ClickAsync("#confirm-handle");
        await manager.Locator("#handle-proof", new() { HasText = "Bio code seen" }).WaitForAsync();
        await manager.ClickAsync("#approve-creator");
        await manager.Locator(".mud-snackbar", new() { HasText = "Approved" }).WaitForAsync();
        (await manager.Locator("#creator-history").InnerTextAsync()).ShouldContain("Approved by Paolo Reyes");

        await creator.ReloadAsync();
        await creator.WaitForSelectorAsync("#tb-page[data-interactive=true]");
        (await creator.Locator("#onboarding-steps").CountAsync()).ShouldBe(0, "an approved creator has no steps left");
        (await creator.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth")).ShouldBeLessThanOrEqualTo(0);
        await creator.ShotAsync("creator-approved-phone");
    }
}
