namespace Tapbridge.Modules.Orders.Polling;

/// <summary>
/// Where the poll of one market's TAP orders stands: every order created before <see cref="HighWater"/> has been read
/// at least once, and the window being read now (with TikTok's page token for the next page), so a run cut short
/// resumes where it stopped.
/// </summary>
internal sealed class OrderPollCursor
{
    private OrderPollCursor()
    {
    }

    public string MarketCode { get; private set; } = "";
    public DateTimeOffset? HighWater { get; private set; }
    public DateTimeOffset? WindowStart { get; private set; }
    public DateTimeOffset? WindowEnd { get; private set; }
    public string? PageToken { get; private set; }
    public DateTimeOffset? LastRunAt { get; private set; }
    public DateTimeOffset? LastSuccessAt { get; private set; }
    public string? LastError { get; private set; }
    public long LinesRead { get; private set; }

    public static OrderPollCursor Start(string market) => new() { MarketCode = market };

    public bool InWindow => WindowStart is not null && WindowEnd is not null;

    public void Open(DateTimeOffset start, DateTimeOffset end, DateTimeOffset now) => (WindowStart, WindowEnd, PageToken, LastRunAt) = (start, end, null, now);

    /// <summary>A page was ingested; <paramref name="next"/> is TikTok's token for the following one (empty on the last page).</summary>
    public void Read(int lines, string? next, bool newOrders)
    {
        LinesRead += lines;
        if (!string.IsNullOrEmpty(next))
        {
            PageToken = next;
            return;
        }

        if (newOrders && (HighWater is null || WindowEnd > HighWater))
        {
            HighWater = WindowEnd;
        }

        (WindowStart, WindowEnd, PageToken) = (null, null, null);
    }

    public void Succeeded(DateTimeOffset now) => (LastSuccessAt, LastError) = (now, null);

    public void Failed(string error) => LastError = error.Length > 500 ? error[..500] : error;
}
