using System.Globalization;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Platform.Csv;

/// <summary>Times in TikTok's exports: ISO 8601 with an offset, or "yyyy-MM-dd HH:mm:ss" (and a few spreadsheet spellings) in the market's time zone.</summary>
public static class CsvTime
{
    private static readonly string[] LocalFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy/MM/dd HH:mm:ss", "dd/MM/yyyy HH:mm:ss", "yyyy-MM-dd"];

    /// <summary>The instant, null for an empty cell or "--", or false when the text is not a time.</summary>
    public static bool TryParse(string text, Market market, out DateTimeOffset? time)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(market);
        time = null;
        if (text.Length == 0 || text == "--")
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var exact) && (text.Contains('T', StringComparison.Ordinal) || text.EndsWith('Z')))
        {
            time = exact.ToUniversalTime();
            return true;
        }

        if (DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            time = market.FromLocal(local);
            return true;
        }

        return false;
    }

    public static string Example(Market market) => $"2026-11-03 14:22:05, in {market?.Name}'s time";
}
