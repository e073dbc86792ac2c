using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Orders;
using Tapbridge.Modules.Orders.Ingestion;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Modules.Orders;

/// <summary>Staff find a campaign's or a product's order lines in the agency's list, newest first, with the others' filters.</summary>
public abstract class OrderListTests(TapbridgeApp fixture) : AppTests(fixture)
{
    [Fact]
    public async Task The_list_filters_by_campaign_and_by_product()
    {
        var (serum, toner) = (Id(), Id());
        var campaign = Guid.NewGuid();
        var start = DateTimeOffset.UtcNow.AddDays(-3);
        var lines = new[] { Line(serum, start), Line(serum, start.AddHours(1)), Line(toner, start.AddHours(2)), Line(toner, start.AddHours(3)) };
        await using (var scope = App.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<OrderLineIngestor>().IngestAsync(lines, LineSource.Api, "test", CancellationToken.None);
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<TapbridgeDbContext>>().CreateDbContextAsync();
            string[] inCampaign = [lines[0].OrderId, lines[2].OrderId];
            await db.Set<OrderLine>().Where(l => inCampaign.Contains(l.OrderId)).ExecuteUpdateAsync(s => s.SetProperty(l => l.CampaignId, campaign));
        }

        var staff = App.WithToken(await (await App.SignInAsync(await App.CreateStaffAsync(Roles.AccountManager))).IssueTokenAsync());
        async Task<IEnumerable<string>> OrdersAsync(string query) =>
            (await staff.GetFromJsonAsync<OrderLinePage>($"/api/v1/agency/orders?{query}"))!.Items.Select(l => l.OrderId);

        (await OrdersAsync($"campaignId={campaign}")).ShouldBe([lines[2].OrderId, lines[0].OrderId]);
        (await OrdersAsync($"productId={serum}")).ShouldBe([lines[1].OrderId, lines[0].OrderId]);
        (await OrdersAsync($"productId={toner}&campaignId={campaign}")).ShouldBe([lines[2].OrderId]);
        (await OrdersAsync($"productId={toner}&market=PH&status=Processing&pageSize=1&page=2")).ShouldBe([lines[2].OrderId]);
        (await OrdersAsync($"campaignId={Guid.NewGuid()}")).ShouldBeEmpty();
        (await staff.GetFromJsonAsync<OrderLinePage>($"/api/v1/agency/orders?productId={toner}"))!.Total.ShouldBe(2);
    }

    private static string Id() => $"17{Random.Shared.NextInt64(1_000_000_000_000_000, 9_999_999_999_999_999)}";

    private static OrderLineSnapshot Line(string product, DateTimeOffset ordered) => new()
    {
        MarketCode = "PH", Currency = "PHP", OrderId = $"55{Random.Shared.NextInt64(1_000_000_000_000_000, 9_999_999_999_999_999)}", SkuId = "1729000000000000001",
        ProductId = product, ProductName = "Listed serum", CreatorUsername = "nobody_known", Price = 10_000, Quantity = 1, TapRate = 2000, CreatorRate = 1000,
        Status = TikTokLineStatus.Processing, OrderedAt = ordered, Estimated = new ReportedAmounts(10_000, 2_000, 1_000, 0, 0), Actual = ReportedAmounts.Zero,
    };
}

public sealed class OrderListTestsOnSqlite(SqliteApp app) : OrderListTests(app), IClassFixture<SqliteApp>;

public sealed class OrderListTestsOnPostgres(PostgresApp app) : OrderListTests(app), IClassFixture<PostgresApp>;
