using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Tapbridge.Modules.Accounts;

/// <summary>The token a script signed in with the session cookie sends with each change it makes through the API.</summary>
internal static class AntiforgeryEndpoint
{
    public static Ok<AntiforgeryTokenView> Handle(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return TypedResults.Ok(new AntiforgeryTokenView(tokens.HeaderName!, tokens.RequestToken!));
    }
}

internal sealed record AntiforgeryTokenView(string HeaderName, string Token);
