using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Tapbridge.Platform.Api;

/// <summary>
/// Programs calling the API get a problem detail for every error status, never the human 404 page and never an empty
/// body (an unknown route, a malformed id in the path, a missing or refused credential).
/// </summary>
internal static class ApiStatusProblems
{
    public static async Task WriteAsync(HttpContext context, RequestDelegate next)
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }

        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }

        await next(context);
        var response = context.Response;
        if (response.StatusCode < 400 || response.HasStarted || response.ContentLength is not null || response.ContentType is not null)
        {
            return;
        }

        var problem = new ProblemDetails { Status = response.StatusCode, Detail = Explain(context) };
        await context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .TryWriteAsync(new() { HttpContext = context, ProblemDetails = problem });
    }

    private static string? Explain(HttpContext context) => context.Response.StatusCode switch
    {
        StatusCodes.Status401Unauthorized => "Sign in, or send a valid API token as 'Authorization: Bearer tbk_…'.",
        StatusCodes.Status403Forbidden => "Your role does not allow this.",
        StatusCodes.Status404NotFound when context.GetEndpoint() is null => "No such resource: check the path and the id in it.",
        _ => null,
    };
}
