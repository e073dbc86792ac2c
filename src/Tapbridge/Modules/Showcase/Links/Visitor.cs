using System.Text.RegularExpressions;

namespace Tapbridge.Modules.Showcase.Links;

/// <summary>
/// What a request to a short link says about who sent it: automated (HEAD, prefetch or preview, a crawler or link
/// unfurler, an HTTP library, no user agent at all), and otherwise the class of device. Hand-written patterns: the
/// served detection library did not restore here, and this list is the part that matters (ADR 0009).
/// </summary>
internal static partial class Visitor
{
    public static bool IsAutomated(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!HttpMethods.IsGet(request.Method))
        {
            return true;
        }

        var headers = request.Headers;
        if (Prefetch(headers["Sec-Purpose"]) || Prefetch(headers["Purpose"]) || Prefetch(headers["X-Purpose"]) || Prefetch(headers["X-Moz"]))
        {
            return true;
        }

        var agent = headers.UserAgent.ToString();
        return agent.Length == 0 || Bots().IsMatch(agent);
    }

    public static DeviceClass DeviceOf(string userAgent) =>
        Tablets().IsMatch(userAgent) ? DeviceClass.Tablet
        : Phones().IsMatch(userAgent) ? DeviceClass.Mobile
        : DeviceClass.Desktop;

    /// <summary>The host of the page the visitor came from, lower case; none when absent or not a web address.</summary>
    public static string? ReferrerHost(string? referrer) =>
        Uri.TryCreate(referrer, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length <= 253
            ? uri.IdnHost.ToLowerInvariant()
            : null;

    private static bool Prefetch(Microsoft.Extensions.Primitives.StringValues value) =>
        value.Any(v => v is not null && (v.Contains("prefetch", StringComparison.OrdinalIgnoreCase) || v.Contains("preview", StringComparison.OrdinalIgnoreCase)));

    // Crawler and unfurler names, not app names: Telegram's, Pinterest's and WhatsApp's in-app browsers are people.
    [GeneratedRegex(@"bot\b|bot/|crawl|spider|slurp|scrapy|preview|facebookexternalhit|facebookcatalog|meta-externalagent|^whatsapp/|telegrambot|slackbot|slack-imgproxy|discordbot|skypeuripreview|embedly|pinterestbot|vkshare|ahrefs|semrush|bytespider|baiduspider|lighthouse|pingdom|uptimerobot|headlesschrome|phantomjs|curl/|wget/|python-requests|python-urllib|aiohttp|httpx|go-http-client|java/|okhttp|libwww|apache-httpclient|node-fetch|axios/|postmanruntime|insomnia", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bots();

    [GeneratedRegex(@"ipad|tablet|kindle|silk/|playbook|android(?!.*mobile)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tablets();

    [GeneratedRegex(@"mobi|iphone|ipod|android|windows phone|blackberry|opera mini", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Phones();
}
