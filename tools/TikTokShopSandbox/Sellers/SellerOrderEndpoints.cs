using TikTokShopSandbox.Auth;
using TikTokShopSandbox.Common;
using TikTokShopSandbox.Orders;
using TikTokShopSandbox.Signing;

namespace TikTokShopSandbox.Sellers;

/// <summary>The seller's order list and order detail for one authorized shop.</summary>
internal static class SellerOrderEndpoints
{
    private static readonly EndpointSpec Read = new(Family.Seller, CipherRule.Required, Scopes.SellerOrderRead);

    private static readonly string[] Statuses =
        ["UNPAID", "ON_HOLD", "AWAITING_SHIPMENT", "PARTIALLY_SHIPPING", "AWAITING_COLLECTION", "IN_TRANSIT", "DELIVERED", "COMPLETED", "CANCELLED"];

    public static void Map(IEndpointRouteBuilder app)
    {
        app.OpenPost("/order/202309/orders/search", Read, Search);
        app.OpenGet("/order/202507/orders", Read, Detail);
    }

    private static object Search(ApiCall call)
    {
        var size = call.Query.PageSize(1, 100, null);
        var sortField = call.Query.Enum("sort_field", "create_time", "update_time") ?? "create_time";
        var ascending = call.Query.Enum("sort_order", "ASC", "DESC") == "ASC";
        var body = call.Body;
        var status = body.String("order_status");
        if (status is not null && !Statuses.Contains(status, StringComparer.Ordinal))
        {
            throw ApiException.Invalid($"order_status must be one of {string.Join(", ", Statuses)}");
        }

        var createdFrom = body.Long("create_time_ge") ?? long.MinValue;
        var createdUntil = body.Long("create_time_lt") ?? long.MaxValue;
        var updatedFrom = body.Long("update_time_ge") ?? long.MinValue;
        var updatedUntil = body.Long("update_time_lt") ?? long.MaxValue;
        Func<Order, long> key = sortField == "update_time" ? o => o.UpdateTime : o => o.CreateTime;
        var filtered = call.World.Orders
            .Where(o => o.Shop == call.Shop)
            .Where(o => status is null || Order.SellerStatusName(o.SellerStatus) == status)
            .Where(o => o.CreateTime >= createdFrom && o.CreateTime < createdUntil)
            .Where(o => o.UpdateTime >= updatedFrom && o.UpdateTime < updatedUntil);
        var matches = (ascending ? filtered.OrderBy(key).ThenBy(o => o.Seq) : filtered.OrderByDescending(key).ThenByDescending(o => o.Seq)).ToList();
        var page = Paging.Slice(matches, size, call.Query["page_token"], $"seller-orders|{call.Shop!.Cipher}|{sortField}|{ascending}|{status}|{createdFrom}|{createdUntil}|{updatedFrom}|{updatedUntil}");
        return new
        {
            page.NextPageToken,
            page.TotalCount,
            Orders = page.Items.Select(SellerOrderJson.Of).ToList(),
        };
    }

    private static object Detail(ApiCall call)
    {
        var ids = (call.Query["ids"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (ids.Length == 0)
        {
            throw ApiException.Invalid("ids is required");
        }

        if (ids.Length > 50)
        {
            throw ApiException.Invalid("ids can hold at most 50 order ids");
        }

        var orders = ids
            .Select(id => call.World.OrdersById.GetValueOrDefault(id))
            .Where(o => o is not null && o.Shop == call.Shop)
            .Select(o => SellerOrderJson.Of(o!))
            .ToList();
        return new { Orders = orders };
    }
}
