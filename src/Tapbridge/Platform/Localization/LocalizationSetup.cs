using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using Tapbridge.Platform.Auth;

namespace Tapbridge.Platform.Localization;

/// <summary>
/// The language of a request: the signed-in person's choice (a claim), else the choice made before signing in (a
/// cookie), else the browser's languages, else English. Numbers and dates follow the same language.
/// </summary>
public static class LocalizationSetup
{
    public static readonly string CookieName = CookieRequestCultureProvider.DefaultCookieName;

    public static IServiceCollection AddTapbridgeLocalization(this IServiceCollection services) => services
        .AddLocalization()
        .AddSingleton<ResourceManagerStringLocalizerFactory>()
        .AddSingleton<IStringLocalizerFactory, PseudoLocalizerFactory>()
        .AddTransient<MudBlazor.MudLocalizer, MudBlazorText>()
        .AddTransient<MudBlazor.ILocalizationInterceptor>(services => new MudBlazor.DefaultLocalizationInterceptor(
            services.GetRequiredService<ILoggerFactory>(), services.GetRequiredService<MudBlazor.MudLocalizer>())
        {
            // MudBlazor's texts come from MudBlazorText in English too, so the pseudo language reaches them.
            IgnoreDefaultEnglish = true,
        });

    public static IApplicationBuilder UseTapbridgeLocalization(this IApplicationBuilder app)
    {
        var cultures = Language.All.Select(l => l.Culture).ToList();
        var pseudo = app.ApplicationServices.GetRequiredService<IConfiguration>().GetValue<bool>(PseudoLocalization.SettingKey);
        if (pseudo)
        {
            cultures.Add(PseudoLocalization.Culture);
        }

        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Language.English.Culture),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
            RequestCultureProviders =
            [
                new CustomRequestCultureProvider(context => Task.FromResult(Chosen(context.User.FindFirst(TapbridgeClaims.Language)?.Value))),
                new CookieRequestCultureProvider { CookieName = CookieName },
                new AcceptLanguageHeaderRequestCultureProvider { MaximumAcceptLanguageHeaderValuesToTry = 5 },
            ],
        };
        if (pseudo)
        {
            options.RequestCultureProviders.Insert(0, PseudoLocalization.Provider());
        }

        return app.UseRequestLocalization(options);
    }

    /// <summary>Remembers a language in the browser, for pages before sign-in and for the next visit.</summary>
    public static void Remember(HttpResponse response, Language language, bool secure)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(language);
        var value = CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language.Culture));
        response.Cookies.Append(CookieName, value, new CookieOptions
        {
            MaxAge = TimeSpan.FromDays(365),
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = secure,
        });
    }

    private static ProviderCultureResult? Chosen(string? code) =>
        Language.Find(code) is { } language ? new ProviderCultureResult(language.Code) : null;

    /// <summary>Whether the request's language came from a choice or the browser rather than the default.</summary>
    public static bool WasAsked(HttpContext context) =>
        context?.Features.Get<IRequestCultureFeature>()?.Provider is not null;
}
