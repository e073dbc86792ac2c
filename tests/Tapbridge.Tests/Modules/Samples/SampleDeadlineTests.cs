using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Samples;
using Tapbridge.Modules.Samples.Deadlines;
using Tapbridge.Tests.Infrastructure;
using Tapbridge.Tests.TikTokShop;

namespace Tapbridge.Tests.Modules.Samples;

/// <summary>
/// After delivery the creator has 14 days to post: a reminder three days before, a notice once it is late, each sent
/// once.
/// </summary>
public abstract class SampleDeadlineTests(TapbridgeApp fixture)
{
    private TapbridgeApp App => fixture.Require();

    private SandboxTime Time => ((IClockedApp)App).Time;

    private async Task RunAsync()
    {
        await using var scope = App.Scope();
        await scope.ServiceProvider.GetRequiredService<SampleDeadlines>().RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_delivered_sample_reminds_its_creator_before_the_deadline_and_once_it_has_passed_and_counts_against_her_record()
    {
        var (product, seller, manager) = await App.ProductWithSamplesAsync(quota: 3);
        var (creator, email, _) = await App.ApprovedCreatorAsync();
        var sample = (await (await creator.PostAsJsonAsync("/api/v1/creator/samples", SampleWorld.Ask(product)))
            .Content.ReadFromJsonAsync<SampleView>())!;
        await manager.PostAsJsonAsync("/api/v1/agency/samples/decisions", new { sampleIds = new[] { sample.Id }, approve = true });
        await seller.PostAsJsonAsync($"/api/v1/seller/samples/{sample.Id}/shipment", new { carrier = "LBC", trackingNumber = "LBC123456" });
        var delivered = (await (await manager.PostAsync($"/api/v1/agency/samples/{sample.Id}/delivered", null))
            .Content.ReadFromJsonAsync<Tapbridge.Modules.Samples.Review.SampleQueueItem>())!;
        delivered.Sample.ContentDueAt.ShouldBe(Time.Now.AddDays(14));

        Time.Now = Time.Now.AddDays(10);
        await RunAsync();
        App.AllTo(email).ShouldNotContain(m => m.Subject!.StartsWith("3 days left", StringComparison.Ordinal), "four days are left");

        Time.Now = Time.Now.AddDays(1.5);
        await RunAsync();
        await RunAsync();
        App.AllTo(email).Count(m => m.Subject!.StartsWith("3 days left", StringComparison.Ordinal)).ShouldBe(1);

        Time.Now = Time.Now.AddDays(3);
        await RunAsync();
        await RunAsync();
        App.AllTo(email).Count(m => m.Subject!.EndsWith("is overdue", StringComparison.Ordinal)).ShouldBe(1);
        var signedInAgain = await App.SignInAsync(email);
        var mine = (await signedInAgain.GetFromJsonAsync<CreatorSamplesView>("/api/v1/creator/samples"))!;
        (mine.Fulfilment.Missed, mine.Fulfilment.Percent, mine.Samples.Single().ContentOverdue).ShouldBe((1, (int?)0, true));
    }
}

public sealed class SampleDeadlineTestsOnSqlite(ClockedApp app) : SampleDeadlineTests(app), IClassFixture<ClockedApp>;

public sealed class SampleDeadlineTestsOnPostgres(ClockedPostgresApp app) : SampleDeadlineTests(app), IClassFixture<ClockedPostgresApp>;
