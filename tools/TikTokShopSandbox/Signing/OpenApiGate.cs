using System.Globalization;
using TikTokShopSandbox.Auth;
using TikTokShopSandbox.Common;
using TikTokShopSandbox.World;

namespace TikTokShopSandbox.Signing;

/// <summary>
/// Runs TikTok's checks in order (app key and timestamp, signature, token, identity cipher, throttling), then the
/// endpoint under the world lock, and answers in TikTok's envelope.
/// </summary>
internal sealed class OpenApiGate(SandboxWorld world, RateLimiter limiter, ILogger<OpenApiGate> logger)
{
    private const long PastWindow = 300;
    private const long FutureWindow = 30;
    private const string AssetCipher = "category_asset_cipher";
    private const string ShopCipher = "shop_cipher";
    private static readonly string[] CipherKeys = [AssetCipher, ShopCipher];
    private long requestCounter;

    public async Task HandleAsync(HttpContext http, string template, EndpointSpec spec, Func<ApiCall, object?> endpoint)
    {
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
        var body = buffer.ToArray();

        int status;
        byte[] response;
        lock (world.Sync)
        {
            (status, response) = Run(http, template, spec, endpoint, body);
        }

        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        if (status == StatusCodes.Status429TooManyRequests)
        {
            http.Response.Headers.RetryAfter = "1";
        }

        await http.Response.Body.WriteAsync(response, http.RequestAborted);
    }

    /// <summary>TikTok's envelope with a fresh request id (sandbox time + a counter); also used by the auth host and unknown paths.</summary>
    public byte[] Envelope(long code, string message, object? data = null)
    {
        var requestId = DateTimeOffset.FromUnixTimeSeconds(world.Now).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)
            + Interlocked.Increment(ref requestCounter).ToString("X20", CultureInfo.InvariantCulture);
        return SandboxJson.Serialize(new { Code = code, Message = message, RequestId = requestId, Data = data });
    }

    private (int Status, byte[] Body) Run(HttpContext http, string template, EndpointSpec spec, Func<ApiCall, object?> endpoint, byte[] body)
    {
        try
        {
            var call = Admit(http, template, spec, body);
            var data = endpoint(call) ?? new { };
            return (StatusCodes.Status200OK, Envelope(ErrorCodes.Success, "Success", data));
        }
        catch (ApiException e)
        {
            return (e.HttpStatus, Envelope(e.Code, e.Message));
        }
#pragma warning disable CA1031 // Any other failure is TikTok's "internal error", and the sandbox must keep serving.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogError(e, "Unexpected failure in {Path}", http.Request.Path);
            return (StatusCodes.Status500InternalServerError, Envelope(ErrorCodes.InternalError, "Internal error. Please try again."));
        }
    }

    private ApiCall Admit(HttpContext http, string template, EndpointSpec spec, byte[] body)
    {
        var query = new ApiQuery(http.Request.Query);
        CheckAppAndTimestamp(query);
        CheckSignature(http, body);
        var token = http.Request.Headers["x-tts-access-token"].ToString();
        var grant = CheckToken(token, spec);
        var (asset, shop) = CheckCipher(query, spec, grant);
        if (!limiter.TryAcquire($"{world.Options.AppKey}|{template}|{token}"))
        {
            throw new ApiException(ErrorCodes.TooManyRequests, $"Too many requests: more than {limiter.PerSecond} per second", StatusCodes.Status429TooManyRequests);
        }

        return new ApiCall(world, http, query, body, grant) { Asset = asset, Shop = shop };
    }

    private void CheckAppAndTimestamp(ApiQuery query)
    {
        if (!string.Equals(query["app_key"], world.Options.AppKey, StringComparison.Ordinal))
        {
            throw ApiException.Invalid(query.Has("app_key") ? "Invalid app_key" : "app_key is required");
        }

        if (string.IsNullOrEmpty(query["sign"]))
        {
            throw ApiException.Invalid("sign is required");
        }

        if (!long.TryParse(query["timestamp"], NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
        {
            throw ApiException.Invalid("timestamp is required and must be Unix seconds");
        }

        if (timestamp < world.Now - PastWindow || timestamp > world.Now + FutureWindow)
        {
            throw ApiException.Invalid($"timestamp {timestamp} is outside the allowed window [now - {PastWindow} s, now + {FutureWindow} s] (now is {world.Now})");
        }
    }

    private void CheckSignature(HttpContext http, byte[] body)
    {
        var request = http.Request;
        var signed = request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true ? [] : body;
        var expected = Signatures.Request(
            world.Options.AppSecret,
            request.PathBase + request.Path,
            request.Query.Select(p => KeyValuePair.Create(p.Key, p.Value.ToString())),
            signed);
        if (!Signatures.Matches(expected, request.Query["sign"].ToString()))
        {
            throw new ApiException(ErrorCodes.InvalidSign, "Invalid signature");
        }
    }

    private Grant CheckToken(string token, EndpointSpec spec)
    {
        if (string.IsNullOrEmpty(token) || !world.Tokens.TryGetValue(token, out var access) || access.Grant.Revoked)
        {
            throw new ApiException(ErrorCodes.InvalidToken, "Invalid access token: missing, unknown or revoked (x-tts-access-token)");
        }

        if (world.Now >= access.ExpiresAt)
        {
            throw new ApiException(ErrorCodes.ExpiredToken, "Access token has expired");
        }

        var needed = spec.Family switch
        {
            Family.Partner => Scopes.PartnerUser,
            Family.Seller => Scopes.SellerUser,
            Family.Creator => Scopes.CreatorUser,
        };
        if (access.Grant.UserType != needed)
        {
            throw new ApiException(ErrorCodes.NoPermission, $"This API needs a token of user_type {needed}; this one is user_type {access.Grant.UserType}");
        }

        if (!spec.Scopes.Any(access.Grant.Has))
        {
            throw new ApiException(ErrorCodes.NoPermission, $"Access denied: scope {string.Join(" or ", spec.Scopes)} is not granted");
        }

        return access.Grant;
    }

    private static (CategoryAsset? Asset, Shop? Shop) CheckCipher(ApiQuery query, EndpointSpec spec, Grant grant)
    {
        string? own = spec.Family switch
        {
            Family.Partner => AssetCipher,
            Family.Seller => ShopCipher,
            Family.Creator => null,
        };
        foreach (var key in CipherKeys)
        {
            if (query.Has(key) && (key != own || spec.Cipher == CipherRule.None))
            {
                throw ApiException.Invalid($"Unexpected identifier: {key}");
            }
        }

        if (own is null || spec.Cipher == CipherRule.None || (spec.Cipher == CipherRule.Optional && !query.Has(own)))
        {
            return (null, null);
        }

        var cipher = query[own];
        if (string.IsNullOrEmpty(cipher))
        {
            throw new ApiException(ErrorCodes.InvalidCipher, $"{own} is required");
        }

        if (spec.Family == Family.Partner)
        {
            var asset = grant.Subject.Partner?.Assets.FirstOrDefault(a => string.Equals(a.Cipher, cipher, StringComparison.Ordinal));
            return asset is not null ? (asset, null) : throw new ApiException(ErrorCodes.InvalidCipher, $"{own} does not belong to this partner");
        }

        var shop = grant.Subject.Seller?.Shops.FirstOrDefault(s => string.Equals(s.Cipher, cipher, StringComparison.Ordinal));
        return shop is not null ? (null, shop) : throw new ApiException(ErrorCodes.InvalidCipher, $"{own} does not belong to a shop this seller authorized");
    }
}
