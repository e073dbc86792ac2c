namespace Tapbridge.TikTokShop.Errors;

/// <summary>TikTok answered with a non-zero code. Keeps the code, message and request id TikTok support asks for.</summary>
public class TikTokShopException : Exception
{
    public TikTokShopException(long code, string message, string? requestId, int httpStatus)
        : base($"TikTok Shop error {code}: {message}{(requestId is null ? "" : $" (request {requestId})")}")
    {
        Code = code;
        TikTokMessage = message;
        RequestId = requestId;
        HttpStatus = httpStatus;
    }

    /// <summary>A failure before TikTok answered with a code: a timeout, a broken connection, an unreadable answer.</summary>
    public TikTokShopException(string message, Exception? innerException = null)
        : base(message, innerException) => TikTokMessage = message;

    public long Code { get; }

    public string TikTokMessage { get; } = "";

    public string? RequestId { get; }

    public int HttpStatus { get; }

    /// <summary>Maps TikTok's code to the exception a caller can act on; every other code stays a <see cref="TikTokShopException"/>.</summary>
    public static TikTokShopException From(long code, string message, string? requestId, int httpStatus) => code switch
    {
        TikTokShopErrorCodes.AuthorizationRevoked => new AuthorizationRevokedException(code, message, requestId, httpStatus),
        TikTokShopErrorCodes.AccessTokenExpired => new AccessTokenExpiredException(code, message, requestId, httpStatus),
        TikTokShopErrorCodes.MissingScope => new MissingScopeException(code, message, requestId, httpStatus),
        TikTokShopErrorCodes.Throttled => new ThrottledException(code, message, requestId, httpStatus),
        TikTokShopErrorCodes.InvalidSignature => new InvalidSignatureException(code, message, requestId, httpStatus),
        _ => new TikTokShopException(code, message, requestId, httpStatus),
    };
}

/// <summary>The user deauthorized the app (or the token is unknown): ask them to connect again.</summary>
public sealed class AuthorizationRevokedException(long code, string message, string? requestId, int httpStatus)
    : TikTokShopException(code, message, requestId, httpStatus);

/// <summary>The access token is past its expiry: refresh it.</summary>
public sealed class AccessTokenExpiredException(long code, string message, string? requestId, int httpStatus)
    : TikTokShopException(code, message, requestId, httpStatus);

/// <summary>The user did not grant the scope this call needs: ask them to authorize it.</summary>
public sealed class MissingScopeException(long code, string message, string? requestId, int httpStatus)
    : TikTokShopException(code, message, requestId, httpStatus);

/// <summary>Too many requests: HTTP 429 or code 36009002, after the client's own retries.</summary>
public sealed class ThrottledException(long code, string message, string? requestId, int httpStatus)
    : TikTokShopException(code, message, requestId, httpStatus);

/// <summary>TikTok refused the signature: the app secret is wrong, or the request changed after signing.</summary>
public sealed class InvalidSignatureException(long code, string message, string? requestId, int httpStatus)
    : TikTokShopException(code, message, requestId, httpStatus);
