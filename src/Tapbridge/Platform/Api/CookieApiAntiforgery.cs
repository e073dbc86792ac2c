using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace Tapbridge.Platform.Api;

/// <summary>
/// A browser sends the session cookie with any site's form post, so an API call that changes something and is
/// authenticated by that cookie must prove it comes from Tapbridge's own pages or scripts: it carries the antiforgery
/// token (from <c>GET /api/v1/account/antiforgery</c>) in the <c>RequestVerificationToken</c> header. Calls with an
/// API token are not affected: a browser never attaches those by itself.
/// </summary>
internal static class CookieApiAntiforgery
{
    public const string HeaderName = "RequestVerificationToken";

    public static async Task CheckAsync(HttpContext context, RequestDelegate next)
    {
        if (!context.Request.Path.StartsWithSegments("/api")
            || HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method)
            || context.User.Identity?.AuthenticationType != IdentityConstants.ApplicationScheme
            || await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        var message = $"A change made with the session cookie needs the antiforgery token in the {HeaderName} header "
            + "(GET /api/v1/account/antiforgery), or use an API token.";
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new()
        {
            HttpContext = context,
            ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [HeaderName] = [message] })
            {
                Status = StatusCodes.Status400BadRequest, Title = "Missing antiforgery proof", Detail = message,
            },
        });
    }
}
