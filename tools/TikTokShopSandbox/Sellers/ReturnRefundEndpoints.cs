using TikTokShopSandbox.Auth;
using TikTokShopSandbox.Common;
using TikTokShopSandbox.Orders;
using TikTokShopSandbox.Signing;

namespace TikTokShopSandbox.Sellers;

/// <summary>The seller's returns and cancellations, filtered as TikTok documents.</summary>
internal static class ReturnRefundEndpoints
{
    private static readonly EndpointSpec Read = new(Family.Seller, CipherRule.Required, Scopes.SellerReturnRefundRead);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.OpenPost("/return_refund/202309/returns/search", Read, Returns);
        app.OpenPost("/return_refund/202309/cancellations/search", Read, Cancellations);
    }

    private static object Returns(ApiCall call)
    {
        // TikTok documents 10–50 for this page size, unlike the other lists.
        var size = call.Query.PageSize(10, 50, 10);
        var filter = Filter.Read(call, "return_ids", "return_types", "return_status");
        var matches = Sort(call, call.World.Returns.Where(r => r.Order.Shop == call.Shop)
            .Where(r => filter.Matches(r.Id, r.Order.Id, r.Order.BuyerUserId, r.ReturnType, r.Status, r.CreateTime, r.UpdateTime)), r => r.CreateTime, r => r.UpdateTime);
        var page = Paging.Slice(matches, size, call.Query["page_token"], "returns|" + call.Shop!.Cipher + filter.Fingerprint + Fingerprint(call));
        return new
        {
            ReturnOrders = page.Items.Select(ReturnJson).ToList(),
            page.TotalCount,
            page.NextPageToken,
        };
    }

    private static object Cancellations(ApiCall call)
    {
        var size = call.Query.PageSize(1, 50, 10);
        var filter = Filter.Read(call, "cancel_ids", "cancel_types", "cancel_status");
        var matches = Sort(call, call.World.Cancellations.Where(c => c.Order.Shop == call.Shop)
            .Where(c => filter.Matches(c.Id, c.Order.Id, c.Order.BuyerUserId, "BUYER_CANCEL", SearchStatus(c.Status), c.CreateTime, c.UpdateTime)), c => c.CreateTime, c => c.UpdateTime);
        var page = Paging.Slice(matches, size, call.Query["page_token"], "cancellations|" + call.Shop!.Cipher + filter.Fingerprint + Fingerprint(call));
        return new
        {
            Cancellations = page.Items.Select(CancellationJson).ToList(),
            page.TotalCount,
            page.NextPageToken,
        };
    }

    private static List<T> Sort<T>(ApiCall call, IEnumerable<T> items, Func<T, long> created, Func<T, long> updated)
    {
        var key = call.Query.Enum("sort_field", "create_time", "update_time") == "update_time" ? updated : created;
        return call.Query.Enum("sort_order", "ASC", "DESC") == "DESC" ? [.. items.OrderByDescending(key)] : [.. items.OrderBy(key)];
    }

    private static string Fingerprint(ApiCall call) => $"|{call.Query["sort_field"]}|{call.Query["sort_order"]}";

    /// <summary>The search filter names CANCELLATION_REQUEST_CANCEL what the record and webhook call …_CANCELLED.</summary>
    private static string SearchStatus(string status) => status == "CANCELLATION_REQUEST_CANCELLED" ? "CANCELLATION_REQUEST_CANCEL" : status;

    private static object ReturnJson(ReturnRecord r)
    {
        var currency = r.Order.Currency;
        var refund = new
        {
            Currency = currency,
            RefundTotal = Money.Format(r.Line.Price * r.Quantity, currency),
            RefundSubtotal = Money.Format(r.Line.Price * r.Quantity, currency),
            RefundShippingFee = Money.Format(0, currency),
            RefundTax = Money.Format(0, currency),
        };
        return new
        {
            OrderId = r.Order.Id,
            ReturnId = r.Id,
            r.ReturnType,
            ReturnStatus = r.Status,
            Role = "BUYER",
            ReturnReason = "ecom_order_delivered_refund_and_return_reason_not_as_described",
            ReturnReasonText = "Not as described",
            ReturnMethod = r.ReturnType == "REFUND" ? null : "PLATFORM_SHIPPED",
            CanBuyerKeepItem = r.ReturnType == "REFUND",
            r.CreateTime,
            r.UpdateTime,
            ReturnLineItems = new[]
            {
                new
                {
                    ReturnLineItemId = r.LineItemId,
                    OrderLineItemId = r.Line.LineItemIds[0],
                    SkuId = r.Line.Sku.Id,
                    SkuName = r.Line.Sku.Name,
                    ProductName = r.Order.CampaignProduct.Product.Name,
                    SellerSku = r.Line.Sku.SellerSku,
                    RefundAmount = refund,
                },
            },
            RefundAmount = refund,
        };
    }

    private static object CancellationJson(CancellationRecord c)
    {
        var currency = c.Order.Currency;
        var refund = new
        {
            Currency = currency,
            RefundTotal = Money.Format(c.Order.SubTotal, currency),
            RefundSubtotal = Money.Format(c.Order.SubTotal, currency),
            RefundShippingFee = Money.Format(0, currency),
            RefundTax = Money.Format(0, currency),
        };
        return new
        {
            OrderId = c.Order.Id,
            CancelId = c.Id,
            CancelType = "BUYER_CANCEL",
            CancelStatus = c.Status,
            Role = "BUYER",
            CancelReason = "ecom_order_to_ship_canceled_reason_no_longer_needed",
            CancelReasonText = "No longer needed",
            c.CreateTime,
            c.UpdateTime,
            RefundAmount = refund,
            CancelLineItems = c.Order.Lines.SelectMany(line => line.LineItemIds.Select(id => (line, id))).Select((x, i) => new
            {
                CancelLineItemId = c.LineItemIds[i],
                OrderLineItemId = x.id,
                SkuId = x.line.Sku.Id,
                SkuName = x.line.Sku.Name,
                ProductName = c.Order.CampaignProduct.Product.Name,
                SellerSku = x.line.Sku.SellerSku,
            }).ToList(),
        };
    }

    /// <summary>The id, order, buyer, type, status and time filters that both searches share.</summary>
    private sealed record Filter(
        IReadOnlyList<string>? Ids,
        IReadOnlyList<string>? OrderIds,
        IReadOnlyList<string>? BuyerIds,
        IReadOnlyList<string>? Types,
        IReadOnlyList<string>? Statuses,
        long CreatedFrom,
        long CreatedUntil,
        long UpdatedFrom,
        long UpdatedUntil)
    {
        public string Fingerprint => string.Join("|", Join(Ids), Join(OrderIds), Join(BuyerIds), Join(Types), Join(Statuses), CreatedFrom, CreatedUntil, UpdatedFrom, UpdatedUntil);

        public static Filter Read(ApiCall call, string ids, string types, string statuses)
        {
            var body = call.Body;
            return new Filter(
                body.StringList(ids),
                body.StringList("order_ids"),
                body.StringList("buyer_user_ids"),
                body.StringList(types),
                body.StringList(statuses),
                body.Long("create_time_ge") ?? long.MinValue,
                body.Long("create_time_lt") ?? long.MaxValue,
                body.Long("update_time_ge") ?? long.MinValue,
                body.Long("update_time_lt") ?? long.MaxValue);
        }

        public bool Matches(string id, string orderId, string buyerId, string type, string status, long created, long updated) =>
            In(Ids, id) && In(OrderIds, orderId) && In(BuyerIds, buyerId) && In(Types, type) && In(Statuses, status)
            && created >= CreatedFrom && created < CreatedUntil && updated >= UpdatedFrom && updated < UpdatedUntil;

        private static bool In(IReadOnlyList<string>? allowed, string value) =>
            allowed is null || allowed.Count == 0 || allowed.Contains(value, StringComparer.Ordinal);

        private static string Join(IReadOnlyList<string>? values) => values is null ? "" : string.Join(",", values);
    }
}
