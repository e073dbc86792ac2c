using System.Globalization;

namespace TikTokShopSandbox.Common;

/// <summary>Query parameters with TikTok's validation messages.</summary>
internal sealed class ApiQuery(IQueryCollection query)
{
    public string? this[string name] => query.TryGetValue(name, out var value) ? value.ToString() : null;

    public bool Has(string name) => query.ContainsKey(name);

    public int PageSize(int min, int max, int? fallback)
    {
        var raw = this["page_size"];
        if (string.IsNullOrEmpty(raw))
        {
            return fallback ?? throw ApiException.Invalid("page_size is required");
        }

        if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size < min || size > max)
        {
            throw ApiException.Invalid($"page_size must be an integer between {min} and {max}");
        }

        return size;
    }

    public string? Enum(string name, params ReadOnlySpan<string> allowed)
    {
        var raw = this[name];
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }

        foreach (var value in allowed)
        {
            if (string.Equals(value, raw, StringComparison.Ordinal))
            {
                return value;
            }
        }

        throw ApiException.Invalid($"{name} must be one of {string.Join(", ", allowed.ToArray())}");
    }

    public string Required(string name) =>
        this[name] is { Length: > 0 } value ? value : throw ApiException.Invalid($"{name} is required");
}
