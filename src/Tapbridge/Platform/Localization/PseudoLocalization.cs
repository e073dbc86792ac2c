using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace Tapbridge.Platform.Localization;

/// <summary>
/// Pseudo-localization, for finding text that bypasses the resx files: with the setting <c>Localization:Pseudo</c> on,
/// a browser holding the cookie <see cref="CookieName"/> gets the pseudo language en-XA, in which every text read from
/// a resx file reads "⟦Śàvé⟧". Whatever stays plain English on a page was written around the localizers.
/// </summary>
internal static class PseudoLocalization
{
    public const string CookieName = "tb-pseudo";
    public const string SettingKey = "Localization:Pseudo";
    public const char Open = '⟦';
    public const char Close = '⟧';

    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-XA");

    private const string Plain = "AaCcEeGgIiLlNnOoSsUuYyZz";
    private const string Accented = "ÀàÇçÉéĜĝÎîĻļÑñÖöŠšÛûÝýŽž";

    public static bool IsOn => CultureInfo.CurrentUICulture.Name == Culture.Name;

    /// <summary>"Save {0}" → "⟦Šàvé {0}⟧": letters accented, placeholders and markup kept.</summary>
    public static string Transform(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length + 2).Append(Open);
        var depth = 0;
        foreach (var c in text)
        {
            depth += c is '{' or '<' ? 1 : 0;
            var index = depth == 0 ? Plain.IndexOf(c, StringComparison.Ordinal) : -1;
            result.Append(index < 0 ? c : Accented[index]);
            depth -= c is '}' or '>' && depth > 0 ? 1 : 0;
        }

        return result.Append(Close).ToString();
    }

    public static RequestCultureProvider Provider() => new CustomRequestCultureProvider(context =>
        Task.FromResult(context.Request.Cookies.ContainsKey(CookieName) ? new ProviderCultureResult(Culture.Name) : null));
}

/// <summary>The resx localizers, each text pseudo-localized while the pseudo language is on.</summary>
internal sealed class PseudoLocalizerFactory(ResourceManagerStringLocalizerFactory resx) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => new PseudoLocalizer(resx.Create(resourceSource));

    public IStringLocalizer Create(string baseName, string location) => new PseudoLocalizer(resx.Create(baseName, location));

    private sealed class PseudoLocalizer(IStringLocalizer inner) : IStringLocalizer
    {
        public LocalizedString this[string name] => Pseudo(inner[name]);

        public LocalizedString this[string name, params object[] arguments]
        {
            get
            {
                var format = inner[name];
                if (!PseudoLocalization.IsOn || format.ResourceNotFound)
                {
                    return inner[name, arguments];
                }

                var text = string.Format(CultureInfo.CurrentCulture, PseudoLocalization.Transform(format.Value), arguments);
                return new LocalizedString(name, text, false, format.SearchedLocation);
            }
        }

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
            inner.GetAllStrings(includeParentCultures).Select(Pseudo);

        private static LocalizedString Pseudo(LocalizedString text) => PseudoLocalization.IsOn && !text.ResourceNotFound
            ? new LocalizedString(text.Name, PseudoLocalization.Transform(text.Value), false, text.SearchedLocation)
            : text;
    }
}
