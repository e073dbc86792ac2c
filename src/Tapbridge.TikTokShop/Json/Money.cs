using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tapbridge.TikTokShop.Json;

/// <summary>An amount as TikTok sends it: a decimal string and an ISO currency. Never a binary floating point.</summary>
[JsonConverter(typeof(MoneyConverter))]
public sealed record Money(decimal Amount, string Currency)
{
    public override string ToString() => $"{Amount.ToString(CultureInfo.InvariantCulture)} {Currency}";
}

internal sealed class MoneyConverter : JsonConverter<Money>
{
    public override Money? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        var currency = root.TryGetProperty("currency", out var c) ? c.GetString() ?? "" : "";
        var amount = root.TryGetProperty("amount", out var a) ? Amounts.Parse(a) : 0m;
        return new Money(amount, currency);
    }

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("amount", value.Amount.ToString(CultureInfo.InvariantCulture));
        writer.WriteString("currency", value.Currency);
        writer.WriteEndObject();
    }
}

/// <summary>Decimal amounts that arrive as strings (usually "12.21", sometimes localized like "Rp9.900") or numbers.</summary>
public static class Amounts
{
    public static decimal Parse(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => element.GetDecimal(),
        JsonValueKind.String => Parse(element.GetString()),
        _ => 0m,
    };

    public static decimal Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0m;
        }

        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        // Localized creator-API strings: keep digits and separators, read the last separator as decimal point
        // only when it is followed by exactly two digits ("Rp9.900" is nine thousand nine hundred).
        var digits = new string(text.Where(ch => char.IsAsciiDigit(ch) || ch is '.' or ',' or '-').ToArray());
        var last = digits.LastIndexOfAny(['.', ',']);
        if (last >= 0 && digits.Length - last - 1 == 2)
        {
            digits = digits[..last].Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal) + "." + digits[(last + 1)..];
        }
        else
        {
            digits = digits.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        }

        return decimal.TryParse(digits, NumberStyles.Number, CultureInfo.InvariantCulture, out value)
            ? value
            : throw new FormatException($"'{text}' is not an amount.");
    }
}
