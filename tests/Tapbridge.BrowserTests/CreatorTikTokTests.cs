using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Connections;
using Tapbridge.Platform.Demo;

namespace Tapbridge.BrowserTests;

/// <summary>On a phone, a creator connects TikTok through TikTok's consent page (the sandbox's) and comes back with the handle proven.</summary>
[Collection(OneDemoWorld.Name)]
public sealed class CreatorTikTokTests(BrowserApp fixture)
{
    [Fact]
    public async Task A_creator_connects_tiktok_on_a_phone_and_the_handle_is_proven()
    {
        var app = fixture.Require();
        await using var scope = app.Services.CreateAsyncScope();
        var sandbox = new Uri((await scope.ServiceProvider.GetRequiredService<TikTokAppSettings>().GetAsync(CancellationToken.None))!.SandboxUrl!);
        using var admin = new HttpClient { BaseAddress = sandbox };
        var tiktok = (await admin.GetFromJsonAsync<JsonElement[]>("/sandbox/creators"))!.First(c => c.GetProperty("market").GetString() == "PH");
        var username = tiktok.GetProperty("username").GetString()!;

        await using var context = await app.NewContextAsync(Screens.Phone);
        var page = await context.NewPageAsync();
        await page.SignInAsync(DemoSettings.Email(username), new DemoSettings().Password);
        await page.OpenPortalPageAsync("/creator/settings");
        await page.ShotAsync("creator-settings-connect-tiktok-phone");
        await page.ClickAsync("#connect-tiktok");
        await page.WaitForURLAsync(new Regex("/alliance/creator/auth"));
        await page.SelectOptionAsync("select[name=creator_open_id]", tiktok.GetProperty("creator_open_id").GetString()!);
        await page.ClickAsync("button[value=authorize]");
        await page.WaitForURLAsync(new Regex("/creator/settings\\?tiktok=connected"));
        await page.WaitForSelectorAsync("#tb-page[data-interactive=true]");
        (await page.Locator("#tiktok-account").InnerTextAsync()).ShouldContain("@" + username);
        (await page.Locator("#tiktok-error").CountAsync()).ShouldBe(0);
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth")).ShouldBeLessThanOrEqualTo(0);
        await page.ShotAsync("creator-settings-tiktok-connected-phone");
    }
}
