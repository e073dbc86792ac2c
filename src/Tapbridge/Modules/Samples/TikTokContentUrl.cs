using System.Text.RegularExpressions;

namespace Tapbridge.Modules.Samples;

/// <summary>
/// A link to a creator's TikTok video or live, checked for form only (TikTok's content data confirms the post itself):
/// https on tiktok.com, a video (<c>/@user/video/123…</c>), a live (<c>/@user/live</c>) or a share link (vt./vm.tiktok.com).
/// </summary>
internal static partial class TikTokContentUrl
{
    public static Uri? Parse(string? text)
    {
        if (!Uri.TryCreate((text ?? "").Trim(), UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps
            || uri.AbsoluteUri.Length > 300)
        {
            return null;
        }

        var host = uri.IdnHost.ToLowerInvariant();
        var path = uri.AbsolutePath;
        var ok = host switch
        {
            "www.tiktok.com" or "tiktok.com" or "m.tiktok.com" => VideoOrLive().IsMatch(path),
            "vt.tiktok.com" or "vm.tiktok.com" => ShareCode().IsMatch(path),
            _ => false,
        };
        return ok ? new Uri($"https://{host}{path.TrimEnd('/')}") : null;
    }

    [GeneratedRegex(@"^/@[A-Za-z0-9._]{2,24}/(video/[0-9]{8,22}|live(/.*)?)/?$")]
    private static partial Regex VideoOrLive();

    [GeneratedRegex(@"^/[A-Za-z0-9]{5,16}/?$")]
    private static partial Regex ShareCode();
}
