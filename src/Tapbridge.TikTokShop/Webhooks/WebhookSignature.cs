using System.Security.Cryptography;
using System.Text;

namespace Tapbridge.TikTokShop.Webhooks;

/// <summary>
/// TikTok Shop puts lowercase hex HMAC-SHA256(app secret, app key + raw body) in the webhook's Authorization header.
/// Verify over the raw bytes, before parsing anything, in constant time.
/// </summary>
public static class WebhookSignature
{
    public static string Compute(string appKey, string appSecret, ReadOnlySpan<byte> rawBody)
    {
        ArgumentNullException.ThrowIfNull(appKey);
        ArgumentNullException.ThrowIfNull(appSecret);
        var key = Encoding.UTF8.GetBytes(appKey);
        var message = new byte[key.Length + rawBody.Length];
        key.CopyTo(message, 0);
        rawBody.CopyTo(message.AsSpan(key.Length));
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), message));
    }

    public static bool IsValid(string appKey, string appSecret, string? authorizationHeader, ReadOnlySpan<byte> rawBody)
    {
        if (string.IsNullOrEmpty(authorizationHeader))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(appKey, appSecret, rawBody));
        var actual = Encoding.ASCII.GetBytes(authorizationHeader.Trim().ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}
