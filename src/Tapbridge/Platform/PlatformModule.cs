using Tapbridge.Platform.Startup;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using MudBlazor.Services;
using Scalar.AspNetCore;
using Tapbridge.Platform.Api;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Demo;
using Tapbridge.Platform.Health;
using Tapbridge.Platform.Localization;
using Tapbridge.Platform.Mail;
using Tapbridge.Platform.Security;
using Tapbridge.Platform.Telemetry;
using Tapbridge.Platform.Web;

namespace Tapbridge.Platform;

/// <summary>Cross-cutting plumbing: data, mail, errors, API description, health, the Blazor host. No business rules.</summary>
public static class PlatformModule
{
    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var database = DatabaseSettings.Read(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddTapbridgeDatabase(database);
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton(TimeProvider.System);

        // Keys live in the database so every instance behind the load balancer reads the same cookies and tokens.
        var dataProtection = services.AddDataProtection().SetApplicationName("Tapbridge").PersistKeysToDbContext<TapbridgeDbContext>();
        if (builder.Configuration.Read<DataProtectionSettings>("DataProtection").Certificate() is { } certificate)
        {
            dataProtection.ProtectKeysWithCertificate(certificate);
        }

        services.AddSettings<MailSettings>("Mail");
        services.AddSettings<DemoSettings>("Demo");
        services.AddSettings<Pdf.PdfSettings>("Pdf");
        services.AddTapbridgeLocalization();
        services.AddSingleton<MailFolder>();
        services.AddSingleton<Mailer>();
        services.AddSingleton<OrganizationMail>();
        services.AddSettings<AppSettings>("App");
        var publicUrl = new PublicUrl(builder.Configuration.Read<AppSettings>("App"));
        services.AddSingleton(publicUrl);
        services.AddSecurityHeaders(publicUrl);
        services.AddAntiforgery(o =>
        {
            o.HeaderName = CookieApiAntiforgery.HeaderName;
            o.Cookie.SecurePolicy = publicUrl.IsHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        services.AddSingleton<Security.SecretProtector>();
        services.AddSingleton<Jobs.JobLeases>();
        services.AddScoped<Startup.IStartupTask, Csv.CsvUploadLeftovers>();
        services.AddSingleton<DemoReadiness>();
        services.AddScoped<DemoWorld>();
        services.AddHostedService<DemoWorldPreparation>();

        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(allowIntegerValues: false));
            // A request that leaves out a field is refused naming it, instead of binding a default that overwrites data.
            o.SerializerOptions.TypeInfoResolver = (o.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
                .WithAddedModifier(RequiredJsonFields.RequireNonNullableParameters);
            o.SerializerOptions.RespectNullableAnnotations = true;
            o.SerializerOptions.Converters.Add(new NulFreeStrings.Converter());
        });
        services.AddProblemDetails();
        // Unreadable bodies become exceptions, so the handler answers them with a problem naming the parameter.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddValidation();
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Tapbridge API";
            document.Servers = [new() { Url = publicUrl.Base.ToString().TrimEnd('/') }];
            document.Info.Description = "REST API of Tapbridge. Authenticate with a personal API token: `Authorization: Bearer tbk_…` (create one in your settings).";
            return Task.CompletedTask;
        }));
        services.AddTapbridgeTelemetry(builder.Configuration);
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [HealthEndpoints.ReadyTag])
            .AddCheck<DemoHealthCheck>("demo", tags: [HealthEndpoints.ReadyTag]);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(System.Threading.RateLimiting.MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddHttpContextAccessor();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            // Behind the load balancer the client's address arrives in X-Forwarded-For; only turn this on when the
            // app is reachable through the balancer alone, since any proxy is trusted.
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
        });
        return builder;
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<IOptions<AppSettings>>().Value.ForwardedHeaders)
        {
            app.UseForwardedHeaders();
        }

        // Routing first, as the host would place it, but after the forwarded headers: short-circuited endpoints (the
        // short link redirect) run inside routing and need the client's address.
        app.UseSecurityHeaders();
        app.UseRouting();
        app.UseExceptionHandler();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.Use(ApiStatusProblems.WriteAsync);
        app.Use(NulFreeStrings.RefuseInUrlAsync);
        app.UseAuthentication();
        app.UseTapbridgeLocalization();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.Use(CookieApiAntiforgery.CheckAsync);
        return app;
    }

    public static WebApplication MapPlatform(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapStaticAssets().AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/docs/api", o => o.WithTitle("Tapbridge API").WithOpenApiRoutePattern("/openapi/{documentName}.json")).AllowAnonymous();
        HealthEndpoints.Map(app);
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
