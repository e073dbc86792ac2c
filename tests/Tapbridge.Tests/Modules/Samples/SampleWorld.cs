using System.Net;
using System.Net.Http.Json;
using Tapbridge.Modules.Campaigns;
using Tapbridge.Platform.Auth;
using Tapbridge.Tests.Infrastructure;
using Tapbridge.Tests.Modules.Campaigns;

namespace Tapbridge.Tests.Modules.Samples;

/// <summary>What sample tests start from: a product with free samples on offer, and approved creators who may ask.</summary>
internal static class SampleWorld
{
    /// <summary>
    /// A new seller's product with <paramref name="quota"/> samples, approved in a fresh PH campaign that lives in
    /// Tapbridge only.
    /// </summary>
    public static async Task<(Guid Product, HttpClient Seller, HttpClient Manager)> ProductWithSamplesAsync(
        this TapbridgeApp app, int quota)
    {
        var campaign = await app.OpenCampaignAsync();
        var (seller, _) = await app.SignUpSellerAsync(market: "PH");
        var manager = await app.SignInAsync(await app.CreateStaffAsync(Roles.AccountManager));
        var registered = await seller.PostAsJsonAsync($"/api/v1/seller/campaigns/{campaign.Id}/registrations",
            Registrations.Body(await seller.FirstShopAsync(), samples: quota));
        registered.StatusCode.ShouldBe(HttpStatusCode.Created, await registered.Content.ReadAsStringAsync());
        var registration = (await registered.Content.ReadFromJsonAsync<RegistrationView>())!;
        var approved = await manager.PostAsJsonAsync($"/api/v1/agency/registrations/{registration.Id}/review",
            new { decision = "Approve" });
        approved.StatusCode.ShouldBe(HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
        return (registration.Id, seller, manager);
    }

    public static async Task<(HttpClient Client, string Email, Guid Id)> ApprovedCreatorAsync(
        this TapbridgeApp app, int followers = 25_000, string? handle = null)
    {
        var (client, email, signedUp) = await app.SignUpCreatorAsync("PH", followers, handle);
        return (client, email, await app.ApproveCreatorAsync(signedUp));
    }

    /// <summary>A request as the product page sends it: the only SKU, a Makati address, a video in a week.</summary>
    public static object Ask(Guid product, string phone = "+63 917 123 4567") => new
    {
        productId = product,
        skuId = "17293847562011",
        recipient = "Maria Dela Cruz",
        phone,
        address = "Unit 5B, 88 Jupiter Street\nBel-Air, Makati City 1209",
        format = "Video",
        plannedPostOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7))
            .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };
}
