using System.Net;

namespace Tapbridge.Modules.Showcase.Links;

/// <summary>
/// <c>GET /l/{code}</c>: a 302 to the product's TikTok promotion link. The click is queued, never written here; HEAD,
/// prefetches and bots get the same redirect without being counted. Unknown codes and ended campaigns get a page a
/// person can read.
/// </summary>
internal static class LinkRedirect
{
    public static void MapShortLinks(this WebApplication app)
    {
        // Short-circuited: answered right after routing, without the sign-in, antiforgery and page middleware a
        // redirect for anonymous visitors has no use for (it is the hottest path in the product).
        app.MapMethods("/l/{code}", [HttpMethods.Get, HttpMethods.Head], RedirectAsync).AllowAnonymous().ExcludeFromDescription().ShortCircuit();
    }

    private static async Task<IResult> RedirectAsync(string code, HttpContext http, LinkTargets targets, ClickBuffer clicks, TimeProvider clock, ILogger<LinkTargets> logger)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["X-Robots-Tag"] = "noindex";
        var ip = http.Connection.RemoteIpAddress?.ToString() ?? "";
        LinkLookup lookup;
        try
        {
            lookup = await targets.LookUpAsync(code, ip, http.RequestAborted);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            // Short-circuited endpoints run before the exception handler: answer here, in words.
            logger.LogError(e, "A short link could not be looked up");
            return Page(HttpStatusCode.ServiceUnavailable, "This link cannot be opened right now", "Please try again in a minute.");
        }

        if (lookup.Throttled)
        {
            http.Response.Headers.RetryAfter = "60";
            return Page(HttpStatusCode.TooManyRequests, "Too many links at once", "This network opened many different links in a short time. Please wait a minute and try again.");
        }

        var (target, now) = (lookup.Target, clock.GetUtcNow());
        if (target is null)
        {
            return Page(HttpStatusCode.NotFound, "This link does not exist", "Check that the whole link was copied. Links from Tapbridge creators look like this one, with twelve letters and digits at the end.");
        }

        if (now >= target.Until)
        {
            return Page(HttpStatusCode.Gone, "This promotion has ended", "The campaign behind this link is over. The product may still be on TikTok Shop: search for it in the TikTok app.");
        }

        if (!Visitor.IsAutomated(http.Request))
        {
            clicks.Enqueue(new PendingClick(target, now, ip, http.Request.Headers.UserAgent.ToString(),
                Visitor.ReferrerHost(http.Request.Headers.Referer.ToString())));
        }

        return Results.Redirect(target.TikTokLink);
    }

    private static IResult Page(HttpStatusCode status, string title, string text) => Results.Content(
        $$"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
        <title>{{WebUtility.HtmlEncode(title)}} · Tapbridge</title>
        <style>body{font-family:Roboto,system-ui,sans-serif;margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;background:#f5f5f7;color:#1f1f24}
        main{max-width:420px;margin:24px;padding:32px 24px;background:#fff;border-radius:12px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
        h1{font-size:1.35rem;margin:0 0 12px}p{line-height:1.5;margin:0 0 20px;color:#55555f}a{color:#594ae2;font-weight:500;text-decoration:none}</style></head>
        <body><main><h1>{{WebUtility.HtmlEncode(title)}}</h1><p>{{WebUtility.HtmlEncode(text)}}</p><a href="https://www.tiktok.com/">Open TikTok</a></main></body></html>
        """, "text/html; charset=utf-8", statusCode: (int)status);
}
