using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Tapbridge.Platform;

/// <summary>
/// Runs a producer (parsing a file, requesting pages) on its own task, one item ahead of its consumer, so producing the
/// next item overlaps the consumer's work on this one. At most one item waits: memory stays flat whatever the input.
/// The producer's exceptions reach the consumer; a consumer that stops early stops the producer.
/// </summary>
public static class ReadAhead
{
    public static IAsyncEnumerable<T> ReadingAhead<T>(this IEnumerable<T> source, CancellationToken cancellationToken) =>
        ReadingAhead(source.ToAsyncEnumerable(), cancellationToken);

    public static async IAsyncEnumerable<T> ReadingAhead<T>(this IAsyncEnumerable<T> source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(async () =>
        {
            try
            {
                await foreach (var item in source.WithCancellation(stop.Token))
                {
                    await channel.Writer.WriteAsync(item, stop.Token);
                }

                channel.Writer.Complete();
            }
            catch (Exception e)
            {
                channel.Writer.Complete(e);
            }
        }, CancellationToken.None);

        try
        {
            await foreach (var item in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return item;
            }
        }
        finally
        {
            await stop.CancelAsync();
            await producer;
        }
    }
}
