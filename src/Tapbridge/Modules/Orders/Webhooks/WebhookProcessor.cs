using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Connections;
using Tapbridge.Modules.Orders.Ingestion;
using Tapbridge.Modules.Orders.Polling;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Markets;
using Tapbridge.TikTokShop.Webhooks;

namespace Tapbridge.Modules.Orders.Webhooks;

/// <summary>
/// Works through stored webhooks in the order they arrived. An order status change, a completed return or refund, or
/// a completed cancellation makes Tapbridge read the order again from TikTok (webhooks carry no amounts). Every return,
/// refund and cancellation request is recorded per order (<see cref="OrderRequests"/>), by TikTok's event time, so late
/// and reordered webhooks are harmless; the order's earnings are held while any request is open, even for an order
/// the poll has not read yet (its lines take the hold when they arrive).
/// </summary>
internal sealed class WebhookProcessor(
    IDbContextFactory<TapbridgeDbContext> contexts, OrderLineIngestor ingestor, AffiliateOrderPoll poll, SellerTikTok sellers, TimeProvider clock, ILogger<WebhookProcessor> logger)
{
    private const string By = "TikTok webhook";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var due = await db.Set<WebhookNotification>().Where(n => n.ProcessedAt == null && n.NextAttemptAt <= now).OrderBy(n => n.ReceivedAt).Take(100).ToListAsync(cancellationToken);
        foreach (var notification in due)
        {
            try
            {
                notification.Processed(await HandleAsync(notification, cancellationToken), clock.GetUtcNow());
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Webhook {Id} could not be processed", notification.Id);
                notification.Failed((e.GetBaseException() as Platform.RuleViolationException)?.English ?? e.GetBaseException().Message, clock.GetUtcNow());
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        await ReconcileHoldsAsync(cancellationToken);
        return due.Count;
    }

    private async Task<string> HandleAsync(WebhookNotification notification, CancellationToken cancellationToken)
    {
        if (notification.Type == WebhookTypes.SellerDeauthorization && notification.ShopId is { Length: > 0 } shopId)
        {
            return await sellers.RevokedAsync(shopId, cancellationToken)
                ? $"The seller of shop {shopId} withdrew the app's authorization; its webhooks stop until the seller authorizes again"
                : $"No authorization of shop {shopId} was on record";
        }

        if (notification.OrderId is not { Length: > 0 } orderId
            || notification.Type is not (WebhookTypes.OrderStatusChange or WebhookTypes.CancellationStatusChange or WebhookTypes.ReturnStatusChange))
        {
            return $"Nothing to do for webhook type {notification.Type}";
        }

        var data = WebhookEvent.Parse(System.Text.Encoding.UTF8.GetBytes(notification.Body));
        var at = data.Timestamp ?? notification.ReceivedAt;
        var (request, reread) = notification.Type switch
        {
            WebhookTypes.CancellationStatusChange => Cancellation(data.As<CancellationStatusChange>(), at),
            WebhookTypes.ReturnStatusChange => Return(data.As<ReturnStatusChange>(), at),
            _ => (null, true),
        };

        // A finished return or cancellation is read from TikTok first: its hold ends only once the refund is known.
        var outcome = "";
        if (reread && await MarketOfAsync(orderId, cancellationToken) is { } market)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var orderedAt = await db.Set<OrderLine>().OfOrder(orderId).Select(l => l.OrderedAt).FirstAsync(cancellationToken);
            var report = await poll.RefreshOrderAsync(Market.Get(market), orderId, orderedAt, cancellationToken);
            outcome = $"Read again from TikTok: {report.Changed} line(s) changed, {report.Unchanged} unchanged. ";
        }

        if (request is null)
        {
            return outcome.Length > 0 ? outcome.TrimEnd()
                : $"Order {orderId} is not one Tapbridge has read (not a TAP order through the agency, or not polled yet: the next poll reads it)";
        }

        var result = await ingestor.RequestAsync(orderId, request, By, cancellationToken);
        outcome += !result.Recorded ? $"{request.Summary}: an event as new or newer is already known, nothing changed"
            : $"{request.Summary} ({(request.Open ? "open" : "ended")}). {(result.Hold is null ? "Nothing holds the order" : $"Held: {result.Hold}")}";
        return result.Market is null ? $"{outcome}; the order is not read yet, its lines take this when they arrive" : outcome;
    }

    /// <summary>
    /// Lines stored at the moment a request was recorded for their order may have missed it (the two were written
    /// at once, neither seeing the other); this brings such orders' lines in line with their requests. Such a race
    /// resolves when both commit, so the requests of the last hour are enough.
    /// </summary>
    private async Task ReconcileHoldsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var since = clock.GetUtcNow().AddHours(-1);
        var holds = await db.Set<OrderRequests>().AsNoTracking().Where(r => r.UpdatedAt >= since).ToDictionaryAsync(r => r.OrderId, r => r.Hold, cancellationToken);
        if (holds.Count == 0)
        {
            return;
        }

        var lines = await db.Set<OrderLine>().AsNoTracking().OfOrders(holds.Keys).Select(l => new { l.OrderId, l.OpenRequest }).ToListAsync(cancellationToken);
        var orders = lines.Where(l => l.OpenRequest != holds[l.OrderId]).Select(l => l.OrderId).Distinct().ToList();
        foreach (var orderId in orders)
        {
            await ingestor.RequestAsync(orderId, null, By, cancellationToken);
        }
    }

    private async Task<string?> MarketOfAsync(string orderId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<OrderLine>().OfOrder(orderId).Select(l => l.MarketCode).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>A pending cancellation holds the earnings; a finished one ends the hold and is read again; a withdrawn one ends it.</summary>
    private static (OrderRequest Request, bool Reread) Cancellation(CancellationStatusChange change, DateTimeOffset at)
    {
        var summary = $"Cancellation requested by the {Role(change.CancellationsRole)}";
        var id = $"cancel:{change.CancelId}";
        at = Later(at, change.CreateTime);
        return change.CancelStatus switch
        {
            "CANCELLATION_REQUEST_PENDING" => (new OrderRequest(id, summary, true, at), false),
            "CANCELLATION_REQUEST_SUCCESS" or "CANCELLATION_REQUEST_COMPLETE" => (new OrderRequest(id, summary, false, at), true),
            _ => (new OrderRequest(id, summary, false, at), false),
        };
    }

    private static (OrderRequest Request, bool Reread) Return(ReturnStatusChange change, DateTimeOffset at)
    {
        var kind = change.ReturnType switch { "REFUND" => "Refund", "REPLACEMENT" => "Replacement", _ => "Return" };
        var summary = $"{kind} requested by the {Role(change.ReturnRole)}";
        var id = $"return:{change.ReturnId}";
        at = Later(at, change.UpdateTime);
        return change.ReturnStatus switch
        {
            "RETURN_OR_REFUND_REQUEST_COMPLETE" or "RETURN_OR_REFUND_REQUEST_SUCCESS" or "REPLACEMENT_REQUEST_REFUND_SUCCESS" => (new OrderRequest(id, summary, false, at), true),
            "REFUND_OR_RETURN_REQUEST_REJECT" or "RETURN_OR_REFUND_REQUEST_CANCEL" or "REPLACEMENT_REQUEST_REJECT" or "REPLACEMENT_REQUEST_CANCEL" or "REPLACEMENT_REQUEST_COMPLETE" =>
                (new OrderRequest(id, summary, false, at), false),
            _ => (new OrderRequest(id, summary, true, at), false),
        };
    }

    /// <summary>The event's time: the notification's, or the request's own when TikTok gives a later one.</summary>
    private static DateTimeOffset Later(DateTimeOffset at, DateTimeOffset? requestTime) => requestTime is { } t && t > at ? t : at;

    private static string Role(string? role) => role?.ToLowerInvariant() switch
    {
        "seller" => "seller",
        "system" => "platform",
        _ => "buyer",
    };
}
