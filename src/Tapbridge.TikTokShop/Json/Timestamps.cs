using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tapbridge.TikTokShop.Json;

/// <summary>Unix seconds (TikTok's usual instant), as a number or a numeric string; 0 or empty reads as null.</summary>
public sealed class UnixSecondsConverter : JsonConverter<DateTimeOffset?>
{
    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        UnixNumber.Read(ref reader) is { } seconds and > 0 ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is { } instant)
        {
            writer.WriteNumberValue(instant.ToUnixTimeSeconds());
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>Unix milliseconds, used by a few partner-performance fields (documented as ms strings).</summary>
public sealed class UnixMillisecondsConverter : JsonConverter<DateTimeOffset?>
{
    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        UnixNumber.Read(ref reader) is { } ms and > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is { } instant)
        {
            writer.WriteStringValue(instant.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

internal static class UnixNumber
{
    public static long? Read(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Number => reader.GetInt64(),
        JsonTokenType.String when long.TryParse(reader.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) => value,
        _ => null,
    };
}
