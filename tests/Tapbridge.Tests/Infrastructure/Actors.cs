using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Accounts;
using Tapbridge.Modules.Accounts.ApiTokens;
using Tapbridge.Modules.Agency;
using Tapbridge.Platform.Auth;

namespace Tapbridge.Tests.Infrastructure;

/// <summary>Intent-named helpers: create people the way the product does, and sign them in over HTTP.</summary>
public static class Actors
{
    public const string Password = "correct horse battery staple";

    /// <summary>A client that behaves like an English browser: cookies, no redirects followed, English first.</summary>
    public static HttpClient Browser(this TapbridgeApp app)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = new Uri("http://localhost"),
        });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US,en;q=0.9");
        return client;
    }

    public static async Task<HttpClient> SignInAsync(this TapbridgeApp app, string email, string password = Password)
    {
        var client = app.Browser();
        var response = await client.SubmitAsync("/account/signin", "signin", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.TextAsync());
        return await client.WithApiAntiforgeryAsync();
    }

    /// <summary>Sends the antiforgery token with every request, as Tapbridge's own scripts would with the session cookie.</summary>
    public static async Task<HttpClient> WithApiAntiforgeryAsync(this HttpClient signedIn)
    {
        var proof = await signedIn.GetFromJsonAsync<AntiforgeryTokenView>("/api/v1/account/antiforgery");
        signedIn.DefaultRequestHeaders.Add(proof!.HeaderName, proof.Token);
        return signedIn;
    }

    public static async Task<string> CreateStaffAsync(this TapbridgeApp app, string role, string? email = null)
    {
        email ??= $"{role.ToLowerInvariant()}.{Guid.NewGuid():N}@agency.test";
        await using var scope = app.Scope();
        var registration = scope.ServiceProvider.GetRequiredService<AccountRegistration>();
        await registration.RegisterAsync(new NewAccount(email, $"Staff {role}", Password, OrganizationKind.Agency, Agency.InstallationId, role, EmailConfirmed: true), CancellationToken.None);
        return email;
    }

    public static async Task<(HttpClient Client, string Email)> SignUpSellerAsync(this TapbridgeApp app, string? brand = null, string market = "VN")
    {
        var email = $"seller.{Guid.NewGuid():N}@brand.test";
        var client = app.Browser();
        var response = await client.SubmitAsync("/account/signup/seller", "seller-signup", new Dictionary<string, string>
        {
            ["Input.BrandName"] = brand ?? $"Brand {Guid.NewGuid():N}"[..20],
            ["Input.YourName"] = "Hoa Pham",
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
            ["Input.Market"] = market,
            ["Input.ShopCode"] = $"{market}{Guid.NewGuid():N}"[..12].ToUpperInvariant(),
            ["Input.ShopName"] = "Official shop",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.TextAsync());
        return (await client.WithApiAntiforgeryAsync(), email);
    }

    public static async Task<(HttpClient Client, string Email, string Handle)> SignUpCreatorAsync(this TapbridgeApp app, string market = "PH", int followers = 25_000, string? handle = null)
    {
        var email = $"creator.{Guid.NewGuid():N}@creator.test";
        handle ??= $"c_{Guid.NewGuid():N}"[..16];
        var client = app.Browser();
        var response = await client.SubmitAsync("/account/signup/creator", "creator-signup", new Dictionary<string, string>
        {
            ["Input.Handle"] = "@" + handle,
            ["Input.Market"] = market,
            ["Input.DisplayName"] = "Maria Dela Cruz",
            ["Input.FollowerCount"] = followers.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Niches[beauty]"] = "true",
            ["Input.Niches[home]"] = "true",
            ["Input.ContactPhone"] = "+639171234567",
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.TextAsync());
        return (await client.WithApiAntiforgeryAsync(), email, handle);
    }

    /// <summary>A creator who signed up and was approved by an account manager (bio code confirmed first).</summary>
    public static async Task<HttpClient> SignUpApprovedCreatorAsync(this TapbridgeApp app, string market = "PH", int followers = 25_000, string? handle = null)
    {
        (var creator, _, handle) = await app.SignUpCreatorAsync(market, followers, handle);
        await app.ApproveCreatorAsync(handle);
        return creator;
    }

    /// <summary>An account manager confirms the creator's bio code and approves them; returns the creator's id.</summary>
    public static async Task<Guid> ApproveCreatorAsync(this TapbridgeApp app, string handle)
    {
        var manager = await app.SignInAsync(await app.CreateStaffAsync(Roles.AccountManager));
        var id = (await manager.GetFromJsonAsync<Tapbridge.Modules.Creators.Onboarding.CreatorPage>($"/api/v1/agency/creators?search={handle}"))!.Items.Single().Id;
        await manager.PostAsync($"/api/v1/agency/creators/{id}/confirm-handle", null);
        (await manager.PostAsync($"/api/v1/agency/creators/{id}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return id;
    }

    /// <summary>Issues a personal API token through the API, as a signed-in person would from the settings page.</summary>
    public static async Task<string> IssueTokenAsync(this HttpClient signedIn, string name = "script")
    {
        var response = await signedIn.PostAsJsonAsync("/api/v1/account/tokens", new { name, expiresInDays = 30 });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var issued = await response.Content.ReadFromJsonAsync<IssuedApiToken>();
        return issued!.Secret;
    }

    public static HttpClient WithToken(this WebApplicationFactory<Program> app, string token)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
