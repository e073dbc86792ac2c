using Microsoft.Extensions.Localization;

namespace Tapbridge.Platform.Localization;

/// <summary>
/// Words every part of the product uses (Words.resx and its translations): the shell around every portal, common
/// actions, and the human label of every enum a person sees. Injected into every component as <c>W</c>.
/// </summary>
public sealed class Words
{
    private Words()
    {
    }
}

public static class WordsExtensions
{
    /// <summary>"Waiting for review", never <c>PendingClosed</c>: the key is "{enum type}.{value}".</summary>
    public static string Label<TEnum>(this IStringLocalizer<Words> words, TEnum value)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(words);
        return words[$"{typeof(TEnum).Name}.{value}"];
    }

    /// <summary>
    /// "1 item" or "3 items": the key's ".One" or ".Other" form with the count as {0}. Languages without a plural keep
    /// both keys with the same text.
    /// </summary>
    public static string Plural(this IStringLocalizer localizer, string key, long count)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return localizer[count == 1 ? key + ".One" : key + ".Other", count];
    }
}
