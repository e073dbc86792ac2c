using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Campaigns;
using Tapbridge.Modules.Campaigns.Review;
using Tapbridge.Modules.Campaigns.Sync;
using Tapbridge.Modules.Connections;
using Tapbridge.Platform.Data;
using Tapbridge.Tests.Modules.Campaigns;
using TikTokShopSandbox;

namespace Tapbridge.Tests.Infrastructure;

/// <summary>
/// Tests against a sandbox of their own that the shared test app is connected to as the agency (started at the app's
/// clock when the app has one the test moves), with the sandbox's admin endpoints at hand for what sellers and
/// creators do in TikTok.
/// </summary>
public abstract class SandboxTests(TapbridgeApp fixture, string appKey) : IAsyncLifetime
{
    private SandboxHost? sandbox;
    private HttpClient? admin;

    protected TapbridgeApp App => fixture.Require();

    /// <summary>How many requests a second the sandbox answers per path before it throttles (TikTok's limits are of this order).</summary>
    protected virtual int RequestsPerSecond => 50;

    protected SandboxHost Sandbox => sandbox ?? throw new InvalidOperationException("The sandbox is not running.");

    /// <summary>The sandbox's own endpoints (<c>/sandbox/…</c>): Seller Center registrations, creators' showcases, consents.</summary>
    protected HttpClient Admin => admin ?? throw new InvalidOperationException("The sandbox is not running.");

    public async ValueTask InitializeAsync()
    {
        if (fixture.UnavailableReason is not null)
        {
            return;
        }

        var start = fixture is IClockedApp clocked ? clocked.Time.Now : DateTimeOffset.UtcNow;
        sandbox = await SandboxHost.StartAsync(
            new SandboxOptions { AppKey = appKey, AppSecret = appKey + "-secret", Start = start, RequestsPerSecond = RequestsPerSecond });
        admin = new HttpClient { BaseAddress = sandbox.BaseUrl };
        await using var scope = App.Scope();
        await scope.ConnectAsync(sandbox);
    }

    public async ValueTask DisposeAsync()
    {
        admin?.Dispose();
        if (sandbox is not null)
        {
            await sandbox.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>A seller registers a product in Seller Center: the sandbox picks the next product of a targeted shop.</summary>
    protected async Task<JsonElement> RegisterOnTikTokAsync(CampaignView campaign, object? body = null)
    {
        var response = await Admin.PostAsJsonAsync($"/sandbox/campaigns/{campaign.TikTokCampaignId}/registrations", body ?? new { });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private protected async Task<SyncReport> SyncAsync(CampaignView campaign)
    {
        await using var scope = App.Scope();
        return await scope.ServiceProvider.GetRequiredService<RegistrationSync>().SyncCampaignAsync(campaign.Id, CancellationToken.None);
    }

    /// <summary>
    /// An open PH campaign whose sellers registered <paramref name="count"/> products in Seller Center (with
    /// <paramref name="sampleQuota"/> free samples each, or the sandbox's own offer), synced and approved by the agency.
    /// </summary>
    protected async Task<(CampaignView Campaign, IReadOnlyList<Guid> Products)> ApprovedOnTikTokAsync(
        int count, int totalRate = 2000, int creatorRate = 1200, int? sampleQuota = null, int campaignDays = 30)
    {
        var campaign = await App.OpenCampaignAsync(days: campaignDays);
        for (var i = 0; i < count; i++)
        {
            await RegisterOnTikTokAsync(campaign,
                new { total_commission_rate = totalRate, creator_commission_rate = creatorRate, sample_quota = sampleQuota });
        }

        await SyncAsync(campaign);
        await using var scope = App.Scope();
        var review = scope.ServiceProvider.GetRequiredService<RegistrationReview>();
        var found = (await review.QueueAsync(new ReviewQuery { CampaignId = campaign.Id }, CancellationToken.None)).Items;
        foreach (var registration in found)
        {
            await review.DecideAsync(
                Registrations.Manager, registration.Id, new ReviewRequest(ReviewDecision.Approve), CancellationToken.None);
        }

        return (campaign, found.Select(r => r.Id).ToList());
    }

    /// <summary>
    /// A creator adds a campaign product to her TikTok Showcase from the agency's promotion link (at a 12 % creator rate).
    /// </summary>
    protected async Task AddToTikTokShowcaseAsync(CampaignView campaign, Guid registrationId, JsonElement tiktokCreator)
    {
        await using var scope = App.Scope();
        var registration = await scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>().Set<Registration>().AsNoTracking()
            .SingleAsync(r => r.Id == registrationId);
        var partner = (await scope.ServiceProvider.GetRequiredService<PartnerConnection>()
            .ForMarketAsync(registration.MarketCode, CancellationToken.None))!;
        var link = await partner.GeneratePromotionLinkAsync(
            campaign.TikTokCampaignId!, registration.ProductId, 1200, CancellationToken.None);
        var added = await Admin.PostAsJsonAsync("/sandbox/showcase",
            new { creator_open_id = tiktokCreator.GetProperty("creator_open_id").GetString(), product_link = link.Link });
        added.EnsureSuccessStatusCode();
    }

    /// <summary>The sandbox's creators of a market, as TikTok knows them.</summary>
    protected async Task<JsonElement[]> TikTokCreatorsAsync(string market = "PH") =>
        (await Admin.GetFromJsonAsync<JsonElement[]>("/sandbox/creators"))!
            .Where(c => c.GetProperty("market").GetString() == market).ToArray();
}
