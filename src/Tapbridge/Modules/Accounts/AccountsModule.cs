using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Components.Authorization;
using Tapbridge.Modules.Accounts.ApiTokens;
using Tapbridge.Modules.Accounts.Invitations;
using Tapbridge.Modules.Accounts.SignIn;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Startup;
using Tapbridge.Platform.Web;

namespace Tapbridge.Modules.Accounts;

/// <summary>Sign-in (cookie for people, bearer API tokens for programs), sign-up plumbing, passwords and tokens.</summary>
public static class AccountsModule
{
    private const string SelectingScheme = "Tapbridge";

    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = 210_000);
        services.AddIdentityCore<TapbridgeUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.SignIn.RequireConfirmedEmail = false;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<TapbridgeDbContext>()
            .AddUserManager<AlertingUserManager>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<TapbridgeClaimsFactory>()
            .AddPasswordValidator<MaxLengthPasswordValidator>();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SelectingScheme;
                o.DefaultChallengeScheme = SelectingScheme;
                o.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(SelectingScheme, "Cookie or API token", o => o.ForwardDefaultSelector = context =>
                ApiTokenAuthenticationHandler.CarriesToken(context.Request) ? ApiTokenAuthenticationHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "tapbridge";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = new PublicUrl(builder.Configuration.Read<AppSettings>("App")).IsHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/account/signin";
            o.LogoutPath = "/account/signout";
            o.AccessDeniedPath = "/account/access-denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = context => ApiStatusOrRedirect(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => ApiStatusOrRedirect(context, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorization(Policies.Add);
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingAuthenticationStateProvider>();

        services.AddSettings<RateLimitSettings>("RateLimits");
        services.AddRateLimiter(_ => { });
        services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>()
            .Configure<IOptions<RateLimitSettings>>((o, limits) => SignInRateLimit.Add(o, limits.Value.SignInPerMinute));

        services.AddScoped<AccountMail>();
        services.AddScoped<AccountRegistration>();
        services.AddScoped<ApiTokenService>();
        services.AddScoped<DemoAccounts>();
        services.AddScoped<AccountProfiles>();
        services.AddScoped<Team>();
        services.AddScoped<InvitationAcceptance>();
        services.AddScoped<IStartupTask, RoleSetup>();
        return builder;
    }

    public static WebApplication MapAccounts(this WebApplication app)
    {
        app.MapPost("/account/signout", SignOutEndpoint.Handle)
            .RequireAuthorization(Policies.SignedIn)
            .WithMetadata(new RequireAntiforgeryTokenAttribute())
            .ExcludeFromDescription();
        Languages.LanguageEndpoints.Map(app);
        var api = app.MapGroup("/api/v1/account").WithTags("Account").RequireAuthorization(Policies.SignedIn);
        api.MapGet("/me", MeEndpoint.Handle).WithName("GetMe");
        api.MapGet("/antiforgery", AntiforgeryEndpoint.Handle).WithName("GetAntiforgeryToken");
        ApiTokenEndpoints.Map(api.MapGroup("/tokens"));
        TeamEndpoints.Map(app.MapGroup("/api/v1/team").WithTags("Team"));
        return app;
    }

    private static Task ApiStatusOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
