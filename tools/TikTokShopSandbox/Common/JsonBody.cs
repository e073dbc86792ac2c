using System.Globalization;
using System.Text.Json;

namespace TikTokShopSandbox.Common;

/// <summary>A request body read field by field, so that a bad field is named in the error.</summary>
internal sealed class JsonBody
{
    private readonly JsonElement root;
    private readonly string prefix;
    private readonly Func<string, Exception> fail;

    private JsonBody(JsonElement root, string prefix, Func<string, Exception> fail)
    {
        this.root = root;
        this.prefix = prefix;
        this.fail = fail;
    }

    public static JsonBody Empty(Func<string, Exception> fail) => Parse([], fail);

    /// <summary>An empty body reads as <c>{}</c>; anything but a JSON object is refused.</summary>
    public static JsonBody Parse(ReadOnlySpan<byte> bytes, Func<string, Exception> fail)
    {
        if (bytes.Trim(" \t\r\n"u8).IsEmpty)
        {
            using var empty = JsonDocument.Parse("{}");
            return new JsonBody(empty.RootElement.Clone(), "", fail);
        }

        try
        {
            var reader = new Utf8JsonReader(bytes);
            using var document = JsonDocument.ParseValue(ref reader);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw fail("The request body must be a JSON object");
            }

            return new JsonBody(document.RootElement.Clone(), "", fail);
        }
        catch (JsonException e)
        {
            throw fail($"The request body is not valid JSON: {e.Message}");
        }
    }

    public bool Has(string name) => Find(name) is not null;

    public string? String(string name)
    {
        if (Find(name) is not { } value)
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => throw fail($"{Path(name)} must be a string"),
        };
    }

    public string RequiredString(string name) =>
        String(name) is { Length: > 0 } value ? value : throw fail($"{Path(name)} is required");

    public long? Long(string name)
    {
        if (Find(name) is not { } value)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String
            && long.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number))
        {
            return number;
        }

        throw fail($"{Path(name)} must be an integer");
    }

    public long RequiredLong(string name) => Long(name) ?? throw fail($"{Path(name)} is required");

    public int? Int(string name) => Long(name) is { } value
        ? value is >= int.MinValue and <= int.MaxValue ? (int)value : throw fail($"{Path(name)} is out of range")
        : null;

    public bool? Bool(string name) => Find(name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => throw fail($"{Path(name)} must be a boolean"),
    };

    /// <summary>A list of ids or enum values; ids may arrive as JSON numbers, as in TikTok's own samples.</summary>
    public IReadOnlyList<string>? StringList(string name)
    {
        if (Find(name) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw fail($"{Path(name)} must be an array");
        }

        var items = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            items.Add(item.ValueKind switch
            {
                JsonValueKind.String => item.GetString() ?? "",
                JsonValueKind.Number => item.GetRawText(),
                _ => throw fail($"{Path(name)} must contain strings"),
            });
        }

        return items;
    }

    public JsonBody? Object(string name)
    {
        if (Find(name) is not { } value)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object
            ? new JsonBody(value, Path(name) + ".", fail)
            : throw fail($"{Path(name)} must be an object");
    }

    public string Path(string name) => prefix + name;

    private JsonElement? Find(string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;
}
