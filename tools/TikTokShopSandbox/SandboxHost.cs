using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using TikTokShopSandbox.Admin;
using TikTokShopSandbox.World;

namespace TikTokShopSandbox;

/// <summary>The sandbox running in-process on 127.0.0.1, for Tapbridge's demo and tests.</summary>
public sealed class SandboxHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private SandboxHost(WebApplication app, Uri baseUrl, SandboxOptions options)
    {
        this.app = app;
        BaseUrl = baseUrl;
        Options = options;
    }

    /// <summary>The origin serving the Open API, the auth host paths, the consent pages and <c>/sandbox/…</c>, ending in "/".</summary>
    public Uri BaseUrl { get; }

    /// <summary>The options the sandbox started with.</summary>
    public SandboxOptions Options { get; }

    /// <summary>The sandbox clock.</summary>
    public DateTimeOffset Now
    {
        get
        {
            var world = app.Services.GetRequiredService<SandboxWorld>();
            lock (world.Sync)
            {
                return DateTimeOffset.FromUnixTimeSeconds(world.Now);
            }
        }
    }

    /// <summary>Starts Kestrel on 127.0.0.1 with <see cref="SandboxOptions.Port"/> (0 = any free port).</summary>
    public static async Task<SandboxHost> StartAsync(SandboxOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);

        // An empty builder: the host process's own appsettings, environment and Kestrel settings must not leak in.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SandboxHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
        builder.Services.AddRoutingCore();
        builder.Services.AddLogging(logging => logging.AddConsole().SetMinimumLevel(LogLevel.Warning));
        SandboxApp.ConfigureServices(builder.Services, options);
        var app = builder.Build();
        SandboxApp.MapEndpoints(app);
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SandboxHost(app, new Uri(address.TrimEnd('/') + "/"), options);
    }

    /// <summary>Same as <c>POST /sandbox/clock/advance</c>: simulates up to the new instant and makes due webhook deliveries.</summary>
    public async Task<DateTimeOffset> AdvanceAsync(TimeSpan by, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        var now = await app.Services.GetRequiredService<ClockService>().AdvanceAsync((long)by.TotalSeconds, ct);
        return DateTimeOffset.FromUnixTimeSeconds(now);
    }

    /// <summary>Stops Kestrel and releases the sandbox.</summary>
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
