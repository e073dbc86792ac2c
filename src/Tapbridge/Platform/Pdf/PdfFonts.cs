using PdfSharp.Fonts;

namespace Tapbridge.Platform.Pdf;

/// <summary>
/// The fonts PDFs are written in, found among the machine's TrueType fonts (PDFsharp on Linux has no font lookup of
/// its own): DejaVu Sans, Liberation Sans, Noto Sans or Arial, regular and bold, in the usual font folders or
/// Pdf:FontFolder; and for Thai, whose letters those fonts lack, Garuda, Loma or Noto Sans Thai when the machine has one.
/// Registered once for the process; documents name the family <see cref="FamilyFor"/> gives for their language.
/// </summary>
public sealed class PdfFonts : IFontResolver
{
    public const string Family = "Tapbridge Sans";
    public const string ThaiFamily = "Tapbridge Thai";

    private static readonly (string Regular, string Bold)[] Candidates =
    [
        ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
        ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
        ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
        ("arial.ttf", "arialbd.ttf"),
    ];

    private static readonly (string Regular, string Bold)[] ThaiCandidates =
    [
        ("Garuda.ttf", "Garuda-Bold.ttf"),
        ("Loma.ttf", "Loma-Bold.ttf"),
        ("NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"),
    ];

    private static readonly Lock Gate = new();
    private static PdfFonts? registered;
    private readonly Dictionary<string, byte[]> faces;

    private PdfFonts(Dictionary<string, byte[]> faces) => this.faces = faces;

    /// <summary>The family for text in <paramref name="culture"/>'s language: Thai needs a Thai font when there is one.</summary>
    public static string FamilyFor(System.Globalization.CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName == "th" && registered?.faces.ContainsKey("tb-thai") == true ? ThaiFamily : Family;
    }

    /// <summary>Registers the fonts on first use; throws, naming what to install, when the machine has none of them.</summary>
    public static void EnsureRegistered(string? folder)
    {
        lock (Gate)
        {
            if (registered is not null)
            {
                return;
            }

            var roots = new[] { folder, "/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".fonts"),
                Environment.GetFolderPath(Environment.SpecialFolder.Fonts) }.Where(r => !string.IsNullOrEmpty(r) && Directory.Exists(r)).ToList();
            var files = roots.SelectMany(r => Directory.EnumerateFiles(r!, "*.ttf", SearchOption.AllDirectories))
                .GroupBy(f => Path.GetFileName(f), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
            var pair = Candidates.FirstOrDefault(c => files.ContainsKey(c.Regular) && files.ContainsKey(c.Bold));
            if (pair == default)
            {
                throw new InvalidOperationException("No font for PDFs: install DejaVu (Debian: fonts-dejavu-core) or Liberation fonts, or set Pdf:FontFolder to a folder with DejaVuSans.ttf and DejaVuSans-Bold.ttf.");
            }

            var faces = new Dictionary<string, byte[]>(StringComparer.Ordinal)
            {
                ["tb-regular"] = File.ReadAllBytes(files[pair.Regular]),
                ["tb-bold"] = File.ReadAllBytes(files[pair.Bold]),
            };
            var thai = ThaiCandidates.FirstOrDefault(c => files.ContainsKey(c.Regular) && files.ContainsKey(c.Bold));
            if (thai != default)
            {
                faces["tb-thai"] = File.ReadAllBytes(files[thai.Regular]);
                faces["tb-thai-bold"] = File.ReadAllBytes(files[thai.Bold]);
            }

            registered = new PdfFonts(faces);
            GlobalFontSettings.FontResolver = registered;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new((familyName == ThaiFamily, bold) switch
    {
        (true, true) => "tb-thai-bold",
        (true, false) => "tb-thai",
        (false, true) => "tb-bold",
        (false, false) => "tb-regular",
    });

    public byte[]? GetFont(string faceName) => faces.GetValueOrDefault(faceName) ?? faces["tb-regular"];
}
