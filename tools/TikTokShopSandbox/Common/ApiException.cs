namespace TikTokShopSandbox.Common;

/// <summary>A failed call, reported in TikTok's envelope with one of TikTok's codes.</summary>
internal sealed class ApiException : Exception
{
    public ApiException(long code, string message, int httpStatus = StatusCodes.Status200OK)
        : base(message)
    {
        Code = code;
        HttpStatus = httpStatus;
    }

    public long Code { get; }

    public int HttpStatus { get; }

    public static ApiException Invalid(string message) => new(ErrorCodes.InvalidParameter, message);
}
