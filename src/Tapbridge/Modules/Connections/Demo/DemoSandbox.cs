using Tapbridge.Platform.Demo;
using Microsoft.Extensions.Options;
using TikTokShopSandbox;

namespace Tapbridge.Modules.Connections.Demo;

/// <summary>
/// The TikTok Shop sandbox, hosted in-process for the demo world on a fixed loopback port (Demo:SandboxPort, 5081)
/// so its consent page and admin endpoints have a stable address. Started on first use, stopped with the app. From
/// its start it keeps its clock in step with the app's, every few seconds, so the demo's own seeding (which calls
/// TikTok for a minute on a first start) is never refused for a timestamp ahead of TikTok's clock.
/// </summary>
internal sealed class DemoSandbox(IOptions<DemoSettings> demo, IOptions<SandboxSettings> sandbox, TimeProvider clock, ILogger<DemoSandbox> logger)
    : IAsyncDisposable
{
    public const string AppKey = "tapbridge-demo";
    public const string AppSecret = "tapbridge-demo-sandbox-secret";
    public const string ServiceId = "7000000000000000001";

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly CancellationTokenSource stopping = new();
    private SandboxHost? host;
    private Task? keepingInStep;

    /// <summary>Starts the sandbox once; it sends consents back to <paramref name="redirectUrl"/> and the webhooks of shops whose sellers authorized the app to <paramref name="webhookUrl"/>.</summary>
    public async Task<Uri> StartAsync(string redirectUrl, string webhookUrl, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (host is null)
            {
                host = await SandboxHost.StartAsync(new SandboxOptions
                {
                    AppKey = AppKey,
                    AppSecret = AppSecret,
                    ServiceId = ServiceId,
                    RedirectUrl = redirectUrl,
                    WebhookUrl = webhookUrl,
                    Start = clock.GetUtcNow(),
                    Port = demo.Value.SandboxPort,
                    RequestsPerSecond = sandbox.Value.RequestsPerSecond,
                }, cancellationToken);
                logger.LogInformation("TikTok Shop sandbox for the demo at {Url}", host.BaseUrl);
                keepingInStep = KeepInStepAsync(stopping.Token);
            }

            return host.BaseUrl;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Moves the sandbox's clock to the app's. TikTok refuses requests stamped more than 30 s ahead of its clock, and
    /// the sandbox's clock moves only when told, so the demo keeps it in step; the market simulator fills the time
    /// between with orders, content and sample shipments.
    /// </summary>
    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        if (host is { } running && clock.GetUtcNow() - running.Now is { TotalSeconds: >= 1 } behind)
        {
            await running.AdvanceAsync(TimeSpan.FromSeconds(Math.Floor(behind.TotalSeconds)), cancellationToken);
        }
    }

    private async Task KeepInStepAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(5), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                try
                {
                    await CatchUpAsync(cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "The demo's TikTok Shop sandbox clock could not be moved");
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The app is stopping.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        if (keepingInStep is not null)
        {
            await keepingInStep;
        }

        stopping.Dispose();
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        gate.Dispose();
    }
}
