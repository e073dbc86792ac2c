namespace Tapbridge.TikTokShop.Transport;

/// <summary>
/// One Open API call. <see cref="Endpoint"/> is the path template (the unit TikTok rate-limits);
/// <see cref="Retryable"/> marks reads and idempotent writes, the only calls retried.
/// </summary>
internal sealed record ApiCall(HttpMethod Method, string Endpoint, string Path, bool Retryable)
{
    public List<KeyValuePair<string, string>> Query { get; } = [];

    public object? Body { get; init; }

    public ApiCall With(string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            Query.Add(new(key, value));
        }

        return this;
    }

    public ApiCall With(string key, int? value) => With(key, value?.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
