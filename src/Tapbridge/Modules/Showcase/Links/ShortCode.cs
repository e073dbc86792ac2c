using System.Security.Cryptography;

namespace Tapbridge.Modules.Showcase.Links;

/// <summary>Short link codes: 12 characters drawn by a CSPRNG from 62, about 71 bits, so codes cannot be guessed or enumerated.</summary>
internal static class ShortCode
{
    public const int Length = 12;
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    public static bool IsWellFormed(string code) => code.Length == Length && code.All(c => char.IsAsciiLetterOrDigit(c));
}
