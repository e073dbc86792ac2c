using System.Globalization;

namespace TikTokShopSandbox.Common;

internal enum IdKind
{
    Campaign,
    Product,
    Sku,
    Shop,
    Partner,
    Order,
    LineItem,
    Package,
    Return,
    ReturnLineItem,
    Cancellation,
    CancellationLineItem,
    Content,
    AffiliateProduct,
    Sample,
    Buyer,
    Notification,
}

/// <summary>
/// TikTok-looking decimal ids (fixed prefix per kind, fixed length) that never repeat: the n-th id of a kind is n
/// put through a seeded permutation of the b-bit integers (xor-shifts and odd multiplications), cycle-walked until
/// it falls below 10^width — so distinct n give distinct ids that do not look sequential.
/// </summary>
internal sealed class IdGenerator(int seed)
{
    private readonly Dictionary<IdKind, long> counters = [];

    public string Next(IdKind kind)
    {
        var (prefix, width) = Layout(kind);
        var n = counters.GetValueOrDefault(kind) + 1;
        counters[kind] = n;
        var limit = 1UL;
        for (var i = 0; i < width; i++)
        {
            limit *= 10;
        }

        var bits = 64 - ulong.LeadingZeroCount(limit);
        var mask = (1UL << (int)bits) - 1;
        var salt = Seeds.Hash(seed, 7, (long)kind) & mask;
        var value = (ulong)n;
        do
        {
            value = Permute(value, (int)bits, mask, salt);
        }
        while (value >= limit);

        return prefix + value.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
    }

    /// <summary>
    /// A TikTok video or live id, which carries its creation instant: Unix seconds in the high 32 bits, the kind's n-th
    /// value put through the seeded permutation of the 32-bit integers in the low ones, so no two ids of a world meet.
    /// </summary>
    public string NextTimed(IdKind kind, long unixSeconds)
    {
        var n = counters.GetValueOrDefault(kind) + 1;
        counters[kind] = n;
        var salt = Seeds.Hash(seed, 7, (long)kind) & uint.MaxValue;
        var low = Permute((ulong)n, 32, uint.MaxValue, salt);
        return (((ulong)unixSeconds << 32) | low).ToString(CultureInfo.InvariantCulture);
    }

    private static ulong Permute(ulong x, int bits, ulong mask, ulong salt)
    {
        var half = bits / 2;
        x = ((x ^ (x >> half)) * 0x9E3779B97F4A7C15UL + salt) & mask;
        x = ((x ^ (x >> half)) * 0xBF58476D1CE4E5B9UL) & mask;
        return x ^ (x >> half);
    }

    private static (string Prefix, int Width) Layout(IdKind kind) => kind switch
    {
        IdKind.Campaign => ("735", 16),
        IdKind.Product => ("172", 16),
        IdKind.Sku => ("173", 16),
        IdKind.Shop => ("700", 16),
        IdKind.Partner => ("704", 16),
        IdKind.Order => ("576", 15),
        IdKind.LineItem => ("577", 15),
        IdKind.Package => ("115", 16),
        IdKind.Return => ("4035", 15),
        IdKind.ReturnLineItem => ("4037", 15),
        IdKind.Cancellation => ("4036", 15),
        IdKind.CancellationLineItem => ("4038", 15),
        IdKind.Content => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Content ids carry their instant: use NextTimed"),
        IdKind.AffiliateProduct => ("781", 16),
        IdKind.Sample => ("782", 16),
        IdKind.Buyer => ("702", 16),
        IdKind.Notification => ("703", 16),
    };
}
