using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tapbridge.Platform.Api;

/// <summary>
/// PostgreSQL text cannot hold a NUL character, so a string carrying one would fail at the database as a 500. It is
/// refused where it enters: in a JSON body (naming the field) and in the query string or path (naming the parameter).
/// </summary>
internal static class NulFreeStrings
{
    public sealed class Converter : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString();
            return text is not null && text.Contains('\0', StringComparison.Ordinal)
                ? throw new JsonException("A text contains a NUL character.")
                : text;
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }

    public static async Task RefuseInUrlAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        var field = request.Path.Value?.Contains('\0', StringComparison.Ordinal) == true
            ? "path"
            : request.Query.FirstOrDefault(q => q.Key.Contains('\0', StringComparison.Ordinal) || q.Value.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true)).Key;
        if (field is null || !request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new()
        {
            HttpContext = context,
            ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field.Replace("\0", "", StringComparison.Ordinal)] = ["contains a NUL character."] })
            {
                Status = StatusCodes.Status400BadRequest, Title = "Invalid input", Detail = $"{field} contains a NUL character.",
            },
        });
    }
}
