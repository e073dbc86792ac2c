namespace Tapbridge.Platform.Web;

/// <summary>
/// Security headers on every page and API answer. The content security policy allows only what Blazor and MudBlazor
/// need: scripts from this origin (no inline script), the circuit's WebSocket, inline styles (MudBlazor sets style
/// attributes), images and fonts from this origin or data: URLs. The API reference page at /docs/api runs Scalar's
/// inline start-up script, so it alone gets a policy that allows inline scripts.
/// </summary>
internal static class SecurityHeaders
{
    private const string ApiReference = "ApiReference";

    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services, PublicUrl publicUrl)
    {
        var https = publicUrl.Base.Scheme == Uri.UriSchemeHttps;
        services.AddSecurityHeaderPolicies()
            .SetDefaultPolicy(p => Common(p, https).AddContentSecurityPolicy(csp => Pages(csp)))
            .AddPolicy(ApiReference, p => Common(p, https).AddContentSecurityPolicy(csp => Pages(csp, inlineScripts: true)))
            .SetPolicySelector(context => context.HttpContext.Request.Path.StartsWithSegments("/docs/api")
                ? context.ConfiguredPolicies[ApiReference]
                : context.DefaultPolicy);
        return services;
    }

    private static HeaderPolicyCollection Common(HeaderPolicyCollection policy, bool https)
    {
        policy.AddFrameOptionsDeny()
            .AddContentTypeOptionsNoSniff()
            .AddReferrerPolicyStrictOriginWhenCrossOrigin()
            .AddCrossOriginOpenerPolicy(b => b.SameOrigin())
            .AddPermissionsPolicyWithDefaultSecureDirectives()
            .RemoveServerHeader();
        return https ? policy.AddStrictTransportSecurityMaxAgeIncludeSubDomains() : policy;
    }

    private static void Pages(Microsoft.AspNetCore.Builder.CspBuilder csp, bool inlineScripts = false)
    {
        csp.AddDefaultSrc().Self();
        var scripts = csp.AddScriptSrc().Self();
        if (inlineScripts)
        {
            scripts.UnsafeInline();
        }

        csp.AddStyleSrc().Self().UnsafeInline();
        csp.AddImgSrc().Self().Data();
        csp.AddFontSrc().Self().Data();
        csp.AddConnectSrc().Self();
        csp.AddObjectSrc().None();
        csp.AddBaseUri().Self();
        csp.AddFormAction().Self();
        csp.AddFrameAncestors().None();
    }
}
