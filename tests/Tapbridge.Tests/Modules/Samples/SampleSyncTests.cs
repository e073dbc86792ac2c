using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Campaigns;
using Tapbridge.Modules.Samples;
using Tapbridge.Modules.Samples.Review;
using Tapbridge.Modules.Samples.Sync;
using Tapbridge.Platform.Auth;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Modules.Samples;

/// <summary>
/// Samples of a TikTok campaign against the sandbox: a request made inside TikTok appears through the sync, a decision
/// taken in Tapbridge waits until Partner Center applies it, and shipping, delivery and posting follow TikTok.
/// </summary>
public abstract class SampleSyncTests(TapbridgeApp fixture) : SandboxTests(fixture, "samples-app")
{
    private async Task<SampleSyncReport> SyncAsync()
    {
        await using var scope = App.Scope();
        return await scope.ServiceProvider.GetRequiredService<SampleSync>().SyncAllAsync(CancellationToken.None);
    }

    /// <summary>Time passes for TikTok and for Tapbridge alike (TikTok refuses requests signed at another time).</summary>
    private async Task AdvanceAsync(TimeSpan by)
    {
        ((IClockedApp)App).Time.Now += by;
        (await Admin.PostAsJsonAsync("/sandbox/clock/advance", new { seconds = (long)by.TotalSeconds })).EnsureSuccessStatusCode();
    }

    private static async Task<SampleQueueItem> DeskItemAsync(HttpClient manager, Guid creatorId) =>
        (await manager.GetFromJsonAsync<SampleDeskPage>("/api/v1/agency/samples?market=PH&pageSize=100"))!.Items
            .Single(i => i.Creator.Id == creatorId);

    [Fact]
    public async Task A_request_made_in_tiktok_is_decided_here_applied_in_partner_center_and_followed_to_the_post()
    {
        var (campaign, products) = await ApprovedOnTikTokAsync(1, sampleQuota: 4);
        var tiktokCreator = (await TikTokCreatorsAsync("PH"))[3];
        var (_, email, creatorId) = await App.ApprovedCreatorAsync(handle: tiktokCreator.GetProperty("username").GetString()!);
        var managerEmail = await App.CreateStaffAsync(Roles.AccountManager);
        var manager = await App.SignInAsync(managerEmail);
        var productId = (await manager.GetFromJsonAsync<RegistrationDetailView>($"/api/v1/agency/registrations/{products[0]}"))!
            .Registration.ProductId;
        var requested = await Admin.PostAsJsonAsync("/sandbox/samples", new
        {
            creator_open_id = tiktokCreator.GetProperty("creator_open_id").GetString(),
            campaign_id = campaign.TikTokCampaignId,
            product_id = productId,
        });
        requested.EnsureSuccessStatusCode();
        var tiktokSample = (await requested.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        (await SyncAsync()).Added.ShouldBe(1);
        var item = await DeskItemAsync(manager, creatorId);
        (item.Sample.ProductId, item.Sample.Source, item.Sample.Stage, item.Sample.OnTikTok, item.QuotaLeft)
            .ShouldBe((products[0], SampleSource.TikTok, SampleStage.Requested, true, 3));
        (await SyncAsync()).Changed.ShouldBe(0, "a page read twice changes nothing");

        var decided = await manager.PostAsJsonAsync("/api/v1/agency/samples/decisions",
            new { sampleIds = new[] { item.Sample.Id }, approve = true });
        (await decided.Content.ReadFromJsonAsync<List<SampleDecisionOutcome>>())!.Single().Decided
            .ShouldBeTrue(await decided.Content.ReadAsStringAsync());
        await SyncAsync();
        (await DeskItemAsync(manager, creatorId)).Sample.AwaitingTikTok
            .ShouldBeTrue("TikTok still says PENDING: apply it in Partner Center");
        App.AllTo(email).ShouldContain(m => m.Subject!.StartsWith("Your sample is approved", StringComparison.Ordinal));

        (await Admin.PostAsync($"/sandbox/samples/{tiktokSample}/approve", null)).EnsureSuccessStatusCode();
        await SyncAsync();
        var confirmed = (await DeskItemAsync(manager, creatorId)).Sample;
        (confirmed.Stage, confirmed.AwaitingTikTok).ShouldBe((SampleStage.AwaitingShipment, false));

        await AdvanceAsync(TimeSpan.FromDays(2));
        await SyncAsync();
        manager = await App.SignInAsync(managerEmail);
        (await DeskItemAsync(manager, creatorId)).Sample.Stage
            .ShouldBe(SampleStage.Shipped, "shipped within two days, delivered two to four days later");
        App.AllTo(email).ShouldContain(m => m.Subject!.StartsWith("Your sample is on its way", StringComparison.Ordinal));
        await AdvanceAsync(TimeSpan.FromDays(10));
        await SyncAsync();
        manager = await App.SignInAsync(managerEmail);
        var posted = (await DeskItemAsync(manager, creatorId)).Sample;
        (posted.Stage, posted.Carrier).ShouldBe((SampleStage.Completed, "Sandbox Express"));
        var handle = tiktokCreator.GetProperty("username").GetString();
        posted.ContentUrl.ShouldNotBeNull().ShouldStartWith($"https://www.tiktok.com/@{handle}/", customMessage: "the post TikTok counted (P13)");
        posted.ShippedAt.ShouldNotBeNull();
        posted.DeliveredAt.ShouldNotBeNull().ShouldBeGreaterThan(posted.ShippedAt!.Value);
        App.AllTo(email).Select(m => m.Subject).ShouldNotContain(s => s!.StartsWith("Your sample has arrived", StringComparison.Ordinal),
            "delivered and posted between two syncs: there is nothing left to ask of the creator");
    }
}

public sealed class SampleSyncTestsOnSqlite(ClockedApp app) : SampleSyncTests(app), IClassFixture<ClockedApp>;

public sealed class SampleSyncTestsOnPostgres(ClockedPostgresApp app) : SampleSyncTests(app), IClassFixture<ClockedPostgresApp>;
