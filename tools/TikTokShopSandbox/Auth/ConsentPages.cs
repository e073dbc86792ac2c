using System.Text;
using System.Text.Encodings.Web;
using TikTokShopSandbox.World;

namespace TikTokShopSandbox.Auth;

/// <summary>
/// TikTok's consent pages: a partner or seller (<c>/open/authorize?service_id=</c>, <c>&amp;user_type=0</c> for a
/// seller) or a creator (<c>/alliance/creator/auth?app_key=&amp;state=</c>) authorizes or denies, and is redirected
/// to the app's redirect URL with a code.
/// </summary>
internal static class ConsentPages
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/open/authorize", (HttpContext http) => ServicePage(http, http.Request.Query["service_id"], http.Request.Query["state"], http.Request.Query["user_type"]));
        app.MapPost("/open/authorize", async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            return ServiceDecision(http, form);
        });
        app.MapGet("/alliance/creator/auth", (HttpContext http) => CreatorPage(http, http.Request.Query["app_key"], http.Request.Query["state"]));
        app.MapPost("/alliance/creator/auth", async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            return CreatorDecision(http, form);
        });
    }

    private static IResult ServicePage(HttpContext http, string? serviceId, string? state, string? userType)
    {
        var world = World(http);
        if (!string.Equals(serviceId, world.Options.ServiceId, StringComparison.Ordinal))
        {
            return Page("Unknown app", "<p>The service_id does not belong to an app.</p>", StatusCodes.Status400BadRequest);
        }

        var seller = userType == "0";
        var fields = new StringBuilder()
            .Append(Hidden("service_id", world.Options.ServiceId)).Append(Hidden("state", state ?? "")).Append(Hidden("user_type", seller ? "0" : "3"));
        string who;
        if (seller)
        {
            fields.Append("<p><label>Shop <select name=\"shop_code\">");
            lock (world.Sync)
            {
                foreach (var shop in world.Shops)
                {
                    fields.Append($"<option value=\"{Encode(shop.Code)}\">{Encode($"{shop.Name} ({shop.Region}, {shop.Code})")}</option>");
                }
            }

            fields.Append("</select></label></p>");
            who = "a seller";
        }
        else
        {
            fields.Append($"<p>Partner <strong>{Encode(world.Partner.Name)}</strong>, category <strong>{Encode(Partner.CategoryName)}</strong></p>");
            who = "a partner";
        }

        return Page("Authorize app", $"<p>The app asks {who} for access.</p><form method=\"post\" action=\"/open/authorize\">{fields}{Buttons()}</form>");
    }

    private static IResult ServiceDecision(HttpContext http, IFormCollection form)
    {
        var world = World(http);
        if (!string.Equals(form["service_id"], world.Options.ServiceId, StringComparison.Ordinal))
        {
            return Page("Unknown app", "<p>The service_id does not belong to an app.</p>", StatusCodes.Status400BadRequest);
        }

        var state = form["state"].ToString();
        if (form["decision"] != "authorize")
        {
            return Denied(world, state);
        }

        string code;
        lock (world.Sync)
        {
            Subject subject;
            if (form["user_type"] == "0")
            {
                if (!world.ShopsByCode.TryGetValue(form["shop_code"].ToString(), out var shop))
                {
                    return Page("Unknown shop", "<p>Choose one of the listed shops.</p>", StatusCodes.Status400BadRequest);
                }

                subject = AuthService.SellerSubject(shop);
            }
            else
            {
                subject = AuthService.PartnerSubject(world);
            }

            code = AuthService.IssueCode(world, subject);
        }

        return Granted(world, code, state);
    }

    private static IResult CreatorPage(HttpContext http, string? appKey, string? state)
    {
        var world = World(http);
        if (!string.Equals(appKey, world.Options.AppKey, StringComparison.Ordinal))
        {
            return Page("Unknown app", "<p>The app_key does not belong to an app.</p>", StatusCodes.Status400BadRequest);
        }

        if (string.IsNullOrEmpty(state))
        {
            return Page("Missing state", "<p>Creator authorization needs a state parameter.</p>", StatusCodes.Status400BadRequest);
        }

        var fields = new StringBuilder().Append(Hidden("app_key", world.Options.AppKey)).Append(Hidden("state", state))
            .Append("<p><label>Creator <select name=\"creator_open_id\">");
        lock (world.Sync)
        {
            foreach (var creator in world.Creators)
            {
                fields.Append($"<option value=\"{Encode(creator.OpenId)}\">{Encode($"@{creator.Username} ({creator.Market}, {creator.Followers} followers)")}</option>");
            }
        }

        fields.Append("</select></label></p>");
        return Page("Authorize app", $"<p>The app asks a creator for access.</p><form method=\"post\" action=\"/alliance/creator/auth\">{fields}{Buttons()}</form>");
    }

    private static IResult CreatorDecision(HttpContext http, IFormCollection form)
    {
        var world = World(http);
        if (!string.Equals(form["app_key"], world.Options.AppKey, StringComparison.Ordinal))
        {
            return Page("Unknown app", "<p>The app_key does not belong to an app.</p>", StatusCodes.Status400BadRequest);
        }

        var state = form["state"].ToString();
        if (form["decision"] != "authorize")
        {
            return Denied(world, state);
        }

        string code;
        lock (world.Sync)
        {
            if (!world.CreatorsByOpenId.TryGetValue(form["creator_open_id"].ToString(), out var creator))
            {
                return Page("Unknown creator", "<p>Choose one of the listed creators.</p>", StatusCodes.Status400BadRequest);
            }

            code = AuthService.IssueCode(world, AuthService.CreatorSubject(creator));
        }

        return Granted(world, code, state);
    }

    private static IResult Granted(SandboxWorld world, string code, string state) =>
        world.Options.RedirectUrl is { } redirect
            ? Results.Redirect(WithQuery(redirect, $"code={Uri.EscapeDataString(code)}&state={Uri.EscapeDataString(state)}"))
            : Page("Authorized", $"<p>No redirect URL is configured. Authorization code: <code id=\"code\">{Encode(code)}</code></p>");

    private static IResult Denied(SandboxWorld world, string state) =>
        world.Options.RedirectUrl is { } redirect
            ? Results.Redirect(WithQuery(redirect, $"code=null&error=auth_denied&state={Uri.EscapeDataString(state)}"))
            : Page("Denied", "<p>Authorization denied.</p>");

    private static string WithQuery(string url, string query) => url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query;

    private static string Buttons() =>
        "<p><button type=\"submit\" name=\"decision\" value=\"authorize\">Authorize</button> "
        + "<button type=\"submit\" name=\"decision\" value=\"deny\">Deny</button></p>";

    private static string Hidden(string name, string value) => $"<input type=\"hidden\" name=\"{name}\" value=\"{Encode(value)}\">";

    private static string Encode(string value) => HtmlEncoder.Default.Encode(value);

    private static IResult Page(string title, string body, int status = StatusCodes.Status200OK) =>
        Results.Content(
            $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{Encode(title)} · TikTok Shop sandbox</title></head>"
            + $"<body><h1>{Encode(title)}</h1>{body}</body></html>",
            "text/html; charset=utf-8",
            Encoding.UTF8,
            status);

    private static SandboxWorld World(HttpContext http) => http.RequestServices.GetRequiredService<SandboxWorld>();
}
