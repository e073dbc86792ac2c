namespace Tapbridge.Platform.Csv;

public static class CsvCell
{
    /// <summary>RFC 4180 quoting; a leading formula character is neutralised so a spreadsheet never runs a product title.</summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 0 && "=+-@".Contains(text[0], StringComparison.Ordinal))
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }
}
