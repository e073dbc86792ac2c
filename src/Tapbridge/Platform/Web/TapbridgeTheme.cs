using MudBlazor;

namespace Tapbridge.Platform.Web;

public static class TapbridgeTheme
{
    // System fonts: the product must not fetch web fonts from a CDN (closed networks, phones on slow data).
    private static readonly string[] FontStack = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0f766e",
            Secondary = "#e11d48",
            Tertiary = "#6d28d9",
            AppbarBackground = "#0f766e",
            Background = "#f6f7f9",
            DrawerBackground = "#ffffff",
            TextPrimary = "#1f2937",
            TextSecondary = "#4b5563",

            // Status colours dark enough for text on white and on their own light tint (WCAG AA, 4.5:1): chips and
            // alerts print words in them.
            Success = "#166534",
            Warning = "#92400e",
            Info = "#1d4ed8",
            Error = "#b91c1c",
        },
        // The system's dark mode: the same teal, lighter, on near-black; status colours light enough for text on the
        // dark surface and on their own tint. app.css repeats the main ones for the public pages, which render statically.
        PaletteDark = new PaletteDark
        {
            Primary = "#5eead4",
            PrimaryContrastText = "#042f2e",
            Secondary = "#fb7185",
            SecondaryContrastText = "#1f0a10",
            Tertiary = "#c4b5fd",
            AppbarBackground = "#134e4a",
            AppbarText = "#f0fdfa",
            Background = "#111418",
            BackgroundGray = "#23272f",
            Surface = "#1a1e24",
            DrawerBackground = "#1a1e24",
            DrawerText = "#e5e7eb",
            DrawerIcon = "#cbd5e1",
            TextPrimary = "#e5e7eb",
            TextSecondary = "#a8b0bd",
            LinesDefault = "#343a46",
            LinesInputs = "#4b5263",
            TableLines = "#343a46",
            Divider = "#343a46",
            Success = "#4ade80",
            Warning = "#fbbf24",
            Info = "#93c5fd",
            Error = "#fca5a5",
            Dark = "#d1d5db",
            DarkContrastText = "#111418",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontStack },
            H4 = new H4Typography { FontFamily = FontStack, FontWeight = "600", FontSize = "1.75rem" },
            H5 = new H5Typography { FontFamily = FontStack, FontWeight = "600" },
            H6 = new H6Typography { FontFamily = FontStack, FontWeight = "600" },
            Button = new ButtonTypography { FontFamily = FontStack, FontWeight = "600", TextTransform = "none" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "10px" },
    };
}
