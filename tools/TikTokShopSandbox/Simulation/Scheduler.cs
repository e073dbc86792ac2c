namespace TikTokShopSandbox.Simulation;

/// <summary>Future world changes in sandbox time; same-instant changes run in the order they were scheduled.</summary>
internal sealed class Scheduler
{
    private readonly PriorityQueue<Action, (long Time, long Seq)> queue = new();
    private long seq;

    public void At(long time, Action action) => queue.Enqueue(action, (time, seq++));

    public long? NextTime => queue.TryPeek(out _, out var priority) ? priority.Time : null;

    public Action Dequeue() => queue.Dequeue();

    /// <summary>Hands every change still queued to <paramref name="other"/>, keeping their order.</summary>
    public void MoveTo(Scheduler other)
    {
        while (queue.TryDequeue(out var action, out var priority))
        {
            other.At(priority.Time, action);
        }
    }
}
