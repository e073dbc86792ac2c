using System.Globalization;
using Microsoft.Extensions.Localization;
using Tapbridge.Modules.Creators;
using Tapbridge.Modules.Orders;
using Tapbridge.Platform.Localization;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Commissions.Components;

/// <summary>
/// Says a <see cref="Phrase"/> (a sentence a service wrote in English) in the reader's language: the key
/// "Phrase.{Kind}" of CommissionsText with its values written the reader's way (money, rates, dates, labels).
/// </summary>
internal static class PhraseText
{
    public static string Say(this IStringLocalizer<CommissionsText> text, IStringLocalizer<Words> words, Market market, Phrase phrase)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(phrase);
        var values = phrase.Values.Select(v => Value(text, words, market, v)).ToArray();
        return phrase.Kind switch
        {
            PhraseKind.Verbatim => values.Length == 0 ? "" : values[0].ToString() ?? "",
            PhraseKind.List => values.Length == 0 ? "" : values.Aggregate((a, b) => text["Phrase.List", a, b].Value).ToString() ?? "",
            _ => text[$"Phrase.{phrase.Kind}", values].Value,
        };
    }

    /// <summary>A rate (0.01 % units) with the reader's digits: "47.83 %", in Vietnamese "47,83 %".</summary>
    public static string Percent(int rate) => (rate / 100m).ToString("0.##", CultureInfo.CurrentCulture) + " %";

    private static object Value(IStringLocalizer<CommissionsText> text, IStringLocalizer<Words> words, Market market, object value) =>
        value switch
        {
            Phrase phrase => Say(text, words, market, phrase),
            TikTokLineStatus status => words.Label(status),
            CreatorTier tier => words.Label(tier),
            PhraseMoney money => market.FormatMoney(money.Minor),
            PhrasePercent percent => Percent(percent.Rate),
            PhraseMarket place => words[$"Market.{place.Code}"].Value,
            DateOnly day => day.Day(),
            DateTime local => local.ToString("d MMM yyyy, HH:mm", CultureInfo.CurrentCulture),
            _ => value,
        };
}
