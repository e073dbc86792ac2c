using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Tapbridge.Platform.Telemetry;

/// <summary>
/// Metrics and traces with OpenTelemetry: requests (ASP.NET Core), outgoing calls to TikTok (HttpClient), PostgreSQL
/// commands (Npgsql), the runtime, and the product's own instruments. They are exported over OTLP to a standard
/// collector when OTEL_EXPORTER_OTLP_ENDPOINT is set (the SDK's own settings: protocol, headers, service name);
/// without it the SDK is not started at all, so requests pay nothing for it.
/// </summary>
internal static class TelemetryRegistration
{
    public static IServiceCollection AddTapbridgeTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] is not { Length: > 0 })
        {
            // Nothing listens: the product's instruments stay dormant until a collector (or a MeterListener) subscribes.
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(configuration["OTEL_SERVICE_NAME"] ?? "tapbridge"))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(TapbridgeTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation()
                    .AddOtlpExporter();
            })
            .WithTracing(tracing =>
            {
                tracing.AddSource(TapbridgeTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddNpgsql()
                    .AddOtlpExporter();
            });
        return services;
    }
}
