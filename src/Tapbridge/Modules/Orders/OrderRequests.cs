namespace Tapbridge.Modules.Orders;

/// <summary>One return, refund or cancellation request of an order (TikTok's return_id or cancel_id), at the state of its latest event.</summary>
public sealed record OrderRequest(string Id, string Summary, bool Open, DateTimeOffset At);

/// <summary>
/// Every return, refund and cancellation request TikTok told of for one order (webhooks 11 and 12), each at its
/// latest state by TikTok's event time, so events that arrive late or out of order change nothing. The order's
/// earnings are held while any request is open: ending one request leaves another's hold in place. One row per
/// order with a version, so two webhooks for the same order, processed at once, never both win.
/// </summary>
internal sealed class OrderRequests
{
    public const int MaxHoldLength = 200;

    private OrderRequests()
    {
    }

    public string OrderId { get; private set; } = "";
    public IReadOnlyList<OrderRequest> Requests { get; private set; } = [];

    /// <summary>What holds the order's lines: the open requests, or null when none is open.</summary>
    public string? Hold { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public int Version { get; private set; }

    public static OrderRequests For(string orderId) => new() { OrderId = orderId };

    /// <summary>
    /// Takes a request's new state; false when an event at least as new is already known (a stale or repeated event).
    /// Within the same second an ending outranks an opening: TikTok's times are whole seconds, and the end comes last.
    /// </summary>
    public bool Record(OrderRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        var known = Requests.FirstOrDefault(r => r.Id == request.Id);
        if (known is not null && (request.At < known.At || (request.At == known.At && (request.Open || !known.Open))))
        {
            return false;
        }

        Requests = [.. Requests.Where(r => r.Id != request.Id), request];
        var open = Requests.Where(r => r.Open).OrderBy(r => r.At).Select(r => r.Summary).Distinct().ToList();
        var hold = open.Count == 0 ? null : string.Join("; ", open);
        Hold = hold is { Length: > MaxHoldLength } ? hold[..(MaxHoldLength - 1)] + "…" : hold;
        (UpdatedAt, Version) = (now, Version + 1);
        return true;
    }
}
