using System.Globalization;

namespace Tapbridge.Platform.Localization;

/// <summary>Counts as people read them on a phone, in the reader's culture: 9,800 · 659.3K · 11.3M (as TikTok writes them).</summary>
public static class Counts
{
    public static string Compact(long n) => n switch
    {
        >= 1_000_000 => (n / 1_000_000d).ToString("0.#", CultureInfo.CurrentCulture) + "M",
        >= 100_000 => (n / 1_000d).ToString("0.#", CultureInfo.CurrentCulture) + "K",
        _ => n.ToString("N0", CultureInfo.CurrentCulture),
    };

    public static string Full(long n) => n.ToString("N0", CultureInfo.CurrentCulture);
}
