using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Threading.RateLimiting;
using Polly;
using Polly.Retry;
using Tapbridge.TikTokShop.Auth;
using Tapbridge.TikTokShop.Errors;
using Tapbridge.TikTokShop.Json;
using Tapbridge.TikTokShop.Signing;

namespace Tapbridge.TikTokShop.Transport;

/// <summary>
/// Signs, sends and unwraps Open API calls: the 10-digit timestamp and app key, the signature over the exact body
/// bytes, the access token header, a client-side limit per endpoint, retries with jittered backoff for reads, and a
/// typed exception for every non-zero code.
/// </summary>
public sealed class TikTokShopTransport : IDisposable
{
    private readonly HttpClient http;
    private readonly TikTokShopOptions options;
    private readonly TimeProvider clock;
    private readonly PartitionedRateLimiter<string> limiter;
    private readonly ResiliencePipeline retries;

    public TikTokShopTransport(HttpClient http, TikTokShopOptions options, TimeProvider clock)
    {
        this.http = http;
        this.options = options;
        this.clock = clock;
        limiter = PartitionedRateLimiter.Create<string, string>(endpoint => RateLimitPartition.GetTokenBucketLimiter(endpoint, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.RequestsPerSecondPerEndpoint,
            TokensPerPeriod = options.RequestsPerSecondPerEndpoint,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        }));
        retries = new ResiliencePipelineBuilder { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(1, options.MaxRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                ShouldHandle = new PredicateBuilder().Handle<TransientFailure>(f => f.Retryable),
            })
            .Build();
    }

    public TikTokShopOptions Options => options;

    internal async Task<T> SendAsync<T>(ApiCall call, IAccessTokenSource? token, CancellationToken cancellationToken)
    {
        var body = call.Body is null ? null : JsonSerializer.SerializeToUtf8Bytes(call.Body, call.Body.GetType(), TikTokJson.Options);
        try
        {
            return await retries.ExecuteAsync(async ct => await SendOnceAsync<T>(call, body, token, ct), cancellationToken);
        }
        catch (TransientFailure failure)
        {
            throw failure.Final;
        }
    }

    private async ValueTask<T> SendOnceAsync<T>(ApiCall call, byte[]? body, IAccessTokenSource? token, CancellationToken cancellationToken)
    {
        using (var lease = await limiter.AcquireAsync(call.Endpoint, 1, cancellationToken))
        {
            if (!lease.IsAcquired)
            {
                throw new TransientFailure(call.Retryable, new ThrottledException(TikTokShopErrorCodes.Throttled, "Client-side rate limit", null, 0));
            }
        }

        using var request = await BuildAsync(call, body, token, cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TransientFailure(call.Retryable, new TikTokShopException($"{call.Method} {call.Endpoint} timed out after {options.Timeout.TotalSeconds:0} s.", e));
        }
        catch (HttpRequestException e)
        {
            throw new TransientFailure(call.Retryable, new TikTokShopException($"{call.Method} {call.Endpoint} failed: {e.Message}", e));
        }

        using (response)
        {
            return await UnwrapAsync<T>(call, response, timeout.Token);
        }
    }

    private async Task<HttpRequestMessage> BuildAsync(ApiCall call, byte[]? body, IAccessTokenSource? token, CancellationToken cancellationToken)
    {
        var query = new List<KeyValuePair<string, string>>
        {
            new("app_key", options.AppKey),
            new("timestamp", clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
        };
        query.AddRange(call.Query);
        query.Add(new("sign", RequestSigner.Sign(options.AppSecret, call.Path, query, body)));
        var queryString = string.Join('&', query.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        var request = new HttpRequestMessage(call.Method, new Uri(options.OpenApiBaseUrl, $"{call.Path}?{queryString}"));
        if (token is not null)
        {
            request.Headers.Add("x-tts-access-token", await token.GetAccessTokenAsync(cancellationToken));
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new("application/json");
        }

        return request;
    }

    private static async Task<T> UnwrapAsync<T>(ApiCall call, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        Envelope<T>? envelope = null;
        try
        {
            envelope = await JsonSerializer.DeserializeAsync<Envelope<T>>(await response.Content.ReadAsStreamAsync(cancellationToken), TikTokJson.Options, cancellationToken);
        }
        catch (JsonException) when (!response.IsSuccessStatusCode)
        {
            // A proxy's HTML error page: the status decides below.
        }

        if (envelope is { Code: 0 } ok && response.IsSuccessStatusCode)
        {
            return ok.Data ?? throw new TikTokShopException($"{call.Method} {call.Endpoint} succeeded without data.");
        }

        var error = TikTokShopException.From(
            envelope?.Code is null or 0 ? status : envelope.Code, envelope?.Message ?? response.ReasonPhrase ?? "", envelope?.RequestId, status);
        var transient = response.StatusCode == HttpStatusCode.TooManyRequests || status >= 500
            || error.Code is TikTokShopErrorCodes.Throttled or TikTokShopErrorCodes.InternalError;
        throw transient ? new TransientFailure(call.Retryable, error) : error;
    }

    public void Dispose() => limiter.Dispose();

    /// <summary>Carries a failure through the retry strategy; the caller only ever sees <see cref="Final"/>.</summary>
    private sealed class TransientFailure(bool retryable, TikTokShopException final) : Exception(final.Message, final)
    {
        public bool Retryable { get; } = retryable;

        public TikTokShopException Final { get; } = final;
    }
}
