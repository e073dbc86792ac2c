using System.Text.Json;
using System.Text.RegularExpressions;

namespace Tapbridge.Platform.Api;

/// <summary>
/// Turns a request the framework could not bind (unreadable JSON, a missing or mistyped field, a parameter that is not
/// a number or an id, a wrong content type) into a validation problem that names what was wrong.
/// </summary>
internal static partial class BadRequestProblem
{
    public static HttpValidationProblemDetails From(BadHttpRequestException bad)
    {
        var (field, message) = bad.InnerException is JsonException json ? FromJson(json) : FromBinding(bad);
        return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = bad.StatusCode,
            Title = bad.StatusCode == StatusCodes.Status415UnsupportedMediaType ? "Unsupported content type" : "Invalid input",
            Detail = message,
        };
    }

    private static (string Field, string Message) FromJson(JsonException json)
    {
        if (MissingProperties().Match(json.Message) is { Success: true } missing)
        {
            // The runtime joins the names with the request culture's list separator (", " or "; ").
            var names = missing.Groups["names"].Value.Replace("'", "", StringComparison.Ordinal)
                .Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return (names[0], $"Required: {string.Join(", ", names)}.");
        }

        var field = json.Path is { Length: > 2 } path ? path[2..] : "body";
        if (NullNotAllowed().Match(json.Message) is { Success: true } nulled)
        {
            field = nulled.Groups["name"].Value;
            return (field, $"{field} cannot be null.");
        }

        return field == "body"
            ? (field, "The body is not valid JSON for this request.")
            : (field, $"{field} has a value of the wrong type or format.");
    }

    private static (string Field, string Message) FromBinding(BadHttpRequestException bad)
    {
        if (bad.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return ("Content-Type", "Send the body as application/json.");
        }

        if (ParameterName().Match(bad.Message) is { Success: true } parameter)
        {
            var name = parameter.Groups["name"].Value;
            return (name, bad.Message.Contains("not provided", StringComparison.Ordinal) ? $"{name} is required." : $"{name} is not valid.");
        }

        return ("body", "The request body is missing or cannot be read.");
    }

    [GeneratedRegex("missing required properties including: (?<names>.+)\\.$")]
    private static partial Regex MissingProperties();

    [GeneratedRegex("(?:parameter|property) '(?<name>[^']+)' on type '[^']+' doesn't allow null")]
    private static partial Regex NullNotAllowed();

    [GeneratedRegex("parameter \"[^\" ]+ (?<name>[^\" ]+)\"")]
    private static partial Regex ParameterName();
}
