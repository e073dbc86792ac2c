using System.Security.Cryptography;
using System.Text;

namespace TikTokShopSandbox.Signing;

/// <summary>TikTok Shop's two HMAC-SHA256 signatures (reference §6 for requests, §8 for webhooks).</summary>
internal static class Signatures
{
    /// <summary>
    /// hex(HMAC(secret, secret + path + sorted key+value of every query parameter except sign and access_token
    /// + body + secret)). Values are the decoded (raw) values; keys sort ordinally.
    /// </summary>
    public static string Request(string secret, string path, IEnumerable<KeyValuePair<string, string>> query, ReadOnlySpan<byte> body)
    {
        var text = new StringBuilder(secret).Append(path);
        foreach (var (key, value) in query
            .Where(p => p.Key is not ("sign" or "access_token"))
            .OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(key).Append(value);
        }

        var head = Encoding.UTF8.GetBytes(text.ToString());
        var tail = Encoding.UTF8.GetBytes(secret);
        var message = new byte[head.Length + body.Length + tail.Length];
        head.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(head.Length));
        tail.CopyTo(message, head.Length + body.Length);
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));
    }

    /// <summary>hex(HMAC(secret, app_key + raw body)), sent as the webhook's Authorization header.</summary>
    public static string Webhook(string secret, string appKey, ReadOnlySpan<byte> body)
    {
        var key = Encoding.UTF8.GetBytes(appKey);
        var message = new byte[key.Length + body.Length];
        key.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(key.Length));
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));
    }

    public static bool Matches(string expected, string provided) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(provided.ToLowerInvariant()));
}
