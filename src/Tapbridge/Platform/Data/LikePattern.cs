namespace Tapbridge.Platform.Data;

/// <summary>LIKE patterns from what a person typed: % and _ are literal, matched anywhere; use with <see cref="Escape"/>.</summary>
public static class LikePattern
{
    public const string Escape = "\\";

    public static string Containing(string term) =>
        "%" + term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
