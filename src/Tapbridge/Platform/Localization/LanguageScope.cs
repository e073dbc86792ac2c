using System.Globalization;

namespace Tapbridge.Platform.Localization;

/// <summary>
/// Writes in someone else's language for a while, e.g. a mail in its recipient's: texts, numbers, money and dates follow
/// the language until the scope is disposed, then the caller's cultures come back.
/// </summary>
internal sealed class LanguageScope : IDisposable
{
    private readonly CultureInfo culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo uiCulture = CultureInfo.CurrentUICulture;

    public LanguageScope(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        CultureInfo.CurrentCulture = language.Culture;
        CultureInfo.CurrentUICulture = language.Culture;
    }

    /// <summary>What <paramref name="write"/> returns when it writes in <paramref name="language"/>.</summary>
    public static T Write<T>(Language language, Func<T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var scope = new LanguageScope(language);
        return write();
    }

    /// <summary>
    /// What <paramref name="write"/> returns in the language a person chose (a <see cref="Language"/> code); none: English.
    /// </summary>
    public static T Write<T>(string? code, Func<T> write) => Write(Language.Find(code) ?? Language.English, write);

    public void Dispose()
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
    }
}
