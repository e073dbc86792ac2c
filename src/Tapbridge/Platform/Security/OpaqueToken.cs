using System.Security.Cryptography;
using System.Text;

namespace Tapbridge.Platform.Security;

/// <summary>
/// Bearer secrets handed to a person or a browser once (API tokens, invitation links, OAuth state): unguessable,
/// URL-safe, and stored only as a SHA-256 hash, so a copy of the database cannot be replayed.
/// </summary>
public static class OpaqueToken
{
    public static string New(int bytes = 32) => Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
