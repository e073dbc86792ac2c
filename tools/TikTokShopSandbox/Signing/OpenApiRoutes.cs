namespace TikTokShopSandbox.Signing;

/// <summary>Maps an Open API endpoint behind <see cref="OpenApiGate"/>.</summary>
internal static class OpenApiRoutes
{
    public static void OpenGet(this IEndpointRouteBuilder app, string pattern, EndpointSpec spec, Func<ApiCall, object?> endpoint) =>
        app.MapMethods(pattern, [HttpMethods.Get], Delegate(pattern, spec, endpoint));

    public static void OpenPost(this IEndpointRouteBuilder app, string pattern, EndpointSpec spec, Func<ApiCall, object?> endpoint) =>
        app.MapMethods(pattern, [HttpMethods.Post], Delegate(pattern, spec, endpoint));

    private static RequestDelegate Delegate(string pattern, EndpointSpec spec, Func<ApiCall, object?> endpoint) =>
        http => http.RequestServices.GetRequiredService<OpenApiGate>().HandleAsync(http, pattern, spec, endpoint);
}
