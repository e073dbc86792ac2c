using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Tapbridge.Modules.Showcase.Links;

/// <summary>
/// Makes clicks durable before they are stored: once per <see cref="LinkSettings.FlushMilliseconds"/> it takes every queued
/// click, hashes it (the raw IP never reaches the disk), writes the batch as one fsynced segment and hands the segment to
/// <see cref="ClickWriter"/>. On start it hands over the segments an earlier run left; on stop it writes what is queued.
/// Clicks it cannot hash or write yet (no visitor key before the database first answers, a full disk) stay in memory and
/// are tried again the next interval, loudly.
/// </summary>
internal sealed class ClickJournal(ClickBuffer buffer, VisitorHasher hasher, ClickSegments segments, IOptions<LinkSettings> settings, TimeProvider clock,
    ILogger<ClickJournal> logger) : BackgroundService
{
    private readonly Channel<string> written = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly List<PendingClick> held = [];
    private readonly SemaphoreSlim flushing = new(1, 1);
    private int stopped;

    /// <summary>Segments ready to store, in the order they were written; completed once the journal has stopped.</summary>
    public ChannelReader<string> Written => written.Reader;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var left = segments.Left();
        if (left.Count > 0)
        {
            logger.LogWarning("{Count} click segments left by an earlier run are stored first", left.Count);
        }

        foreach (var segment in left)
        {
            written.Writer.TryWrite(segment);
        }

        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            using var timer = new PeriodicTimer(settings.Value.FlushEvery, clock);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync writes the last segment.
        }
    }

    /// <summary>
    /// Writes what is queued after the loop has ended; here and not in ExecuteAsync, which since .NET 10 starts on the
    /// thread pool and never runs at all when the host stops first.
    /// </summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // A host may be stopped twice (a test factory stops it again while disposing): the last flush runs once.
        if (Interlocked.Exchange(ref stopped, 1) == 1)
        {
            return;
        }

        await base.StopAsync(cancellationToken);
        buffer.Complete();
        await FlushAsync(CancellationToken.None);
        written.Writer.TryComplete();
        if (held.Count > 0)
        {
            logger.LogCritical("{Count} clicks could not be written before the app stopped and are lost", held.Count);
        }
    }

    public override void Dispose()
    {
        flushing.Dispose();
        base.Dispose();
    }

    /// <summary>Writes the queued clicks as one segment.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await flushing.WaitAsync(CancellationToken.None);
        try
        {
            await FlushHeldAsync(cancellationToken);
        }
        finally
        {
            flushing.Release();
        }
    }

    private async Task FlushHeldAsync(CancellationToken cancellationToken)
    {
        while (buffer.Reader.TryRead(out var click))
        {
            held.Add(click);
        }

        if (held.Count == 0)
        {
            return;
        }

        try
        {
            var clicks = new List<LinkClick>(held.Count);
            VisitorSalt? salt = null;
            foreach (var click in held)
            {
                salt = salt?.Day == DateOnly.FromDateTime(click.At.UtcDateTime) ? salt : await hasher.SaltAsync(click.At, cancellationToken);
                var (visitor, ip) = salt.Hash(click.Ip, click.UserAgent);
                clicks.Add(LinkClick.Record(click.Target, click.At, click.ReferrerHost, Visitor.DeviceOf(click.UserAgent), visitor, ip));
            }

            written.Writer.TryWrite(segments.Write(clicks, clock.GetUtcNow()));
            held.Clear();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            logger.LogError(e, "{Count} clicks could not be written to {Folder}; they stay in memory and are tried again", held.Count, segments.Folder);
        }
    }
}
