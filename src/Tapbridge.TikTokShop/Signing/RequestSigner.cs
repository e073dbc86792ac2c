using System.Security.Cryptography;
using System.Text;

namespace Tapbridge.TikTokShop.Signing;

/// <summary>
/// TikTok Shop's request signature: lowercase hex HMAC-SHA256, keyed with the app secret, over
/// secret + path + sorted key/value pairs of the query (without <c>sign</c> and <c>access_token</c>) + body + secret.
/// Values are taken raw (not URL-encoded); keys sort ordinally; the body is the exact bytes sent.
/// </summary>
public static class RequestSigner
{
    private static readonly HashSet<string> Excluded = new(StringComparer.Ordinal) { "sign", "access_token" };

    public static string Sign(string appSecret, string path, IEnumerable<KeyValuePair<string, string>> query, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(appSecret);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(query);
        var text = new StringBuilder(appSecret).Append(path);
        foreach (var (key, value) in query.Where(p => !Excluded.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(key).Append(value);
        }

        var secret = Encoding.UTF8.GetBytes(appSecret);
        var prefix = Encoding.UTF8.GetBytes(text.ToString());
        var message = new byte[prefix.Length + body.Length + secret.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        secret.CopyTo(message, prefix.Length + body.Length);
        return Convert.ToHexStringLower(HMACSHA256.HashData(secret, message));
    }
}
