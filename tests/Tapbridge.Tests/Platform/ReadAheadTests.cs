using Tapbridge.Platform;

namespace Tapbridge.Tests.Platform;

public sealed class ReadAheadTests
{
    [Fact]
    public async Task Items_arrive_in_order_with_the_producer_at_most_one_item_ahead()
    {
        var produced = 0;
        IEnumerable<int> Source()
        {
            for (var i = 0; i < 50; i++)
            {
                Interlocked.Increment(ref produced);
                yield return i;
            }
        }

        var seen = new List<int>();
        await foreach (var item in Source().ReadingAhead(CancellationToken.None))
        {
            await Task.Delay(2);
            // The item being consumed, one waiting in the channel, and the one the producer holds while it waits.
            Volatile.Read(ref produced).ShouldBeLessThanOrEqualTo(item + 3);
            seen.Add(item);
        }

        seen.ShouldBe(Enumerable.Range(0, 50));
    }

    [Fact]
    public async Task The_producers_failure_reaches_the_consumer_after_the_items_before_it()
    {
        IEnumerable<int> Source()
        {
            yield return 1;
            throw new InvalidDataException("row 2 is not UTF-8");
        }

        var seen = new List<int>();
        var failure = await Should.ThrowAsync<InvalidDataException>(async () =>
        {
            await foreach (var item in Source().ReadingAhead(CancellationToken.None))
            {
                seen.Add(item);
            }
        });

        failure.Message.ShouldBe("row 2 is not UTF-8");
        seen.ShouldBe([1]);
    }

    [Fact]
    public async Task A_consumer_that_stops_early_stops_the_producer()
    {
        var produced = 0;
        var finished = false;
        IEnumerable<int> Source()
        {
            try
            {
                for (var i = 0; ; i++)
                {
                    Interlocked.Increment(ref produced);
                    yield return i;
                }
            }
            finally
            {
                finished = true;
            }
        }

        await foreach (var item in Source().ReadingAhead(CancellationToken.None))
        {
            if (item == 3)
            {
                break;
            }
        }

        finished.ShouldBeTrue("the producer's enumerator is disposed when the consumer stops");
        Volatile.Read(ref produced).ShouldBeLessThanOrEqualTo(6);
    }
}
