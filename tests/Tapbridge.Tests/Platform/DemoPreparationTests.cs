using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Demo;
using Tapbridge.Platform.Jobs;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Platform;

/// <summary>A demo world whose first part never finishes: the app must serve while it is prepared.</summary>
public sealed class UnfinishedDemoApp : TapbridgeApp
{
    public UnfinishedDemoApp()
        : base(DatabaseProvider.Sqlite)
    {
        Set("Demo:Enabled", "true");
        Set("Demo:SandboxPort", "0");
        Set("Orders:PollMinutes", "0.1");
    }

    protected override bool WaitsForDemoWorld => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<IDemoSeeder, NeverFinishingSeeder>());
    }

    private sealed class NeverFinishingSeeder : IDemoSeeder
    {
        public int Order => 0;

        public Task SeedAsync(CancellationToken cancellationToken) => Task.Delay(Timeout.Infinite, cancellationToken);
    }
}

public sealed class DemoPreparationTests(UnfinishedDemoApp app) : IClassFixture<UnfinishedDemoApp>
{
    [Fact]
    public async Task While_the_demo_world_is_prepared_the_sign_in_page_answers_and_says_so()
    {
        var page = await app.Browser().GetAsync("/account/signin");

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await page.TextAsync();
        text.ShouldContain("Preparing the demo world");
        text.ShouldNotContain("Sign in as", customMessage: "no demo account is offered before its world is ready");
    }

    [Fact]
    public async Task While_the_demo_world_is_prepared_the_app_is_not_ready_and_says_why()
    {
        var ready = await app.CreateClient().GetAsync("/health/ready", TestContext.Current.CancellationToken);

        ready.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("demo world is being prepared");
    }

    [Fact]
    public async Task No_recurring_job_runs_on_a_half_prepared_demo_world()
    {
        var demo = app.Services.GetRequiredService<DemoReadiness>();
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);

        demo.IsPreparing.ShouldBeTrue();
        await using var scope = app.Scope();
        var leases = await scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>().Set<JobLease>()
            .Select(l => l.Name).ToListAsync(TestContext.Current.CancellationToken);
        leases.ShouldBe(["demo-world"]);
    }
}
