using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Tapbridge.Tests.Platform.BadInput;

/// <summary>A request built to be wrong in one way, and what it does wrong (for the failure message).</summary>
public sealed record BadRequest(string Method, string Url, HttpContent? Content, string Flaw);

/// <summary>
/// Generates requests that are wrong in one place each — a missing, extra, null or mistyped field, an extreme number,
/// an absurd date, an unknown enum value, an empty, huge or invisible string, malformed JSON, a wrong content type,
/// an unknown or malformed id — from an operation's description and a seeded random source.
/// </summary>
public sealed class BadRequests(Random random)
{
    private static readonly string Huge = new('x', 1 << 20);

    private static readonly string[] Strings =
    [
        "", " ", Huge, "\u200B\u200C\u200D\uFEFF", "\u202Eevil\u202C", "مرحبا", "🙂🙃", "'; DROP TABLE users; --", "../../etc/passwd",
        "\0", "NotAValue", "0001-01-01", "9999-12-31T23:59:59Z", "0001-01", "9999-12", "2026-13", "1e30", "-1",
    ];

    private static readonly JsonNode?[] Numbers =
    [
        JsonValue.Create(long.MaxValue), JsonValue.Create(long.MinValue), JsonValue.Create(1e30), JsonValue.Create(-1e30),
        JsonValue.Create(-1), JsonValue.Create(0), JsonValue.Create(2_147_483_648L), JsonValue.Create(0.5), JsonValue.Create("12abc"),
        JsonValue.Create("9223372036854775808"),
    ];

    private static readonly string[] ParameterValues =
    [
        "not-an-id", "00000000-0000-0000-0000-000000000000", "-1", "0", "2147483648", "9223372036854775808", "1e30", "abc",
        "NotAValue", "maybe", "0001-01", "9999-12", "2026-13", "", "%E2%80%AE", new string('a', 4_000), "..%2F..%2F", "a\0b",
    ];

    public BadRequest Next(ApiOperation operation)
    {
        var flawInParameters = operation.Parameters.Count > 0 && (operation.Body is null || random.Next(4) == 0);
        var (url, parameterFlaw) = Url(operation, flawInParameters);
        if (operation.Body is null)
        {
            return new BadRequest(operation.Method, url, null, parameterFlaw ?? "no flaw in parameters");
        }

        if (flawInParameters)
        {
            return new BadRequest(operation.Method, url, Json(Valid(operation.Body)), parameterFlaw!);
        }

        var (content, flaw) = BadBody(operation.Body);
        return new BadRequest(operation.Method, url, content, flaw);
    }

    private (string Url, string? Flaw) Url(ApiOperation operation, bool flawed)
    {
        var path = operation.Path;
        var query = new List<string>();
        var flawedOne = flawed ? operation.Parameters[random.Next(operation.Parameters.Count)] : null;
        string? flaw = null;
        foreach (var parameter in operation.Parameters.Where(p => p.In is "path" or "query"))
        {
            string? value;
            if (parameter == flawedOne)
            {
                // Kestrel refuses a NUL in the path before routing (the test server throws instead): query strings only.
                value = Pick<string>(parameter.In == "path" ? ParameterValues.Where(v => !v.Contains('\0', StringComparison.Ordinal)).ToList() : ParameterValues);
                flaw = $"{parameter.In} parameter {parameter.Name} = '{Shorten(value)}'";
            }
            else
            {
                value = parameter.In == "path" || random.Next(2) == 0 ? ValidParameter(parameter.Schema) : null;
            }

            if (value is null)
            {
                continue;
            }

            if (parameter.In == "path")
            {
                path = path.Replace("{" + parameter.Name + "}", value.Length == 0 ? "%20" : Uri.EscapeDataString(value), StringComparison.Ordinal);
            }
            else
            {
                query.Add($"{parameter.Name}={Uri.EscapeDataString(value)}");
            }
        }

        return (query.Count == 0 ? path : $"{path}?{string.Join('&', query)}", flaw);
    }

    private (HttpContent Content, string Flaw) BadBody(JsonObject schema)
    {
        var body = Valid(schema) as JsonObject ?? [];
        var properties = (schema["properties"] as JsonObject)?.Select(p => p.Key).ToList() ?? [];
        var property = properties.Count > 0 ? properties[random.Next(properties.Count)] : null;
        var propertySchema = property is null ? null : schema["properties"]![property] as JsonObject;
        switch (random.Next(property is null ? 3 : 12))
        {
            case 0:
                return Malformed();
            case 1:
                return (new StringContent(body.ToJsonString(), Encoding.UTF8, Pick(["text/plain", "application/x-www-form-urlencoded", "application/xml"])),
                    "wrong content type");
            case 2:
                body["unexpected" + random.Next(100)] = Pick(["x", "1", "{}"]);
                return (Json(body), "an extra field");
            case 3:
                return (Json(new JsonObject()), "an empty object");
            case 4:
                body.Remove(property!);
                return (Json(body), $"{property} missing");
            case 5:
                body[property!] = null;
                return (Json(body), $"{property} null");
            case 6:
                body[property!] = WrongType(propertySchema!);
                return (Json(body), $"{property} of the wrong type: {Shorten(body[property!]!.ToJsonString())}");
            case 7:
                var number = Pick(Numbers);
                body[property!] = number?.DeepClone();
                return (Json(body), $"{property} = {number?.ToJsonString()}");
            case 8:
            case 9:
                var text = Pick(Strings);
                body[property!] = Types(propertySchema!).Contains("array") ? new JsonArray(JsonValue.Create(text)) : JsonValue.Create(text);
                return (Json(body), $"{property} = '{Shorten(text)}'");
            case 10:
                body[property!] = Types(propertySchema!).Contains("array")
                    ? new JsonArray(Enumerable.Range(0, 2_000).Select(_ => (JsonNode?)JsonValue.Create(Guid.NewGuid())).ToArray())
                    : new JsonObject { ["nested"] = new JsonArray(1, 2, 3) };
                return (Json(body), $"{property} too many items or an object");
            default:
                return (Json(body), "a plausible body with unknown ids");
        }
    }

    private (HttpContent Content, string Flaw) Malformed()
    {
        var text = Pick(["{", "{\"a\":", "null", "[]", "\"text\"", "", "{\"a\":1,}", "\uFEFF{}", "{\"a\": NaN}", "1e30"]);
        return (new StringContent(text, Encoding.UTF8, "application/json"), $"malformed JSON '{text}'");
    }

    /// <summary>A body that matches the schema's types with made-up values (ids that exist nowhere).</summary>
    private JsonNode? Valid(JsonObject schema)
    {
        if (schema["enum"] is JsonArray values && values.Count > 0)
        {
            return values[random.Next(values.Count)]?.DeepClone();
        }

        var types = Types(schema);
        var format = schema["format"]?.GetValue<string>();
        if (types.Contains("object") || schema["properties"] is not null)
        {
            var body = new JsonObject();
            foreach (var (name, property) in schema["properties"] as JsonObject ?? [])
            {
                body[name] = Valid(property as JsonObject ?? []);
            }

            return body;
        }

        return types.FirstOrDefault(t => t != "null") switch
        {
            "array" => new JsonArray(Valid(schema["items"] as JsonObject ?? [])),
            "integer" => JsonValue.Create(random.Next(1, 1_000)),
            "number" => JsonValue.Create(random.Next(1, 1_000) / 10.0),
            "boolean" => JsonValue.Create(random.Next(2) == 0),
            "string" => JsonValue.Create(format switch
            {
                "uuid" => Guid.NewGuid().ToString(),
                "date" => "2026-11-15",
                "date-time" => "2026-11-15T10:00:00Z",
                _ => "plausible text",
            }),
            _ => null,
        };
    }

    private string? ValidParameter(JsonObject schema) =>
        Valid(schema) is JsonValue value ? Convert.ToString(value.GetValue<object>(), CultureInfo.InvariantCulture) : null;

    private JsonNode WrongType(JsonObject schema)
    {
        var types = Types(schema);
        if (types.Contains("string") && !types.Contains("integer"))
        {
            return Pick<JsonNode>([JsonValue.Create(42), JsonValue.Create(true), new JsonObject(), new JsonArray()]);
        }

        if (types.Contains("array"))
        {
            return Pick<JsonNode>([JsonValue.Create("not a list"), new JsonObject(), JsonValue.Create(7)]);
        }

        return Pick<JsonNode>([JsonValue.Create("twelve"), JsonValue.Create(true), new JsonObject(), new JsonArray(1)]);
    }

    private static List<string> Types(JsonObject schema) => schema["type"] switch
    {
        JsonArray many => many.Select(t => t!.GetValue<string>()).ToList(),
        JsonValue one => [one.GetValue<string>()],
        _ => [],
    };

    private static StringContent Json(JsonNode? body)
    {
        var content = new StringContent(body?.ToJsonString() ?? "null", Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];

    private static string Shorten(string text) =>
        (text.Length > 40 ? $"{text[..20]}…({text.Length} chars)" : text).Replace("\0", "\\0", StringComparison.Ordinal);
}
