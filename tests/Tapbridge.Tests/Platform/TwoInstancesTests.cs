using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Tapbridge.Modules.Accounts;
using Tapbridge.Platform.Auth;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Platform;

/// <summary>Production runs several instances behind a load balancer: what one instance issues, another must accept.</summary>
public sealed class TwoInstancesTests(PostgresApp first) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task A_cookie_and_an_api_token_from_one_instance_work_on_another()
    {
        first.Require();
        await using var second = new SecondInstance(first.ConnectionString);
        var email = await first.CreateStaffAsync(Roles.Admin);

        var cookie = await CookieOf(first, email);
        var token = await (await first.SignInAsync(email)).IssueTokenAsync("cross-instance");

        var secondBrowser = WithCookie(second, cookie);
        var viaCookie = await secondBrowser.GetFromJsonAsync<MeResponse>("/api/v1/account/me");
        viaCookie!.Email.ShouldBe(email);
        (await secondBrowser.GetAsync("/agency/staff")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var viaToken = await second.WithToken(token).GetFromJsonAsync<MeResponse>("/api/v1/account/me");
        viaToken!.AuthenticatedBy.ShouldBe(TapbridgeClaims.ApiToken);
    }

    private static HttpClient WithCookie(WebApplicationFactory<Program> instance, string cookie)
    {
        var client = instance.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    /// <summary>Signs in with a handler that exposes the Set-Cookie header, so the raw cookie can travel to the other instance.</summary>
    private static async Task<string> CookieOf(TapbridgeApp app, string email)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var page = await client.GetAsync("/account/signin");
        var antiforgeryCookie = string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var html = await page.Content.ReadAsStringAsync();
        var token = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/signin")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "signin",
                ["__RequestVerificationToken"] = token,
                ["Input.Email"] = email,
                ["Input.Password"] = Actors.Password,
            }),
        };
        post.Headers.Add("Cookie", antiforgeryCookie);
        var response = await client.SendAsync(post);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("tapbridge=", StringComparison.Ordinal)).Split(';')[0];
    }
}
