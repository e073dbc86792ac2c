using Tapbridge.Modules.Performance.Content;
using Tapbridge.Modules.Performance.Dashboard;
using Tapbridge.Platform.Jobs;

namespace Tapbridge.Modules.Performance;

/// <summary>
/// Content and performance: the registry of creators' videos and lives from TikTok with their counts over time, the
/// daily sums every dashboard reads, the creator's dashboard and her best time to post.
/// </summary>
public static class PerformanceModule
{
    public static WebApplicationBuilder AddPerformance(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ContentSync>();
        builder.Services.AddScoped<PostingAdvice>();
        builder.Services.AddScoped<CreatorDashboard>();
        builder.Services.AddScoped<CreatorPosts>();
        builder.Services.AddScoped<ContentPass>();
        builder.Services.AddScoped<Activity.ActivityCheck>();
        builder.Services.AddRecurringJob<ContentPass>("content-sync", _ => TimeSpan.FromMinutes(30), (pass, ct) => pass.RunAsync(ct));
        return builder;
    }

    public static WebApplication MapPerformance(this WebApplication app)
    {
        app.MapCreatorDashboard();
        return app;
    }
}

/// <summary>One run of the content job: the posts from TikTok, then each market's posting pattern from them.</summary>
internal sealed class ContentPass(ContentSync sync, PostingAdvice advice)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await sync.SyncAllAsync(cancellationToken);
        await advice.RefreshMarketsAsync(cancellationToken);
    }
}
