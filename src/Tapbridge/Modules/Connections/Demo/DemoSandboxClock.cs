namespace Tapbridge.Modules.Connections.Demo;

/// <summary>Keeps the demo's sandbox clock in step with the app's, every few seconds, while the demo runs.</summary>
internal sealed class DemoSandboxClock(DemoSandbox sandbox, TimeProvider clock, ILogger<DemoSandboxClock> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(5), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await sandbox.CatchUpAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "The demo's TikTok Shop sandbox clock could not be moved");
            }
        }
    }
}
