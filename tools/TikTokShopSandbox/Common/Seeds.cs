using System.Text;

namespace TikTokShopSandbox.Common;

/// <summary>
/// Derives independent, reproducible random streams from the sandbox seed, so that one part of the world
/// (an hour of one showcase, one order) does not shift when another part draws more numbers.
/// </summary>
internal static class Seeds
{
    public static ulong Hash(int seed, params ReadOnlySpan<long> parts)
    {
        var h = Mix((uint)seed);
        foreach (var part in parts)
        {
            h = Mix(h ^ (ulong)part);
        }

        return h;
    }

    public static Random Random(int seed, params ReadOnlySpan<long> parts) => new((int)(Hash(seed, parts) >> 33));

    /// <summary>A stable 64-bit hash of text (string.GetHashCode differs per process).</summary>
    public static long Of(string text)
    {
        var h = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            h = (h ^ b) * 1099511628211UL;
        }

        return (long)h;
    }

    private static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}

internal static class RandomExtensions
{
    private const string Alphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static string Token(this Random random, int length, string alphabet = Alphanumeric)
    {
        var chars = new char[length];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }

    /// <summary>Knuth's method; the sandbox's hourly rates are small.</summary>
    public static int Poisson(this Random random, double lambda)
    {
        var limit = Math.Exp(-lambda);
        var k = 0;
        var p = random.NextDouble();
        while (p > limit)
        {
            k++;
            p *= random.NextDouble();
        }

        return k;
    }
}
