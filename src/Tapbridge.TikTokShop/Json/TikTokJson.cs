using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tapbridge.TikTokShop.Json;

/// <summary>TikTok's JSON: snake_case fields, UPPER_SNAKE enums, nulls left out of requests.</summary>
public static class TikTokJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
