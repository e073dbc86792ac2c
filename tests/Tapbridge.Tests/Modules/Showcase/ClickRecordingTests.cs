using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Tapbridge.Modules.Showcase.Links;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Markets;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Modules.Showcase;

/// <summary>
/// The click path behind the redirect (ADR 0020): clicks written to segment files every flush interval, stored from them
/// in bulk, replayed on start without counting twice, and a visitor counted once per link per hour across segments and
/// instances. Each test runs its own journal and writer on a folder of its own, against the fixture's database.
/// </summary>
public abstract class ClickRecordingTests(TapbridgeApp fixture)
{
    private const string Phone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148";

    private TapbridgeApp App => fixture.Require();

    private static LinkTarget NewLink() =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Market.Get("PH"), "https://affiliate.tiktok.com/api/v1/share/test", DateTimeOffset.UtcNow.AddDays(30));

    /// <summary>An hour after midnight UTC today: clicks up to the evening share one daily salt.</summary>
    private static DateTimeOffset Morning => new(DateTime.UtcNow.Date.AddHours(1), TimeSpan.Zero);

    private Recorder NewRecorder(int flushMilliseconds = 20, string? folder = null) =>
        new(App.Services, folder ?? Path.Combine(App.WorkDirectory, "recorder-" + Guid.NewGuid().ToString("N")), flushMilliseconds);

    private async Task<List<LinkClick>> StoredAsync(params LinkTarget[] links)
    {
        var items = links.Select(l => l.ItemId).ToList();
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<TapbridgeDbContext>>().CreateDbContextAsync();
        return await db.Set<LinkClick>().AsNoTracking().Where(c => items.Contains(c.ShowcaseItemId)).ToListAsync();
    }

    [Fact]
    public async Task Clicks_still_queued_when_the_app_stops_are_all_stored()
    {
        var link = NewLink();
        var recorder = NewRecorder(flushMilliseconds: 60_000);
        await recorder.StartAsync();
        for (var i = 0; i < 2_500; i++)
        {
            recorder.Buffer.Enqueue(new PendingClick(link, DateTimeOffset.UtcNow, $"10.0.{i / 256}.{i % 256}", Phone, null));
        }

        await recorder.StopAsync();

        (await StoredAsync(link)).Count.ShouldBe(2_500, "2,500 visitors, written and stored on the way down");
        recorder.Segments.Left().ShouldBeEmpty("a stored segment is deleted");
    }

    [Fact]
    public async Task While_the_database_cannot_take_clicks_they_wait_in_segment_files_beyond_any_queue_and_none_is_lost()
    {
        var (link, other) = (NewLink(), NewLink());
        const int Clicks = 120_000; // more than the in-memory queue that used to drop clicks held
        var recorder = NewRecorder();
        await App.Services.GetRequiredService<VisitorHasher>().SaltAsync(DateTimeOffset.UtcNow, CancellationToken.None); // the visitor key exists
        await using (var blocker = await BlockClickWritesAsync())
        {
            await recorder.StartAsync();
            var now = DateTimeOffset.UtcNow;
            for (var i = 0; i < Clicks; i++)
            {
                recorder.Buffer.Enqueue(new PendingClick(i % 3 == 0 ? other : link, now, $"10.{i >> 16}.{(i >> 8) & 255}.{i & 255}", Phone, null));
            }

            var onDisk = 0;
            for (var attempt = 0; attempt < 600 && onDisk < Clicks; attempt++)
            {
                await Task.Delay(50, TestContext.Current.CancellationToken);
                onDisk = Directory.EnumerateFiles(recorder.Segments.Folder, "*.clicks").Sum(s => ClickSegments.Read(s).Clicks.Count);
            }

            onDisk.ShouldBe(Clicks, "every click is on disk while the database holds the writer back");
        }

        await recorder.StopAsync();

        var stored = await StoredAsync(link, other);
        stored.Count.ShouldBe(Clicks);
        stored.Count(c => c.ShowcaseItemId == other.ItemId).ShouldBe(Clicks / 3);
        stored.Select(c => c.Id).Distinct().Count().ShouldBe(Clicks);
        recorder.Segments.Left().ShouldBeEmpty();
    }

    [Fact]
    public async Task Segments_left_by_a_crash_are_stored_on_start_once_even_the_one_stored_just_before_the_crash()
    {
        var link = NewLink();
        var folder = Path.Combine(App.WorkDirectory, "crashed-" + Guid.NewGuid().ToString("N"));
        var hasher = App.Services.GetRequiredService<VisitorHasher>();
        var salt = await hasher.SaltAsync(Morning, CancellationToken.None);
        LinkClick Click(int visitor, int minute)
        {
            var (v, ip) = salt.Hash($"192.0.2.{visitor}", Phone);
            return LinkClick.Record(link, Morning.AddMinutes(minute), "www.tiktok.com", DeviceClass.Mobile, v, ip);
        }

        var crashed = NewRecorder(folder: folder);
        var storedBeforeCrash = Enumerable.Range(1, 100).Select(v => Click(v, 0)).ToList();
        var leftAfterIt = Enumerable.Range(101, 50).Select(v => Click(v, 1)).ToList();
        var interrupted = Enumerable.Range(151, 30).Select(v => Click(v, 2)).ToList();
        crashed.Segments.Write(storedBeforeCrash, Morning);
        crashed.Segments.Write(leftAfterIt, Morning.AddMinutes(1));
        var torn = crashed.Segments.Write(interrupted, Morning.AddMinutes(2));
        var bytes = await File.ReadAllBytesAsync(torn, TestContext.Current.CancellationToken);
        File.Delete(torn);
        await File.WriteAllBytesAsync(Path.ChangeExtension(torn, ".part"), bytes[..^7], TestContext.Current.CancellationToken);
        await using (var db = await App.Services.GetRequiredService<IDbContextFactory<TapbridgeDbContext>>().CreateDbContextAsync())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            await BulkRows.InsertAsync(db, storedBeforeCrash, TestContext.Current.CancellationToken);
            await transaction.CommitAsync(TestContext.Current.CancellationToken);
        }

        var restarted = NewRecorder(folder: folder);
        await restarted.StartAsync();
        await restarted.StopAsync();

        var stored = await StoredAsync(link);
        stored.Select(c => c.Id).ShouldBe(storedBeforeCrash.Concat(leftAfterIt).Concat(interrupted.SkipLast(1)).Select(c => c.Id), ignoreOrder: true,
            "each click once; of the segment cut short by the crash every whole record, not the torn last one");
        stored.ShouldAllBe(c => c.ReferrerHost == "www.tiktok.com" && c.Device == DeviceClass.Mobile && c.VisitorHash.Length == 32);
        restarted.Segments.Left().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_visitor_counts_once_per_link_per_hour_across_segments_and_instances()
    {
        var (link, other) = (NewLink(), NewLink());
        var t0 = Morning;
        var (first, second) = (NewRecorder(flushMilliseconds: 60_000), NewRecorder(flushMilliseconds: 60_000));
        await first.StartAsync();
        await second.StartAsync();
        void Open(Recorder on, LinkTarget target, string ip, int minute) => on.Buffer.Enqueue(new PendingClick(target, t0.AddMinutes(minute), ip, Phone, null));

        Open(first, link, "192.0.2.1", 0);
        Open(first, link, "192.0.2.1", 10);
        Open(first, other, "192.0.2.1", 10);
        Open(first, link, "192.0.2.2", 5);
        await first.Journal.FlushAsync(CancellationToken.None);
        Open(first, link, "192.0.2.1", 59);
        await first.Journal.FlushAsync(CancellationToken.None);
        await first.StopAsync();
        Open(second, link, "192.0.2.1", 30);
        Open(second, link, "192.0.2.1", 61);
        Open(second, link, "192.0.2.1", 62);
        Open(second, other, "192.0.2.1", 65);
        await second.StopAsync();

        var stored = await StoredAsync(link, other);
        stored.Where(c => c.ShowcaseItemId == link.ItemId).Select(c => c.At).ShouldBe([t0, t0.AddMinutes(5), t0.AddMinutes(61)], ignoreOrder: true,
            "192.0.2.1 at 0 and again at 61 (an hour after its last counted click), 192.0.2.2 once; nothing within an hour, in a later segment or on another instance");
        stored.Where(c => c.ShowcaseItemId == other.ItemId).Select(c => c.At).ShouldBe([t0.AddMinutes(10)], "another link counts on its own");
    }

    /// <summary>Holds the click table's write lock in another connection until disposed, as a long migration or a stalled server would.</summary>
    private async Task<IAsyncDisposable> BlockClickWritesAsync()
    {
        if (App.Provider == DatabaseProvider.Sqlite)
        {
            var sqlite = new SqliteConnection(App.ConnectionString);
            await sqlite.OpenAsync();
            var transaction = sqlite.BeginTransaction();
            return new Blocker(sqlite, transaction);
        }

        var postgres = new NpgsqlConnection(App.ConnectionString);
        await postgres.OpenAsync();
        var held = await postgres.BeginTransactionAsync();
        await using var lockTable = new NpgsqlCommand("LOCK TABLE link_clicks IN EXCLUSIVE MODE", postgres, held);
        await lockTable.ExecuteNonQueryAsync();
        return new Blocker(postgres, held);
    }

    private sealed class Blocker(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await transaction.RollbackAsync();
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }

    /// <summary>A journal and a writer as the host runs them: started writer first, stopped journal first.</summary>
    private sealed class Recorder
    {
        public Recorder(IServiceProvider services, string folder, int flushMilliseconds)
        {
            var settings = Options.Create(new LinkSettings { FlushMilliseconds = flushMilliseconds, ClickFolder = folder });
            var logs = LoggerFactory.Create(b => b.AddProvider(Logs));
            Buffer = new ClickBuffer(logs.CreateLogger<ClickBuffer>());
            Segments = new ClickSegments(settings, services.GetRequiredService<IHostEnvironment>());
            Journal = new ClickJournal(Buffer, services.GetRequiredService<VisitorHasher>(), Segments, settings, TimeProvider.System, logs.CreateLogger<ClickJournal>());
            Writer = new ClickWriter(Journal, Segments, services.GetRequiredService<IDbContextFactory<TapbridgeDbContext>>(), TimeProvider.System,
                logs.CreateLogger<ClickWriter>());
        }

        public LogCapture Logs { get; } = new();

        /// <summary>What the journal and the writer logged as an error: nothing, when no click was refused or lost.</summary>
        public IEnumerable<string> Errors => Logs.Lines.Where(l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));

        public ClickBuffer Buffer { get; }
        public ClickSegments Segments { get; }
        public ClickJournal Journal { get; }
        public ClickWriter Writer { get; }

        public async Task StartAsync()
        {
            await Writer.StartAsync(CancellationToken.None);
            await Journal.StartAsync(CancellationToken.None);
        }

        public async Task StopAsync()
        {
            await Journal.StopAsync(CancellationToken.None);
            await Writer.StopAsync(CancellationToken.None);
            Errors.ShouldBeEmpty();
        }
    }
}

public sealed class ClickRecordingTestsOnSqlite(SqliteApp app) : ClickRecordingTests(app), IClassFixture<SqliteApp>;

public sealed class ClickRecordingTestsOnPostgres(PostgresApp app) : ClickRecordingTests(app), IClassFixture<PostgresApp>;
