namespace TikTokShopSandbox.Common;

/// <summary>A refused <c>/sandbox/…</c> call, answered as <c>{"error": message}</c> with an HTTP status.</summary>
internal sealed class AdminException : Exception
{
    public AdminException(int status, string message)
        : base(message) => Status = status;

    public int Status { get; }

    public static AdminException BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);

    public static AdminException NotFound(string message) => new(StatusCodes.Status404NotFound, message);

    public static AdminException Conflict(string message) => new(StatusCodes.Status409Conflict, message);
}
