using Microsoft.Extensions.Diagnostics.HealthChecks;
using Tapbridge.Platform.Demo;

namespace Tapbridge.Platform.Health;

/// <summary>Not ready while the demo world is being prepared, so scripts and load balancers wait for a whole world.</summary>
internal sealed class DemoHealthCheck(DemoReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness switch
        {
            { IsPreparing: true } => HealthCheckResult.Unhealthy($"The demo world is being prepared ({readiness.Done} of {readiness.Total} parts)."),
            { Failure: { } failure } => HealthCheckResult.Unhealthy(failure),
            _ => HealthCheckResult.Healthy(),
        });
}
