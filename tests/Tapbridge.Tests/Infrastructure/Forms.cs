using System.Net;
using AngleSharp.Html.Parser;

namespace Tapbridge.Tests.Infrastructure;

/// <summary>Submits the product's server-rendered forms the way a browser does: with the page's antiforgery token and form name.</summary>
public static class Forms
{
    private static readonly HtmlParser Parser = new();

    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string pageUrl, string formName, IReadOnlyDictionary<string, string> fields)
    {
        var page = await client.GetAsync(pageUrl);
        page.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {pageUrl}");
        var document = Parser.ParseDocument(await page.Content.ReadAsStringAsync());
        var form = document.QuerySelectorAll("form")
            .FirstOrDefault(f => f.QuerySelector($"input[name=_handler][value='{formName}']") is not null)
            ?? throw new InvalidOperationException($"{pageUrl} has no form named {formName}.");
        var values = new Dictionary<string, string>
        {
            ["_handler"] = formName,
            ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
                ?? throw new InvalidOperationException($"The form {formName} carries no antiforgery token."),
        };
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : pageUrl;
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string pageUrl)
    {
        var document = Parser.ParseDocument(await client.GetStringAsync(pageUrl));
        return document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{pageUrl} carries no antiforgery token.");
    }

    /// <summary>Where a redirect points, as a path: server-side navigation answers with absolute URLs.</summary>
    public static string RedirectPath(this HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!;
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    public static async Task<string> TextAsync(this HttpResponseMessage response) =>
        Parser.ParseDocument(await response.Content.ReadAsStringAsync()).Body?.TextContent ?? "";
}
