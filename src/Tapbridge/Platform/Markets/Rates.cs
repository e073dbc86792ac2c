using System.Globalization;

namespace Tapbridge.Platform.Markets;

/// <summary>
/// The one rounding rule for money. Amounts are integer minor units of one currency; rates are integers in 0.01 %
/// units, as TikTok sends them (1000 = 10 %). A rate applied to an amount is rounded half away from zero to a whole
/// minor unit, the way TikTok rounds its commission amounts. A split takes the rounded share and leaves the rest, so
/// its parts always sum exactly to the whole.
/// </summary>
public static class Rates
{
    public const int Whole = 10_000;

    public static long Apply(long amount, int rate) =>
        (long)decimal.Round(amount * (decimal)rate / Whole, 0, MidpointRounding.AwayFromZero);

    public static (long Share, long Remainder) Split(long whole, int shareRate)
    {
        var share = Apply(whole, shareRate);
        return (share, whole - share);
    }

    /// <summary>"12.5 %" for 1250.</summary>
    public static string Percent(int rate) => (rate / 100m).ToString("0.##", CultureInfo.InvariantCulture) + " %";
}
