namespace Tapbridge.Modules.Orders.Ingestion;

/// <summary>A line (or, with no SKU, an order) that was refused, and why.</summary>
public sealed record RefusedLine(string OrderId, string SkuId, string Reason);

/// <summary>What one ingestion did with the lines it was given.</summary>
public sealed record IngestReport(int Received, int New, int Changed, int Unchanged, int Stale, int Unmatched, IReadOnlyList<RefusedLine> Refused)
{
    public static readonly IngestReport Empty = new(0, 0, 0, 0, 0, 0, []);

    public IngestReport Add(IngestReport other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Received + other.Received, New + other.New, Changed + other.Changed, Unchanged + other.Unchanged, Stale + other.Stale,
            Unmatched + other.Unmatched, [.. Refused, .. other.Refused.Take(Math.Max(0, 200 - Refused.Count))]);
    }
}
