using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Commissions;
using Tapbridge.Modules.Commissions.Earnings;
using Tapbridge.Modules.Connections;
using Tapbridge.Modules.Orders;
using Tapbridge.Modules.Orders.Polling;
using Tapbridge.Modules.Showcase;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Markets;
using Tapbridge.Tests.Infrastructure;
using Tapbridge.TikTokShop.Partner;

namespace Tapbridge.Tests.Modules.Orders;

/// <summary>
/// A creator promotes a campaign product through the sandbox for weeks (app and sandbox clocks together); the poll
/// reads TikTok's TAP orders into lines attributed to the creator, reads them again as they change, and the ledger
/// ends up with exactly what TikTok reported.
/// </summary>
public abstract class OrderPollTests<TApp>(TApp fixture) : SandboxTests(fixture, "order-poll-app")
    where TApp : TapbridgeApp, IClockedApp
{
    [Fact]
    public async Task Weeks_of_TikTok_orders_are_read_attributed_kept_up_to_date_and_posted_exactly_as_reported()
    {
        var (_, products) = await ApprovedOnTikTokAsync(1, totalRate: 2000, creatorRate: 1200);
        var tiktokCreator = (await TikTokCreatorsAsync("PH")).OrderByDescending(c => c.GetProperty("follower_count").GetInt32()).First();
        var handle = tiktokCreator.GetProperty("username").GetString()!;
        var creator = App.WithToken(await (await App.SignUpApprovedCreatorAsync("PH", 50_000, handle)).IssueTokenAsync());
        var entry = (await (await creator.PostAsJsonAsync("/api/v1/creator/showcase", new { productId = products[0], acceptTerms = true })).Content.ReadFromJsonAsync<ShowcaseEntry>())!;
        (await Admin.PostAsJsonAsync("/sandbox/showcase", new Dictionary<string, string> { ["creator_open_id"] = tiktokCreator.GetProperty("creator_open_id").GetString()!, ["product_link"] = entry.TikTokLink })).EnsureSuccessStatusCode();

        await AdvanceAsync(TimeSpan.FromDays(10));
        var first = await PollAsync();
        first.New.ShouldBeGreaterThan(0);
        first.Unmatched.ShouldBe(0);
        (await PollAsync()).Changed.ShouldBe(0, "a second read of the same orders changes nothing");

        // The creator's API token lives 30 days: the test stays within them.
        await AdvanceAsync(TimeSpan.FromDays(18));
        var second = await PollAsync();
        second.Changed.ShouldBeGreaterThan(0, "orders delivered, completed, returned or cancelled since are read again");

        await using var scope = App.Scope();
        await scope.ServiceProvider.GetRequiredService<Tapbridge.Modules.Commissions.Maturation.EarningsMaturation>().RunAsync(CancellationToken.None);
        var tiktok = await TikTokOrdersAsync(scope);
        var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
        var lines = await db.Set<OrderLine>().AsNoTracking().ToListAsync();
        lines.Count.ShouldBe(tiktok.Sum(o => o.Skus.Count));
        lines.ShouldAllBe(l => l.Attribution == Attribution.Handle && l.CampaignId != null && l.RegistrationId == products[0]);
        foreach (var order in tiktok)
        {
            foreach (var sku in order.Skus)
            {
                var line = lines.Single(l => l.OrderId == order.Id && l.SkuId == sku.Id);
                line.Status.ToString().ShouldBe(order.Status.ToString(), $"order {order.Id}");
                line.Discrepancy.ShouldBeNull($"order {order.Id}: {line.Discrepancy}");
            }
        }

        var receivable = tiktok.SelectMany(o => OrderLineSnapshot.FromApi(o, Market.Philippines)).Sum(s => s.Current.PartnerCommission);
        (await db.Set<LineEarning>().SumAsync(e => e.Receivable)).ShouldBe(receivable);
        (await scope.ServiceProvider.GetRequiredService<LedgerCheck>().RunAsync(CancellationToken.None)).Balanced.ShouldBeTrue();

        var summary = (await creator.GetFromJsonAsync<EarningsSummary>("/api/v1/creator/earnings"))!;
        summary.ByStage.Single(s => s.Stage == EarningStage.Confirmed).Lines.ShouldBeGreaterThan(0, "orders delivered more than 14 days ago are confirmed");
        summary.ByStage.Single(s => s.Stage == EarningStage.Pending).Lines.ShouldBeGreaterThan(0);
        summary.TikTokPaidTotal.ShouldBe(tiktok.SelectMany(o => OrderLineSnapshot.FromApi(o, Market.Philippines)).Sum(s => s.Current.CreatorCommission));
        var confirmed = (await creator.GetFromJsonAsync<EarningsPage>("/api/v1/creator/earnings/lines?stage=Confirmed"))!.Items[0];
        var explained = (await creator.GetFromJsonAsync<LineExplanation>($"/api/v1/creator/earnings/lines/{confirmed.LineId}"))!;
        explained.History.ShouldNotBeEmpty();
        explained.ExpectedPay.ShouldNotBeNull();
        explained.Entries.ShouldContain(e => e.Kind == EntryKind.Confirmation);
    }

    private async Task AdvanceAsync(TimeSpan by)
    {
        await Sandbox.AdvanceAsync(by);
        ((IClockedApp)fixture).Time.Now += by;
    }

    private async Task<Tapbridge.Modules.Orders.Ingestion.IngestReport> PollAsync()
    {
        await using var scope = App.Scope();
        return await scope.ServiceProvider.GetRequiredService<AffiliateOrderPoll>().PollAsync(Market.Philippines, CancellationToken.None);
    }

    private static async Task<List<AffiliateOrder>> TikTokOrdersAsync(AsyncServiceScope scope)
    {
        var partner = (await scope.ServiceProvider.GetRequiredService<PartnerConnection>().ForMarketAsync("PH", CancellationToken.None))!;
        var orders = new List<AffiliateOrder>();
        await foreach (var order in partner.SearchAffiliateOrdersAsync(new AffiliateOrderQuery { CreateTimeGe = DateTimeOffset.UnixEpoch.AddSeconds(1), CreateTimeLt = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow() }, CancellationToken.None))
        {
            orders.Add(order);
        }

        return orders;
    }
}

public sealed class OrderPollTestsOnSqlite(ClockedApp app) : OrderPollTests<ClockedApp>(app), IClassFixture<ClockedApp>;

public sealed class OrderPollTestsOnPostgres(ClockedPostgresApp app) : OrderPollTests<ClockedPostgresApp>(app), IClassFixture<ClockedPostgresApp>;
