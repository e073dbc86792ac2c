using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Orders;
using Tapbridge.Modules.Orders.Ingestion;
using Tapbridge.Platform.Telemetry;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Platform;

/// <summary>The product's own metrics are measured where the work happens, for any OpenTelemetry collector to read.</summary>
public sealed class TelemetryTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Ingested_order_lines_are_counted_by_source_and_outcome()
    {
        var counted = new List<(long Value, string? Source, string? Outcome)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == TapbridgeTelemetry.Name && instrument.Name == "tapbridge.orders.lines_ingested")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var all = tags.ToArray();
            lock (counted)
            {
                counted.Add((value, all.Single(t => t.Key == "source").Value as string, all.Single(t => t.Key == "outcome").Value as string));
            }
        });
        listener.Start();

        await using var scope = app.Scope();
        var ingestor = scope.ServiceProvider.GetRequiredService<OrderLineIngestor>();
        var lines = Enumerable.Range(1, 3).Select(i => Line($"59100000000000000{i}")).ToList();
        await ingestor.IngestAsync(lines, LineSource.Staff, "telemetry test", CancellationToken.None);
        await ingestor.IngestAsync(lines, LineSource.Staff, "telemetry test", CancellationToken.None);

        lock (counted)
        {
            counted.Where(c => c is { Source: "Staff", Outcome: "new" }).Sum(c => c.Value).ShouldBeGreaterThanOrEqualTo(3);
            counted.Where(c => c is { Source: "Staff", Outcome: "unchanged" }).Sum(c => c.Value).ShouldBeGreaterThanOrEqualTo(3);
        }
    }

    private static OrderLineSnapshot Line(string orderId) => new()
    {
        MarketCode = "PH", Currency = "PHP", OrderId = orderId, SkuId = "1729000000000000001", ProductId = "1729000000000000900", ProductName = "Counted serum",
        CreatorUsername = "nobody_known", Price = 50_000, Quantity = 1, TapRate = 2000, CreatorRate = 3000,
        Status = TikTokLineStatus.Processing, OrderedAt = DateTimeOffset.UtcNow.AddHours(-1),
        Estimated = new ReportedAmounts(50_000, 10_000, 3_000, 0, 0), Actual = ReportedAmounts.Zero,
    };
}
