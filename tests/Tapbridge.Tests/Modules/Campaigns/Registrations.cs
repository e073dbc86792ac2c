using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Campaigns;
using Tapbridge.Modules.Sellers.Shops;
using Tapbridge.Platform.Auth;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Modules.Campaigns;

/// <summary>What registration tests need: an open campaign, a seller's shop, a valid registration body.</summary>
public static class Registrations
{
    public static readonly Actor Manager = new(Guid.NewGuid(), Guid.Empty, OrganizationKind.Agency, "Paolo Reyes", new HashSet<string> { Roles.AccountManager });

    /// <summary>A published campaign whose registration opened a minute ago (PH, 15 % required unless said otherwise).</summary>
    public static async Task<CampaignView> OpenCampaignAsync(
        this TapbridgeApp app, string market = "PH", int rate = 1500, string? name = null, int days = 30)
    {
        await using var scope = app.Scope();
        var campaigns = scope.ServiceProvider.GetRequiredService<CampaignService>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().AddMinutes(-1);
        var created = await campaigns.CreateAsync(Manager, market, new CampaignTerms
        {
            Name = name ?? $"Open {Guid.NewGuid():N}"[..20], Description = "Registration is open", CommissionRate = rate, ContactEmail = "tap@agency.test",
            ContactMessenger = market == "VN" ? "+84901234567" : "+639171234567",
            RegistrationStart = now, RegistrationEnd = now.AddDays(20), CampaignStart = now, CampaignEnd = now.AddDays(days),
        }, CancellationToken.None);
        return await campaigns.PublishAsync(Manager, created.Id, CancellationToken.None);
    }

    public static async Task<Guid> FirstShopAsync(this HttpClient seller) =>
        (await seller.GetFromJsonAsync<SellerOverview>("/api/v1/seller/shops"))!.Shops[0].Id;

    public static object Body(Guid shopId, string productId = "1729384756201", int partner = 1000, int creator = 600, string category = "601450", int samples = 10) => new
    {
        shopId,
        productId,
        title = "Vitamin C Glow Serum 30ml",
        description = "Dermatologist-tested.",
        imageUrls = new[] { "https://cdn.brand.test/serum.jpg" },
        categoryId = category,
        skus = new[] { new { skuId = productId + "1", name = "30ml", price = 38_900, stock = 120 } },
        partnerRate = partner,
        creatorRate = creator,
        openCollaborationRate = 1000,
        sampleQuota = samples,
        brief = new { sellingPoints = new[] { "Glow in 7 days" }, forbiddenClaims = new[] { "No medical claims" }, hashtags = new[] { "#glow" } },
    };
}
