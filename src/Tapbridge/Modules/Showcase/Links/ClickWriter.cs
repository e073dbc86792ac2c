using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Showcase.Links;

/// <summary>
/// Stores the click segments <see cref="ClickJournal"/> writes, one transaction each, in bulk (<see cref="BulkRows"/>, no change
/// tracker), then deletes the segment. A visitor counts once per link per hour: a click counts only when the same visitor's
/// last counted click on the same link is an hour old or more, whether that click is in the segment or stored by any
/// instance. On PostgreSQL instances take turns (a transaction-level advisory lock), so two instances cannot both count
/// one visitor. A click whose id is already stored is skipped: a segment stored just before a crash, and so not yet
/// deleted, is stored again on start without counting twice. The database failing only delays storing: the segment waits
/// on disk and is retried; one the database refuses for good is set aside, never deleted.
/// </summary>
internal sealed class ClickWriter(ClickJournal journal, ClickSegments segments, IDbContextFactory<TapbridgeDbContext> contexts, TimeProvider clock,
    ILogger<ClickWriter> logger) : IHostedService, IDisposable
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    /// <summary>Clicks de-duplicated per query: a segment of a busy second is read against the stored clicks in parts of this many.</summary>
    public const int QueryChunk = 5_000;

    private const long StoringLock = 0x74626C6963; // any constant shared by every instance

    private readonly CancellationTokenSource abandon = new();
    private Task? storing;

    /// <summary>
    /// Not a BackgroundService: its ExecuteAsync never runs when the host stops before the thread pool starts it, and the
    /// writer must run until the journal's last segment is stored.
    /// </summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        storing = Task.Run(StoreWrittenAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>Returns once the journal has stopped and every segment is stored, or when the host stops waiting (the rest waits on disk).</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (storing is null)
        {
            return;
        }

        try
        {
            await storing.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await abandon.CancelAsync();
            logger.LogError("The host stopped waiting; the click segments not yet stored in {Folder} are stored on the next start", segments.Folder);
        }
    }

    public void Dispose() => abandon.Dispose();

    private async Task StoreWrittenAsync()
    {
        await foreach (var segment in journal.Written.ReadAllAsync(CancellationToken.None))
        {
            if (abandon.IsCancellationRequested || !await StoreAsync(segment))
            {
                return;
            }
        }
    }

    /// <summary>Stores one segment and deletes it; false when the host stopped waiting (the segment stays for the next start).</summary>
    private async Task<bool> StoreAsync(string segment)
    {
        var (clicks, torn) = ClickSegments.Read(segment);
        if (torn)
        {
            logger.LogWarning("Click segment {Segment} ends in a torn record, written when the machine stopped; its {Count} whole clicks are stored", segment, clicks.Count);
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var counted = await StoreOnceAsync(clicks);
                ClickSegments.Delete(segment);
                ClickTelemetry.StoredSegment(clicks.Count, counted);
                logger.LogDebug("{Counted} of {Count} clicks counted from {Segment}", counted, clicks.Count, segment);
                return true;
            }
            catch (Exception e) when (IsTransient(e))
            {
                logger.LogWarning(e, "Storing {Count} clicks failed (attempt {Attempt}); they wait in {Segment} and are retried", clicks.Count, attempt, segment);
                try
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(200 * attempt, 30_000)), clock, abandon.Token);
                }
                catch (OperationCanceledException)
                {
                    logger.LogError("The app stopped while the database refused clicks; {Segment} is stored on the next start", segment);
                    return false;
                }
            }
            catch (Exception e)
            {
                segments.SetAside(segment);
                ClickTelemetry.RefusedSegment(clicks.Count);
                logger.LogCritical(e, "The {Count} clicks of {Segment} could not be stored; the segment is kept in the refused folder", clicks.Count, segment);
                return true;
            }
        }
    }

    private static bool IsTransient(Exception e) => e is TimeoutException || e.GetBaseException() is DbException { IsTransient: true } or TimeoutException
        || e.GetBaseException() is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 5 or 6 } // SQLITE_BUSY, SQLITE_LOCKED
        || e.GetBaseException() is System.Net.Sockets.SocketException or IOException;

    private async Task<int> StoreOnceAsync(List<LinkClick> clicks)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({StoringLock})");
        }

        var counted = new List<LinkClick>();
        var last = new Dictionary<(Guid Item, string Visitor), DateTimeOffset>();
        foreach (var chunk in clicks.OrderBy(c => c.At).Chunk(QueryChunk))
        {
            var stored = await StoredAsync(db, chunk);
            foreach (var previous in stored)
            {
                last[(previous.ShowcaseItemId, previous.VisitorHash)] = Latest(last, (previous.ShowcaseItemId, previous.VisitorHash), previous.At);
            }

            var storedIds = stored.Select(s => s.Id).ToHashSet();
            foreach (var click in chunk)
            {
                var key = (click.ShowcaseItemId, click.VisitorHash);
                if (storedIds.Contains(click.Id) || last.TryGetValue(key, out var previous) && click.At - previous < Window)
                {
                    continue;
                }

                last[key] = click.At;
                counted.Add(click);
            }
        }

        await BulkRows.InsertAsync(db, counted, CancellationToken.None);
        await transaction.CommitAsync();
        return counted.Count;
    }

    private static DateTimeOffset Latest(Dictionary<(Guid, string), DateTimeOffset> last, (Guid, string) key, DateTimeOffset at) =>
        last.TryGetValue(key, out var known) && known > at ? known : at;

    /// <summary>The stored clicks of the chunk's links and visitors within the window before its first click (ids included).</summary>
    private static Task<List<StoredClick>> StoredAsync(TapbridgeDbContext db, LinkClick[] chunk)
    {
        var items = chunk.Select(c => c.ShowcaseItemId).Distinct().ToList();
        var visitors = chunk.Select(c => c.VisitorHash).Distinct().ToList();
        var since = chunk[0].At - Window;
        return db.Set<LinkClick>().AsNoTracking()
            .Where(c => EF.Parameter(items).Contains(c.ShowcaseItemId) && EF.Parameter(visitors).Contains(c.VisitorHash) && c.At > since)
            .Select(c => new StoredClick(c.Id, c.ShowcaseItemId, c.VisitorHash, c.At)).ToListAsync();
    }

    private sealed record StoredClick(Guid Id, Guid ShowcaseItemId, string VisitorHash, DateTimeOffset At);
}
