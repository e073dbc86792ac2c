using System.Threading.Channels;

namespace Tapbridge.Modules.Showcase.Links;

/// <summary>A click as the redirect saw it, before hashing and de-duplication.</summary>
public sealed record PendingClick(LinkTarget Target, DateTimeOffset At, string Ip, string UserAgent, string? ReferrerHost);

/// <summary>
/// Clicks handed from the redirect to <see cref="ClickWriter"/>, which stores them in batches off the request path.
/// Bounded, so a stalled database cannot exhaust memory; what cannot be queued is counted and logged, never blocks a visitor.
/// </summary>
public sealed class ClickBuffer(ILogger<ClickBuffer> logger)
{
    public const int Capacity = 100_000;

    private readonly Channel<PendingClick> channel = Channel.CreateBounded<PendingClick>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private long dropped;

    public ChannelReader<PendingClick> Reader => channel.Reader;

    public void Enqueue(PendingClick click)
    {
        if (!channel.Writer.TryWrite(click) && Interlocked.Increment(ref dropped) % 1000 == 1)
        {
            logger.LogWarning("The click queue is full or closed; {Dropped} clicks were not recorded", Interlocked.Read(ref dropped));
        }
    }

    /// <summary>No more clicks: the writer stores what is queued and stops.</summary>
    public void Complete() => channel.Writer.TryComplete();
}
