namespace Tapbridge.Modules.Orders;

/// <summary>One step of a line's history, keyed by the version it made: what changed, from which source, when, and the status it left the line in.</summary>
public sealed class OrderLineChange
{
    private OrderLineChange()
    {
    }

    public Guid LineId { get; private set; }
    public int Version { get; private set; }
    public DateTimeOffset At { get; private set; }
    public LineSource Source { get; private set; }
    public string By { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public TikTokLineStatus Status { get; private set; }

    public static OrderLineChange Record(OrderLine line, string by, string summary, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new()
        {
            LineId = line.Id, Version = line.Version, At = now, Source = line.LastSource, By = by,
            Summary = summary.Length > 1000 ? summary[..1000] : summary, Status = line.Status,
        };
    }
}
