using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Showcase.Links;

/// <summary>
/// Stores queued clicks in batches (up to 1,000, or whatever arrived within Links:FlushMilliseconds, default 1 s),
/// counting a visitor once per link per hour: a click counts only when the same visitor's last counted click on the
/// same link is an hour old or more, whether that click is in the batch or already stored by any instance.
/// On shutdown the queue is closed and drained, so a clean stop loses no click.
/// </summary>
public sealed class ClickWriter(
    ClickBuffer buffer, VisitorHasher hasher, IDbContextFactory<TapbridgeDbContext> contexts, IConfiguration configuration, TimeProvider clock, ILogger<ClickWriter> logger)
    : BackgroundService
{
    public const int BatchSize = 1_000;
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    private readonly TaskCompletionSource stopRequested = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TimeSpan flushEvery = TimeSpan.FromMilliseconds(Math.Clamp(configuration.GetValue("Links:FlushMilliseconds", 1_000), 10, 60_000));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = buffer.Reader;
        var batch = new List<PendingClick>(BatchSize);
        while (await reader.WaitToReadAsync(CancellationToken.None))
        {
            // Wake once per interval, not once per click: a busy link fills whole batches, a quiet one waits a little.
            if (reader.Count < BatchSize && !stopRequested.Task.IsCompleted)
            {
                // Shutting down ends the wait: what is queued is stored now.
                await Task.WhenAny(Task.Delay(flushEvery, clock, CancellationToken.None), stopRequested.Task);
            }

            while (batch.Count < BatchSize && reader.TryRead(out var click))
            {
                batch.Add(click);
            }

            await StoreAsync(batch);
            batch.Clear();
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        buffer.Complete();
        stopRequested.TrySetResult();
        if (ExecuteTask is { } running)
        {
            try
            {
                await running.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                logger.LogError("The host stopped waiting; {Count} queued clicks were not stored", buffer.Reader.Count);
                throw;
            }
        }
    }

    private async Task StoreAsync(List<PendingClick> batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await StoreOnceAsync(batch);
                return;
            }
            catch (Exception e) when (attempt < 5 && e is DbUpdateException or System.Data.Common.DbException or TimeoutException)
            {
                logger.LogWarning(e, "Storing {Count} clicks failed (attempt {Attempt}); retrying", batch.Count, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), clock);
            }
            catch (Exception e)
            {
                logger.LogError(e, "{Count} clicks could not be stored", batch.Count);
                return;
            }
        }
    }

    private async Task StoreOnceAsync(List<PendingClick> batch)
    {
        var hashed = new List<(PendingClick Click, string Visitor, string Ip)>(batch.Count);
        foreach (var click in batch)
        {
            var (visitor, ip) = await hasher.HashAsync(click.Ip, click.UserAgent, click.At, CancellationToken.None);
            hashed.Add((click, visitor, ip));
        }

        await using var db = await contexts.CreateDbContextAsync();
        var items = hashed.Select(h => h.Click.Target.ItemId).Distinct().ToList();
        var visitors = hashed.Select(h => h.Visitor).Distinct().ToList();
        var since = hashed.Min(h => h.Click.At) - Window;
        var last = (await db.Set<LinkClick>().AsNoTracking()
                .Where(c => items.Contains(c.ShowcaseItemId) && visitors.Contains(c.VisitorHash) && c.At > since)
                .Select(c => new { c.ShowcaseItemId, c.VisitorHash, c.At }).ToListAsync())
            .GroupBy(c => (c.ShowcaseItemId, c.VisitorHash))
            .ToDictionary(g => g.Key, g => g.Max(c => c.At));
        foreach (var (click, visitor, ip) in hashed.OrderBy(h => h.Click.At))
        {
            var key = (click.Target.ItemId, visitor);
            if (last.TryGetValue(key, out var previous) && click.At - previous < Window)
            {
                continue;
            }

            last[key] = click.At;
            db.Add(LinkClick.Record(click.Target, click.At, click.ReferrerHost, Visitor.DeviceOf(click.UserAgent), visitor, ip));
        }

        await db.SaveChangesAsync();
    }
}
