using PdfSharp.Fonts;

namespace Tapbridge.Platform.Pdf;

/// <summary>
/// The fonts PDFs are written in, found among the machine's TrueType fonts (PDFsharp on Linux has no font lookup of
/// its own): DejaVu Sans, Liberation Sans, Noto Sans or Arial, regular and bold, in the usual font folders or
/// Pdf:FontFolder. Registered once for the process; documents name the family <see cref="Family"/>.
/// </summary>
public sealed class PdfFonts : IFontResolver
{
    public const string Family = "Tapbridge Sans";

    private static readonly (string Regular, string Bold)[] Candidates =
    [
        ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
        ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
        ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
        ("arial.ttf", "arialbd.ttf"),
    ];

    private static readonly Lock Gate = new();
    private static PdfFonts? registered;
    private readonly byte[] regular;
    private readonly byte[] bold;

    private PdfFonts(byte[] regular, byte[] bold) => (this.regular, this.bold) = (regular, bold);

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

            registered = new PdfFonts(File.ReadAllBytes(files[pair.Regular]), File.ReadAllBytes(files[pair.Bold]));
            GlobalFontSettings.FontResolver = registered;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? "tb-bold" : "tb-regular");

    public byte[]? GetFont(string faceName) => faceName == "tb-bold" ? bold : regular;
}
