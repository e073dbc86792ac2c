using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace TikTokShopSandbox.Common;

/// <summary>One page of a list, in TikTok's cursor style.</summary>
internal sealed record Page<T>(IReadOnlyList<T> Items, string NextPageToken, int TotalCount);

/// <summary>
/// Opaque page tokens: base64url of the next offset and a fingerprint of the filters, so a token is refused
/// when reused with other filters. Lists are ordered so that new items arrive at the end.
/// </summary>
internal static class Paging
{
    public static Page<T> Slice<T>(IReadOnlyList<T> all, int pageSize, string? pageToken, string fingerprint) =>
        Slice(all.Count, i => all[i], pageSize, pageToken, fingerprint);

    /// <summary>A page of a list given by its length and an indexer, so a page of a window costs only the page.</summary>
    public static Page<T> Slice<T>(int count, Func<int, T> at, int pageSize, string? pageToken, string fingerprint)
    {
        var offset = string.IsNullOrEmpty(pageToken) ? 0 : Decode(pageToken, fingerprint);
        var end = (int)Math.Min(count, (long)offset + pageSize);
        var items = new List<T>(Math.Max(0, end - offset));
        for (var i = offset; i < end; i++)
        {
            items.Add(at(i));
        }

        var next = end < count ? Encode(end, fingerprint) : "";
        return new Page<T>(items, next, count);
    }

    private static string Encode(int offset, string fingerprint) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{offset}.{Seeds.Of(fingerprint):x16}"));

    private static int Decode(string token, string fingerprint)
    {
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        }
        catch (FormatException)
        {
            throw ApiException.Invalid("page_token is invalid");
        }

        var parts = text.Split('.');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
            || !string.Equals(parts[1], Seeds.Of(fingerprint).ToString("x16", CultureInfo.InvariantCulture), StringComparison.Ordinal))
        {
            throw ApiException.Invalid("page_token is invalid or was issued for other filters");
        }

        return offset;
    }
}
