using System.Text.Json.Nodes;

namespace Tapbridge.Tests.Platform.BadInput;

/// <summary>One operation of the API as <c>/openapi/v1.json</c> describes it, with its schemas resolved.</summary>
public sealed record ApiOperation(string Method, string Path, IReadOnlyList<ApiParameter> Parameters, JsonObject? Body)
{
    public override string ToString() => $"{Method} {Path}";

    public static IReadOnlyList<ApiOperation> ReadAll(JsonNode document)
    {
        var schemas = document["components"]?["schemas"]?.AsObject() ?? [];
        var operations = new List<ApiOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var parameters = (operation!["parameters"]?.AsArray() ?? [])
                    .Select(p => new ApiParameter(p!["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(), Resolve(p["schema"], schemas)))
                    .ToList();
                var body = operation["requestBody"]?["content"]?["application/json"]?["schema"];
                operations.Add(new ApiOperation(method.ToUpperInvariant(), path, parameters, body is null ? null : Resolve(body, schemas)));
            }
        }

        return operations;
    }

    /// <summary>Replaces every <c>$ref</c> with a copy of the schema it names (recursion stops at a depth of 6).</summary>
    private static JsonObject Resolve(JsonNode? schema, JsonObject schemas, int depth = 0)
    {
        if (schema is not JsonObject node || depth > 6)
        {
            return [];
        }

        if (node["$ref"]?.GetValue<string>() is { } reference)
        {
            return Resolve(schemas[reference.Split('/')[^1]], schemas, depth + 1);
        }

        var copy = new JsonObject();
        foreach (var (key, value) in node)
        {
            copy[key] = key switch
            {
                "properties" => new JsonObject(value!.AsObject().Select(p =>
                    KeyValuePair.Create(p.Key, (JsonNode?)Resolve(p.Value, schemas, depth + 1)))),
                "items" => Resolve(value, schemas, depth + 1),
                _ => value?.DeepClone(),
            };
        }

        return copy;
    }
}

public sealed record ApiParameter(string Name, string In, JsonObject Schema);
