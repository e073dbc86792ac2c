using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Commissions;
using Tapbridge.Modules.Orders;
using Tapbridge.Modules.Orders.Ingestion;
using Tapbridge.Platform.Data;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Modules.Orders;

/// <summary>
/// The pipelined ingestion (a batch is read and worked out while the one before is written) ends exactly where one
/// batch after another would: a line in two consecutive batches, new or changed, is written once per version, each
/// batch is reported committed in order, and the ledger balances.
/// </summary>
public abstract class OrderLinePipelineTests(TapbridgeApp fixture) : AppTests(fixture)
{
    [Fact]
    public async Task Lines_repeated_across_consecutive_batches_end_as_if_the_batches_ran_one_after_another()
    {
        var now = DateTimeOffset.UtcNow;
        var prefix = $"58{Random.Shared.NextInt64(10_000_000_000, 99_999_999_999)}";
        string Order(int i) => $"{prefix}{i:D4}";
        var batches = new IReadOnlyList<OrderLineSnapshot>[]
        {
            [Line(Order(1), TikTokLineStatus.Processing, now), Line(Order(2), TikTokLineStatus.Processing, now)],
            [Line(Order(1), TikTokLineStatus.Completed, now), Line(Order(2), TikTokLineStatus.Processing, now), Line(Order(3), TikTokLineStatus.Processing, now)],
            [],
            [Line(Order(3), TikTokLineStatus.Completed, now), Line(Order(4), TikTokLineStatus.Processing, now)],
        };
        var committed = new List<(int Batch, IngestReport Report, int Stored)>();

        await using var scope = App.Scope();
        var report = await scope.ServiceProvider.GetRequiredService<OrderLineIngestor>().IngestAsync(
            batches.Select((lines, i) => (lines, i)).ToAsyncEnumerable(), LineSource.Api, "pipeline test",
            async (part, batch) => committed.Add((batch, part, await StoredAsync(batches[batch]))), CancellationToken.None);

        committed.Select(c => c.Batch).ShouldBe([0, 1, 2, 3], "every batch is reported, in order");
        committed.Select(c => (c.Report.New, c.Report.Changed, c.Report.Unchanged)).ShouldBe([(2, 0, 0), (1, 1, 1), (0, 0, 0), (1, 1, 0)]);
        committed.ShouldAllBe(c => c.Stored == batches[c.Batch].Count, "a batch is reported once its lines are stored");
        (report.New, report.Changed, report.Unchanged).ShouldBe((4, 2, 1));

        var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
        var orders = Enumerable.Range(1, 4).Select(Order).ToList();
        var lines = await db.Set<OrderLine>().AsNoTracking().Where(l => l.MarketCode == "PH" && orders.Contains(l.OrderId)).OrderBy(l => l.OrderId).ToListAsync();
        lines.Select(l => (l.Status, l.Version)).ShouldBe([(TikTokLineStatus.Completed, 2), (TikTokLineStatus.Processing, 1), (TikTokLineStatus.Completed, 2), (TikTokLineStatus.Processing, 1)]);
        var ids = lines.Select(l => l.Id).ToList();
        (await db.Set<OrderLineChange>().CountAsync(c => ids.Contains(c.LineId))).ShouldBe(6);
        (await db.Set<LedgerEntry>().CountAsync(e => e.LineId != null && ids.Contains(e.LineId.Value))).ShouldBe(4, "one entry per line: completing with the estimated amounts moves no money");
        (await scope.ServiceProvider.GetRequiredService<LedgerCheck>().RunAsync(CancellationToken.None)).Problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task When_the_caller_stops_after_a_batch_is_committed_no_later_batch_is_written()
    {
        var now = DateTimeOffset.UtcNow;
        var prefix = $"59{Random.Shared.NextInt64(10_000_000_000, 99_999_999_999)}";
        var batches = new IReadOnlyList<OrderLineSnapshot>[] { [Line($"{prefix}0001", TikTokLineStatus.Processing, now)], [Line($"{prefix}0002", TikTokLineStatus.Processing, now)] };

        await using var scope = App.Scope();
        // As a poll that lost its lease: the callback refuses after the first batch, which the next one was already read behind.
        await Should.ThrowAsync<InvalidOperationException>(() => scope.ServiceProvider.GetRequiredService<OrderLineIngestor>().IngestAsync(
            batches.Select((lines, i) => (lines, i)).ToAsyncEnumerable(), LineSource.Api, "pipeline test", (_, _) => throw new InvalidOperationException("lease lost"), CancellationToken.None));

        (await StoredAsync(batches[0])).ShouldBe(1);
        (await StoredAsync(batches[1])).ShouldBe(0, "the batch read ahead is not written once the caller stopped");
    }

    private async Task<int> StoredAsync(IReadOnlyList<OrderLineSnapshot> batch)
    {
        var orders = batch.Select(s => s.OrderId).ToList();
        await using var scope = App.Scope();
        return await scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>().Set<OrderLine>().CountAsync(l => l.MarketCode == "PH" && orders.Contains(l.OrderId));
    }

    private static OrderLineSnapshot Line(string orderId, TikTokLineStatus status, DateTimeOffset now) => new()
    {
        MarketCode = "PH", Currency = "PHP", OrderId = orderId, SkuId = "1729000000000000001", ProductId = "1", CreatorUsername = "nobody_here", Price = 50_000, Quantity = 1,
        TapRate = 2000, CreatorRate = 5000, Status = status, OrderedAt = now.AddDays(-20), DeliveredAt = status == TikTokLineStatus.Completed ? now.AddDays(-16) : null,
        Estimated = new ReportedAmounts(50_000, 10_000, 5_000, 0, 0),
        Actual = status == TikTokLineStatus.Completed ? new ReportedAmounts(50_000, 10_000, 5_000, 0, 0) : ReportedAmounts.Zero,
    };
}

public sealed class OrderLinePipelineTestsOnSqlite(SqliteApp app) : OrderLinePipelineTests(app), IClassFixture<SqliteApp>;

public sealed class OrderLinePipelineTestsOnPostgres(PostgresApp app) : OrderLinePipelineTests(app), IClassFixture<PostgresApp>;
