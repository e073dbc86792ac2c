using System.Runtime.CompilerServices;

namespace Tapbridge.TikTokShop.Transport;

/// <summary>One page of a cursor-paged list. Keep <see cref="NextPageToken"/> to resume; empty means the last page.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextPageToken, int? TotalCount)
{
    public bool IsLast => string.IsNullOrEmpty(NextPageToken);
}

internal static class Paging
{
    public static async IAsyncEnumerable<T> AllAsync<T>(
        Func<string?, CancellationToken, Task<Page<T>>> fetch, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? token = null;
        do
        {
            var page = await fetch(token, cancellationToken);
            foreach (var item in page.Items)
            {
                yield return item;
            }

            token = page.NextPageToken;
        }
        while (!string.IsNullOrEmpty(token));
    }
}
