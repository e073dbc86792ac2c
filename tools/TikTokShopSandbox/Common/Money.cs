using System.Globalization;

namespace TikTokShopSandbox.Common;

/// <summary>A TikTok money object: a decimal string in the currency's minor units.</summary>
internal sealed record MoneyJson(string Amount, string Currency);

internal static class Money
{
    public static int Decimals(string currency) => currency is "VND" or "IDR" ? 0 : 2;

    public static decimal Round(decimal amount, string currency) =>
        Math.Round(amount, Decimals(currency), MidpointRounding.AwayFromZero);

    public static string Format(decimal amount, string currency) =>
        Round(amount, currency).ToString(Decimals(currency) == 0 ? "0" : "0.00", CultureInfo.InvariantCulture);

    public static MoneyJson Of(decimal amount, string currency) => new(Format(amount, currency), currency);

    /// <summary>Applies a rate in 0.01 % units, rounding half away from zero to the currency's minor unit.</summary>
    public static decimal ApplyRate(decimal amount, int rate, string currency) => Round(amount * rate / 10_000m, currency);
}
