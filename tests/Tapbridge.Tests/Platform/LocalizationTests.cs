using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Tapbridge.Platform.Localization;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Tests.Platform;

/// <summary>
/// Every text the product shows exists in every language it speaks (staff pages: English and Vietnamese), with the same placeholders; every enum a page
/// labels has a label for each of its values; money is written the way the reader's language writes numbers.
/// </summary>
public sealed partial class LocalizationTests
{
    private static readonly System.Reflection.Assembly Product = typeof(Program).Assembly;

    public static TheoryData<string> Areas()
    {
        var data = new TheoryData<string>();
        foreach (var name in Product.GetManifestResourceNames().Where(n => n.EndsWith(".resources", StringComparison.Ordinal)).Order())
        {
            data.Add(name[..^".resources".Length]);
        }

        return data;
    }

    [Fact]
    public void The_product_has_text_areas() => Areas().Count.ShouldBeGreaterThan(3);

    [Theory]
    [MemberData(nameof(Areas))]
    public void Every_language_has_every_key_of_an_area_with_the_same_placeholders(string area)
    {
        var english = Entries(area, CultureInfo.InvariantCulture);
        english.ShouldNotBeEmpty();
        var problems = new List<string>();
        foreach (var language in LanguagesOf(area))
        {
            var translated = Entries(area, language.Culture);
            problems.AddRange(english.Keys.Except(translated.Keys).Select(k => $"{language.Code}: missing {k}"));
            problems.AddRange(translated.Keys.Except(english.Keys).Select(k => $"{language.Code}: {k} is not in English"));
            foreach (var (key, text) in translated.Where(t => english.ContainsKey(t.Key)))
            {
                if (string.IsNullOrWhiteSpace(text))
                {
                    problems.Add($"{language.Code}: {key} is empty");
                }
                else if (!Placeholders(text).SetEquals(Placeholders(english[key])))
                {
                    var (theirs, ours) = (string.Join(" ", Placeholders(text)), string.Join(" ", Placeholders(english[key])));
                    problems.Add($"{language.Code}: {key} has placeholders {theirs}, English {ours}");
                }
            }
        }

        problems.ShouldBeEmpty();
    }

    [Fact]
    public void Every_enum_a_page_labels_has_a_label_for_each_value()
    {
        var words = Entries(typeof(Words).FullName!, CultureInfo.InvariantCulture);
        var labelled = LabelledEnums();
        labelled.ShouldNotBeEmpty("pages label enums through W.Label");
        var missing = labelled.SelectMany(e => Enum.GetNames(e).Select(v => $"{e.Name}.{v}")).Where(k => !words.ContainsKey(k)).ToList();

        missing.ShouldBeEmpty("each is a key of Words.resx and its translations");
    }

    [Theory]
    [InlineData("vi", "VN", 74_470, "₫74.470")]
    [InlineData("en", "VN", 74_470, "₫74,470")]
    [InlineData("en", "PH", 3_904, "₱39.04")]
    [InlineData("th", "TH", 12_000, "฿120.00")]
    [InlineData("id", "ID", 9_900, "Rp9.900")]
    [InlineData("ms", "MY", 1_250, "RM12.50")]
    [InlineData("en", "SG", 800, "S$8.00")]
    [InlineData("en", "US", -500, "-$5.00")]
    public void Money_has_the_market_sign_and_the_reader_digits(string language, string market, long minor, string expected)
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = Language.Find(language)!.Culture;
            Market.Get(market).FormatMoney(minor).ShouldBe(expected);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData("vi-VN", "vi")]
    [InlineData("fil-PH", "fil")]
    [InlineData("th", "th")]
    [InlineData("fr-FR", "en")]
    public void A_culture_speaks_its_language_or_english(string culture, string language) =>
        Language.Of(CultureInfo.GetCultureInfo(culture)).Code.ShouldBe(language);

    /// <summary>Staff pages (areas named <c>*StaffText</c>) speak English and Vietnamese; everything else, every language.</summary>
    private static IEnumerable<Language> LanguagesOf(string area) => area.EndsWith("StaffText", StringComparison.Ordinal)
        ? [Language.Vietnamese]
        : Language.All.Where(l => l != Language.English);

    private static Dictionary<string, string> Entries(string area, CultureInfo culture)
    {
        var set = new ResourceManager(area, Product).GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        set.ShouldNotBeNull($"{area} has no {culture.Name} resources");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => e.Value as string ?? "");
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value)];

    /// <summary>The enum types of every <c>W.Label&lt;TEnum&gt;</c> call in the product, read from its IL.</summary>
    private static List<Type> LabelledEnums()
    {
        using var assembly = AssemblyDefinition.ReadAssembly(Product.Location);
        var label = typeof(WordsExtensions).FullName + "::" + nameof(WordsExtensions.Label);
        return assembly.MainModule.GetTypes().SelectMany(t => t.Methods).Where(m => m.HasBody)
            .SelectMany(m => m.Body.Instructions)
            .Where(i => i.OpCode == OpCodes.Call
                && i.Operand is GenericInstanceMethod g
                && g.ElementMethod.FullName.Contains(label, StringComparison.Ordinal))
            .Select(i => ((GenericInstanceMethod)i.Operand).GenericArguments[0])
            .Select(t => t.FullName.Replace('/', '+'))
            .Select(name => AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(name)).First(found => found is not null)!)
            .Distinct().ToList();
    }

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
