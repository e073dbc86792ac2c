namespace Tapbridge.BrowserTests;

/// <summary>
/// A creator can put Tapbridge on her phone's home screen: Chromium finds nothing missing for installing it (manifest,
/// icons, service worker), and without a network a page opens the offline page, in the phone's language.
/// </summary>
[Collection(OneDemoWorld.Name)]
public sealed class InstallTests(BrowserApp fixture)
{
    [Fact]
    public async Task Chromium_finds_the_app_installable_and_offline_it_opens_the_offline_page_in_the_phone_language()
    {
        var app = fixture.Require();
        await using var context = await app.NewProfileContextAsync("id-ID");
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.EvaluateAsync("() => navigator.serviceWorker.ready.then(() => true)");
        await page.ReloadAsync();
        (await page.EvaluateAsync<bool>("() => navigator.serviceWorker.controller !== null"))
            .ShouldBeTrue("the service worker controls the page");

        var cdp = await context.NewCDPSessionAsync(page);
        var installability = await cdp.SendAsync("Page.getInstallabilityErrors");
        installability.ShouldNotBeNull();
        installability.Value.GetProperty("installabilityErrors").GetArrayLength().ShouldBe(0, installability.Value.ToString());

        await context.SetOfflineAsync(true);
        await page.GotoAsync("/creator/earnings");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Kamu sedang offline");
        (await page.EvaluateAsync<string>("() => document.documentElement.lang")).ShouldBe("id");
        await page.ShotAsync("offline-id-phone");
    }
}
