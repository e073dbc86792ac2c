namespace Tapbridge.Platform.Demo;

/// <summary>
/// Where the demo world's preparation stands on this instance. Requests are served while it is prepared, so the
/// sign-in page and /health/ready can say so; recurring jobs wait for it, so they never act on a half-seeded world.
/// Without the demo it is settled from the start.
/// </summary>
public sealed class DemoReadiness
{
    private readonly TaskCompletionSource settled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public DemoReadiness(Microsoft.Extensions.Options.IOptions<DemoSettings> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!settings.Value.Enabled)
        {
            settled.SetResult();
        }
    }

    public bool IsPreparing => !settled.Task.IsCompleted;

    /// <summary>Parts of the world seeded so far, of <see cref="Total"/>.</summary>
    public int Done { get; private set; }

    public int Total { get; private set; }

    /// <summary>Why the preparation failed, in plain words, or null.</summary>
    public string? Failure { get; private set; }

    /// <summary>Completes once the world is ready or its preparation failed.</summary>
    public Task WhenSettledAsync(CancellationToken cancellationToken) => settled.Task.WaitAsync(cancellationToken);

    internal void Progress(int done, int total) => (Done, Total) = (done, total);

    internal void Ready() => settled.TrySetResult();

    internal void Failed(string reason)
    {
        Failure = reason;
        settled.TrySetResult();
    }
}
