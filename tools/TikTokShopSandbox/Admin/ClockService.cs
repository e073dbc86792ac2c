using TikTokShopSandbox.Simulation;
using TikTokShopSandbox.Webhooks;
using TikTokShopSandbox.World;

namespace TikTokShopSandbox.Admin;

/// <summary>
/// Moves the sandbox clock. The simulator stops at each instant a webhook falls due; the webhook is POSTed (outside
/// the world lock, so the receiver may call back) and awaited before time moves on, so an advance returns only after
/// every delivery and retry it covers has been made.
/// </summary>
internal sealed class ClockService(SandboxWorld world, WebhookDispatcher dispatcher) : IDisposable
{
    private readonly SemaphoreSlim advancing = new(1, 1);

    public async Task<long> AdvanceAsync(long seconds, CancellationToken ct)
    {
        await advancing.WaitAsync(ct);
        try
        {
            long target;
            lock (world.Sync)
            {
                target = world.Now + seconds;
            }

            while (true)
            {
                List<WebhookDelivery> due;
                lock (world.Sync)
                {
                    due = world.Webhooks.DueAt(world.Now);
                    if (due.Count == 0)
                    {
                        if (world.Now >= target)
                        {
                            return world.Now;
                        }

                        var limit = world.Webhooks.NextDue is { } next ? Math.Min(target, next) : target;
                        MarketSimulator.RunUntil(world, limit, world.Webhooks.Enabled);
                        continue;
                    }
                }

                foreach (var delivery in due)
                {
                    var status = await dispatcher.SendAsync(delivery, ct);
                    lock (world.Sync)
                    {
                        WebhookOutbox.Record(delivery, status, world.Now);
                    }
                }
            }
        }
        finally
        {
            advancing.Release();
        }
    }

    public void Dispose() => advancing.Dispose();
}
