using Tapbridge.Modules.Agency.Demo;
using Tapbridge.Platform.Demo;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Startup;

namespace Tapbridge.Modules.Agency;

/// <summary>The agency itself: its name and markets. Its staff are the agency's team (Accounts.Team).</summary>
public static class AgencyModule
{
    public static WebApplicationBuilder AddAgency(this WebApplicationBuilder builder)
    {
        builder.Services.AddSettings<AgencySettings>("Agency");
        builder.Services.AddScoped<AgencyDirectory>();
        builder.Services.AddScoped<IStartupTask, AgencyBootstrap>();
        builder.Services.AddScoped<IDemoSeeder, AgencyDemo>();
        return builder;
    }

    public static WebApplication MapAgency(this WebApplication app)
    {
        var agency = app.MapGroup("/api/v1/agency").WithTags("Agency");
        agency.MapGet("/", async (AgencyDirectory directory, CancellationToken ct) =>
        {
            var info = await directory.GetAsync(ct);
            return TypedResults.Ok(new AgencyResponse(info.Id, info.Name, info.Markets.Select(m => new MarketResponse(m.Code, m.Name, m.Currency, m.MinorUnits, m.TimeZoneId)).ToList()));
        }).RequireAuthorization(Policies.SignedIn).WithName("GetAgency");
        return app;
    }
}

internal sealed record AgencyResponse(Guid Id, string Name, IReadOnlyList<MarketResponse> Markets);

internal sealed record MarketResponse(string Code, string Name, string Currency, int MinorUnits, string TimeZone);
