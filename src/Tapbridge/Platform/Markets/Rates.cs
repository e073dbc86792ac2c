using System.Globalization;

namespace Tapbridge.Platform.Markets;

/// <summary>
/// The one rounding rule for money. Amounts are integer minor units of one currency; rates are integers in 0.01 %
/// units, as TikTok sends them (1000 = 10 %). A rate applied to an amount is rounded half away from zero to a whole
/// minor unit, the way TikTok rounds its commission amounts. A share is posted beside the whole it comes from (the
/// agency's commission and the creator's part of it), never recomputed, so the parts always sum to the whole.
/// </summary>
public static class Rates
{
    public const int Whole = 10_000;

    public static long Apply(long amount, int rate) =>
        (long)decimal.Round(amount * (decimal)rate / Whole, 0, MidpointRounding.AwayFromZero);

    /// <summary>"12.5 %" for 1250.</summary>
    public static string Percent(int rate) => (rate / 100m).ToString("0.##", CultureInfo.InvariantCulture) + " %";
}
