using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tapbridge;
using Tapbridge.Modules.Agency;
using Tapbridge.Modules.Commissions;
using Tapbridge.Modules.Creators;
using Tapbridge.Modules.Orders;
using Tapbridge.Modules.Orders.Import;
using Tapbridge.Modules.Orders.Ingestion;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Markets;
using Tapbridge.Platform.Startup;

// Ingests N generated order lines into a fresh database three ways and prints lines/s, the ratio to a raw batched
// insert of the same rows (the ones the ingestor writes, built beforehand), and the process's working set.
//   dotnet run -c Release --project bench/OrderIngestion -- Sqlite 100000
//   dotnet run -c Release --project bench/OrderIngestion -- Postgres 100000 "Host=127.0.0.1;Port=5432;Username=postgres;Database=bench"
//   dotnet run -c Release --project bench/OrderIngestion -- Sqlite 100000 --api      (the same lines read from the sandbox's P10 instead)
var provider = args.Length > 0 ? args[0] : "Sqlite";
var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;
var work = Directory.CreateTempSubdirectory("tapbridge-bench-").FullName;
var connection = provider == "Sqlite" ? $"Data Source={Path.Combine(work, "bench.db")}" : args[2];
if (args.Contains("--api"))
{
    await ApiIngestion.RunAsync(provider, connection, work, count);
    Directory.Delete(work, recursive: true);
    return;
}


var builder = WebApplication.CreateBuilder([$"--Database:Provider={provider}", $"--ConnectionStrings:Tapbridge={connection}", "--Logging:LogLevel:Default=Warning", "--Demo:Enabled=false"]);
builder.AddPlatform();
builder.AddModules();
await using var app = builder.Build();
await app.PrepareAsync(migrate: true);

var now = DateTimeOffset.UtcNow;
await using (var scope = app.Services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
    // Approved, as only approved creators are matched: 50 of the 60 usernames in the lines are the agency's creators.
    var creators = Enumerable.Range(0, 50).Select(i => Creator.Create($"bench_creator_{i}", Market.Philippines, $"Bench {i}", 10_000, now)).ToList();
    creators.ForEach(c => { c.AuthorizedOnTikTok(c.Handle, now); c.Approve(1_000, "bench", now); });
    db.AddRange(creators);
    await db.SaveChangesAsync();
}

Console.WriteLine($"{provider}, {count:N0} lines, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}");
var raw = await SameRowsAsync(app, count);
Report("raw batched insert of the same rows (baseline)", count, raw, raw);
Report("raw batched insert, one 15-column row per line", count, await OneRowPerLineAsync(app, count), raw);
var ingest = await TimeAsync(async () =>
{
    await using var scope = app.Services.CreateAsyncScope();
    var ingestor = scope.ServiceProvider.GetRequiredService<OrderLineIngestor>();
    await ingestor.IngestAsync(Batches("A", count), LineSource.Api, "bench", (_, _) => Task.CompletedTask, CancellationToken.None);
});
Report("ingestor (lines, history, attribution, ledger)", count, ingest, raw);
var again = await TimeAsync(async () =>
{
    await using var scope = app.Services.CreateAsyncScope();
    var ingestor = scope.ServiceProvider.GetRequiredService<OrderLineIngestor>();
    await ingestor.IngestAsync(Batches("A", count), LineSource.Api, "bench", (_, _) => Task.CompletedTask, CancellationToken.None);
});
Report("the same lines again (unchanged)", count, again, raw);
var csvPath = Path.Combine(work, "bench.csv");
await WriteCsvAsync(csvPath, Lines("C", count));
var import = await TimeAsync(async () =>
{
    await using var scope = app.Services.CreateAsyncScope();
    var finance = new Actor(Guid.Empty, Agency.InstallationId, OrganizationKind.Agency, "bench", new HashSet<string> { Roles.Finance });
    await using var file = File.OpenRead(csvPath);
    await scope.ServiceProvider.GetRequiredService<OrderImports>().ImportAsync(finance, "PH", "bench.csv", file, CancellationToken.None);
});
Report($"CSV import ({new FileInfo(csvPath).Length / 1024 / 1024} MB file, streamed)", count, import, raw);
await using (var scope = app.Services.CreateAsyncScope())
{
    var check = await scope.ServiceProvider.GetRequiredService<LedgerCheck>().RunAsync(CancellationToken.None);
    Console.WriteLine($"ledger: {check.Entries:N0} entries, balanced: {check.Balanced}; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024:N0} MB");
}

Directory.Delete(work, recursive: true);
return;

static IAsyncEnumerable<(IReadOnlyList<OrderLineSnapshot>, int)> Batches(string prefix, int count) =>
    Lines(prefix, count).Chunk(OrderLineIngestor.BatchSize).Select((c, i) => ((IReadOnlyList<OrderLineSnapshot>)c, i)).ToAsyncEnumerable();

static IEnumerable<OrderLineSnapshot> Lines(string prefix, int count)
{
    var ordered = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(-20), TimeSpan.Zero);
    for (var i = 0; i < count; i++)
    {
        var price = 10_000 + i % 5_000;
        var quantity = 1 + i % 3;
        var commissionBase = price * quantity;
        var tap = Rates.Apply(commissionBase, 2000);
        var completed = i % 3 == 0;
        yield return new OrderLineSnapshot
        {
            MarketCode = "PH", Currency = "PHP", OrderId = $"{prefix switch { "A" => 6, "S" => 8, _ => 7 }}{i:D17}", SkuId = $"17{i % 7:D16}", ProductId = $"18{i % 40:D16}", ProductName = "Bench serum",
            CreatorUsername = $"bench_creator_{i % 60}", Price = price, Quantity = quantity, TapRate = 2000, CreatorRate = 4000,
            Status = completed ? TikTokLineStatus.Completed : TikTokLineStatus.Processing, OrderedAt = ordered.AddSeconds(i), DeliveredAt = completed ? ordered.AddDays(3) : null,
            Estimated = new ReportedAmounts(commissionBase, tap, Rates.Apply(tap, 4000), 0, 0),
            Actual = completed ? new ReportedAmounts(commissionBase, tap, Rates.Apply(tap, 4000), 0, 0) : ReportedAmounts.Zero,
        };
    }
}

static async Task WriteCsvAsync(string path, IEnumerable<OrderLineSnapshot> lines)
{
    await using var csv = new StreamWriter(path, false, new UTF8Encoding(false));
    await csv.WriteLineAsync("Order ID,SKU ID,Product ID,Product name,Creator username,Price,Quantity,Order status,Affiliate partner CPS,Creator CPS,Estimated commission base," +
        "Estimated commission revenue,Estimated creator commission,Actual commission base,Actual partner commission,Actual creator commission,Time created,Time delivered");
    static string M(long minor) => (minor / 100m).ToString("0.00", CultureInfo.InvariantCulture);
    foreach (var l in lines)
    {
        await csv.WriteLineAsync(string.Join(',', [l.OrderId, l.SkuId, l.ProductId, l.ProductName, l.CreatorUsername, M(l.Price), l.Quantity.ToString(CultureInfo.InvariantCulture),
            l.Status == TikTokLineStatus.Completed ? "Completed" : "In progress", "20%", "40%", M(l.Estimated.Base), M(l.Estimated.Tap), M(l.Estimated.Creator),
            M(l.Actual.Base), M(l.Actual.Tap), M(l.Actual.Creator), l.OrderedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            l.DeliveredAt?.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) ?? ""]));
    }
}

// The rows the ingestor writes for new lines (line with its earning, history, ledger entry with its legs), built before the clock
// runs and written through the same raw path (BulkRows) in transactions of the same size: what ingestion would cost
// if reading, matching and computing were free.
static async Task<TimeSpan> SameRowsAsync(WebApplication app, int count)
{
    await using var scope = app.Services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
    var postings = scope.ServiceProvider.GetRequiredService<EarningPostings>();
    var creators = await db.Set<Creator>().AsNoTracking().ToDictionaryAsync(c => c.Handle, c => c.Id);
    var watch = new Stopwatch();
    foreach (var chunk in Lines("S", count).Chunk(OrderLineIngestor.BatchSize))
    {
        // A batch's own time, as the ingestor's: ids (version 7) then grow with it, as they do in production.
        var now = DateTimeOffset.UtcNow;
        var earnings = await postings.OpenAsync(db, "PH", [], creators.Values.ToList(), CancellationToken.None);
        var lines = chunk.Select(s => OrderLine.Start(s, LineSource.Api, now)).ToList();
        var changes = new List<OrderLineChange>();
        foreach (var line in lines)
        {
            line.Attribute(creators.TryGetValue(line.CreatorUsername, out var id) ? id : null, null, null);
            changes.Add(OrderLineChange.Record(line, "bench", "First reported", now));
            earnings.Post(line.Facts(), line.Version, "First reported", now);
        }

        watch.Start();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await earnings.WriteAsync(db, lines, CancellationToken.None);
        await BulkRows.InsertAsync(db, changes, CancellationToken.None);
        await transaction.CommitAsync();
        watch.Stop();
    }

    return watch.Elapsed;
}

static async Task<TimeSpan> OneRowPerLineAsync(WebApplication app, int count)
{
    await using var scope = app.Services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
    await db.Database.ExecuteSqlRawAsync("CREATE TABLE bench_raw (id TEXT, order_id TEXT, sku_id TEXT, product_id TEXT, creator TEXT, price BIGINT, quantity INT, status TEXT, ordered_at BIGINT, est_base BIGINT, est_tap BIGINT, est_creator BIGINT, act_base BIGINT, act_tap BIGINT, act_creator BIGINT)");
    var connection = db.Database.GetDbConnection();
    await connection.OpenAsync();
    if (connection is NpgsqlConnection postgres)
    {
        // PostgreSQL's fastest raw path, as the ingestor's own inserts use it.
        return await TimeAsync(async () =>
        {
            foreach (var chunk in Lines("R", count).Chunk(1000))
            {
                await using var transaction = await postgres.BeginTransactionAsync();
                await using (var copy = await postgres.BeginBinaryImportAsync("COPY bench_raw FROM STDIN (FORMAT BINARY)"))
                {
                    foreach (var l in chunk)
                    {
                        await copy.WriteRowAsync(CancellationToken.None, Guid.NewGuid().ToString(), l.OrderId, l.SkuId, l.ProductId, l.CreatorUsername, l.Price, l.Quantity, l.Status.ToString(),
                            l.OrderedAt.ToUnixTimeMilliseconds(), l.Estimated.Base, l.Estimated.Tap, l.Estimated.Creator, l.Actual.Base, l.Actual.Tap, l.Actual.Creator);
                    }

                    await copy.CompleteAsync();
                }

                await transaction.CommitAsync();
            }
        });
    }

    return await TimeAsync(async () =>
    {
        foreach (var chunk in Lines("R", count).Chunk(1000))
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO bench_raw VALUES (@p0,@p1,@p2,@p3,@p4,@p5,@p6,@p7,@p8,@p9,@p10,@p11,@p12,@p13,@p14)";
            var parameters = Enumerable.Range(0, 15).Select(i => { var p = command.CreateParameter(); p.ParameterName = $"@p{i}"; command.Parameters.Add(p); return p; }).ToArray();
            foreach (var l in chunk)
            {
                object[] values = [Guid.NewGuid().ToString(), l.OrderId, l.SkuId, l.ProductId, l.CreatorUsername, l.Price, l.Quantity, l.Status.ToString(), l.OrderedAt.ToUnixTimeMilliseconds(),
                    l.Estimated.Base, l.Estimated.Tap, l.Estimated.Creator, l.Actual.Base, l.Actual.Tap, l.Actual.Creator];
                for (var i = 0; i < values.Length; i++)
                {
                    parameters[i].Value = values[i];
                }

                await command.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
        }
    });
}

static async Task<TimeSpan> TimeAsync(Func<Task> work)
{
    var watch = Stopwatch.StartNew();
    await work();
    return watch.Elapsed;
}

static void Report(string what, int count, TimeSpan took, TimeSpan baseline) =>
    Console.WriteLine($"| {what} | {count / took.TotalSeconds:N0} | {baseline / took:0.00} | {Environment.WorkingSet / 1024 / 1024:N0} MB |");
