using System.Threading.Channels;

namespace Tapbridge.Modules.Showcase.Links;

/// <summary>A click as the redirect saw it, before hashing and de-duplication.</summary>
public sealed record PendingClick(LinkTarget Target, DateTimeOffset At, string Ip, string UserAgent, string? ReferrerHost);

/// <summary>
/// Clicks handed from the redirect to <see cref="ClickJournal"/>, which writes them to disk every flush interval. Unbounded
/// on purpose (ADR 0020): it holds one interval's clicks, and only the local disk, never the database, can stall its reader.
/// </summary>
public sealed class ClickBuffer
{
    private readonly Channel<PendingClick> channel = Channel.CreateUnbounded<PendingClick>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ILogger<ClickBuffer> logger;

    public ClickBuffer(ILogger<ClickBuffer> logger)
    {
        this.logger = logger;
        ClickTelemetry.Observe(this);
    }

    public ChannelReader<PendingClick> Reader => channel.Reader;

    public void Enqueue(PendingClick click)
    {
        if (!channel.Writer.TryWrite(click))
        {
            // Only after the journal's last flush on shutdown, when the server no longer takes requests.
            logger.LogError("A click arrived after the click journal closed and was not recorded");
        }
    }

    /// <summary>No more clicks: the journal writes what is queued and stops.</summary>
    public void Complete() => channel.Writer.TryComplete();
}
