using Tapbridge.TikTokShop.Auth;
using Tapbridge.TikTokShop.Transport;

namespace Tapbridge.TikTokShop.Seller;

/// <summary>Seller APIs for one authorized shop (seller token + `shop_cipher`): orders, returns, cancellations.</summary>
public sealed class SellerClient(TikTokShopTransport transport, IAccessTokenSource token, string shopCipher)
{
    public async Task<Page<Order>> SearchOrdersPageAsync(OrderQuery query, int pageSize, string? pageToken, CancellationToken cancellationToken)
    {
        const string Path = "/order/202309/orders/search";
        var list = await SendAsync<OrderList>(Search(Path, query).With("page_size", pageSize).With("page_token", pageToken), cancellationToken);
        return new(list.Orders ?? [], list.NextPageToken, list.TotalCount);
    }

    public IAsyncEnumerable<Order> SearchOrdersAsync(OrderQuery query, CancellationToken cancellationToken, int pageSize = 50) =>
        Paging.AllAsync((next, ct) => SearchOrdersPageAsync(query, pageSize, next, ct), cancellationToken);

    /// <summary>Up to 50 orders by id.</summary>
    public async Task<IReadOnlyList<Order>> GetOrdersAsync(IReadOnlyList<string> orderIds, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(orderIds.Count, 50, nameof(orderIds));
        const string Path = "/order/202507/orders";
        var call = new ApiCall(HttpMethod.Get, Path, Path, Retryable: true).With("ids", string.Join(',', orderIds));
        return (await SendAsync<OrderList>(call, cancellationToken)).Orders ?? [];
    }

    public async Task<Page<ReturnOrder>> SearchReturnsPageAsync(ReturnQuery query, int pageSize, string? pageToken, CancellationToken cancellationToken)
    {
        const string Path = "/return_refund/202309/returns/search";
        var list = await SendAsync<ReturnList>(Search(Path, query).With("page_size", pageSize).With("page_token", pageToken), cancellationToken);
        return new(list.ReturnOrders ?? [], list.NextPageToken, list.TotalCount);
    }

    public IAsyncEnumerable<ReturnOrder> SearchReturnsAsync(ReturnQuery query, CancellationToken cancellationToken, int pageSize = 50) =>
        Paging.AllAsync((next, ct) => SearchReturnsPageAsync(query, pageSize, next, ct), cancellationToken);

    public async Task<Page<Cancellation>> SearchCancellationsPageAsync(CancellationQuery query, int pageSize, string? pageToken, CancellationToken cancellationToken)
    {
        const string Path = "/return_refund/202309/cancellations/search";
        var list = await SendAsync<CancellationList>(Search(Path, query).With("page_size", pageSize).With("page_token", pageToken), cancellationToken);
        return new(list.Cancellations ?? [], list.NextPageToken, list.TotalCount);
    }

    public IAsyncEnumerable<Cancellation> SearchCancellationsAsync(CancellationQuery query, CancellationToken cancellationToken, int pageSize = 50) =>
        Paging.AllAsync((next, ct) => SearchCancellationsPageAsync(query, pageSize, next, ct), cancellationToken);

    private static ApiCall Search(string path, object body) => new(HttpMethod.Post, path, path, Retryable: true) { Body = body };

    private Task<T> SendAsync<T>(ApiCall call, CancellationToken cancellationToken) =>
        transport.SendAsync<T>(call.With("shop_cipher", shopCipher), token, cancellationToken);
}
