using System.Globalization;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Platform.Localization;

/// <summary>A language Tapbridge speaks, named in itself so a person finds their own in the list.</summary>
public sealed record Language(string Code, string NativeName)
{
    public static readonly Language English = new("en", "English");
    public static readonly Language Vietnamese = new("vi", "Tiếng Việt");
    public static readonly Language Thai = new("th", "ไทย");
    public static readonly Language Indonesian = new("id", "Bahasa Indonesia");
    public static readonly Language Malay = new("ms", "Bahasa Melayu");
    public static readonly Language Filipino = new("fil", "Filipino");

    public static readonly IReadOnlyList<Language> All = [English, Vietnamese, Thai, Indonesian, Malay, Filipino];

    public CultureInfo Culture => CultureInfo.GetCultureInfo(Code);

    public static Language? Find(string? code) =>
        All.FirstOrDefault(l => string.Equals(l.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The language of the page being rendered (the request's, or the circuit's).</summary>
    public static Language Current => Of(CultureInfo.CurrentUICulture);

    public static Language Of(CultureInfo culture)
    {
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (Find(c.Name) is { } language)
            {
                return language;
            }
        }

        return English;
    }

    /// <summary>What a person in a market most likely reads, when neither they nor their browser said.</summary>
    public static Language OfMarket(Market market) => market.Code switch
    {
        "VN" => Vietnamese,
        "TH" => Thai,
        "ID" => Indonesian,
        "MY" => Malay,
        "PH" => Filipino,
        _ => English,
    };
}
