namespace TikTokShopSandbox.Orders;

/// <summary>
/// The orders of one category asset or campaign sorted by (create time, sequence): a create-time window is two
/// binary searches and a page is a slice of it. Live orders append; backfilled and synthetic ones fall in between.
/// </summary>
internal sealed class OrderTimeline
{
    private List<Order> orders = [];

    /// <summary>No orders: what P10 lists for a campaign or asset that has none.</summary>
    public static OrderTimeline Empty { get; } = new();

    public Order this[int index] => orders[index];

    public void Add(Order order)
    {
        var at = orders.Count;
        if (at > 0 && Before(order, orders[at - 1]))
        {
            at = FirstAfter(order);
        }

        orders.Insert(at, order);
    }

    /// <summary>Merges a batch already in (create time, sequence) order in one pass, however large.</summary>
    public void AddSorted(IReadOnlyList<Order> batch)
    {
        var merged = new List<Order>(orders.Count + batch.Count);
        var i = 0;
        var j = 0;
        while (i < orders.Count || j < batch.Count)
        {
            merged.Add(j == batch.Count || (i < orders.Count && Before(orders[i], batch[j])) ? orders[i++] : batch[j++]);
        }

        orders = merged;
    }

    /// <summary>Where the orders created in [<paramref name="from"/>, <paramref name="until"/>) start, and how many there are.</summary>
    public (int Start, int Count) Window(long from, long until)
    {
        var start = FirstCreatedAtOrAfter(from);
        return (start, Math.Max(0, FirstCreatedAtOrAfter(until) - start));
    }

    private static bool Before(Order a, Order b) => a.CreateTime < b.CreateTime || (a.CreateTime == b.CreateTime && a.Seq < b.Seq);

    private int FirstCreatedAtOrAfter(long time)
    {
        var (low, high) = (0, orders.Count);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            (low, high) = orders[middle].CreateTime < time ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    private int FirstAfter(Order order)
    {
        var (low, high) = (0, orders.Count);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            (low, high) = Before(orders[middle], order) ? (middle + 1, high) : (low, middle);
        }

        return low;
    }
}
