using Tapbridge.Modules.Samples.Deadlines;
using Tapbridge.Modules.Samples.Demo;
using Tapbridge.Modules.Samples.Requests;
using Tapbridge.Modules.Samples.Returns;
using Tapbridge.Modules.Samples.Review;
using Tapbridge.Modules.Samples.Sync;
using Tapbridge.Platform.Demo;
using Tapbridge.Platform.Jobs;

namespace Tapbridge.Modules.Samples;

/// <summary>
/// Free samples: creators ask for a campaign product's sample (within the market's rules and the seller's quota), the
/// agency decides against a deadline, the seller ships, the creator posts by the content deadline; and what each
/// delivered sample led to in sales.
/// </summary>
public static class SamplesModule
{
    public static WebApplicationBuilder AddSamples(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<SamplePolicies>();
        builder.Services.AddScoped<SampleNotifier>();
        builder.Services.AddScoped<CreatorSamples>();
        builder.Services.AddScoped<SampleDesk>();
        builder.Services.AddScoped<SampleDeadlines>();
        builder.Services.AddScoped<SampleSync>();
        builder.Services.AddScoped<SampleReturns>();
        builder.Services.AddScoped<SampleReturnPass>();
        builder.Services.AddRecurringJob<SampleSync>("sample-sync", _ => TimeSpan.FromMinutes(10), (sync, ct) => sync.SyncAllAsync(ct));
        builder.Services.AddRecurringJob<SampleDeadlines>("sample-deadlines", _ => TimeSpan.FromMinutes(15), (job, ct) => job.RunAsync(ct));
        builder.Services.AddRecurringJob<SampleReturnPass>("sample-returns", _ => TimeSpan.FromMinutes(30), (pass, ct) => pass.RunAsync(ct));
        builder.Services.AddScoped<IDemoSeeder, SamplesDemo>();
        return builder;
    }

    public static WebApplication MapSamples(this WebApplication app)
    {
        app.MapCreatorSamples();
        app.MapSampleDesk();
        app.MapSampleReturns();
        return app;
    }
}
