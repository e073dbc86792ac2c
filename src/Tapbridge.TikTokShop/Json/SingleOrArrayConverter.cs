using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tapbridge.TikTokShop.Json;

/// <summary>Reads a list that the documentation types as an object but that carries several items (TAP order `skus`).</summary>
public sealed class SingleOrArrayConverter<T> : JsonConverter<IReadOnlyList<T>>
{
    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.StartArray => JsonSerializer.Deserialize<List<T>>(ref reader, options) ?? [],
        JsonTokenType.Null => [],
        _ => JsonSerializer.Deserialize<T>(ref reader, options) is { } single ? [single] : [],
    };

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value.ToList(), options);
}
