using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Orders.Ingestion;
using Tapbridge.Modules.Orders.Polling;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Markets;
using Tapbridge.TikTokShop.Webhooks;

namespace Tapbridge.Modules.Orders.Webhooks;

/// <summary>
/// Works through stored webhooks in the order they arrived. An order status change, a completed return or refund, or
/// a completed cancellation makes Tapbridge read the order again from TikTok (webhooks carry no amounts); an opened
/// return, refund or cancellation holds the order's earnings until it ends. Orders Tapbridge has not read yet are left
/// to the poll, which reads them with their latest state.
/// </summary>
internal sealed class WebhookProcessor(
    IDbContextFactory<TapbridgeDbContext> contexts, OrderLineIngestor ingestor, AffiliateOrderPoll poll, TimeProvider clock, ILogger<WebhookProcessor> logger)
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
                notification.Failed(e.GetBaseException().Message, clock.GetUtcNow());
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return due.Count;
    }

    private async Task<string> HandleAsync(WebhookNotification notification, CancellationToken cancellationToken)
    {
        if (notification.OrderId is not { Length: > 0 } orderId)
        {
            return $"Nothing to do for webhook type {notification.Type}";
        }

        var data = WebhookEvent.Parse(System.Text.Encoding.UTF8.GetBytes(notification.Body));
        var (request, reread) = notification.Type switch
        {
            WebhookTypes.OrderStatusChange => ((string?)null, true),
            WebhookTypes.CancellationStatusChange => Cancellation(data.As<CancellationStatusChange>()),
            WebhookTypes.ReturnStatusChange => Return(data.As<ReturnStatusChange>()),
            _ => (null, false),
        };
        if (notification.Type is not (WebhookTypes.OrderStatusChange or WebhookTypes.CancellationStatusChange or WebhookTypes.ReturnStatusChange))
        {
            return $"Nothing to do for webhook type {notification.Type}";
        }

        if (await MarketOfAsync(orderId, cancellationToken) is not { } market)
        {
            return $"Order {orderId} is not one Tapbridge has read (not a TAP order through the agency, or not polled yet: the next poll reads it)";
        }

        // A finished return or cancellation is read from TikTok first: its hold ends only once the refund is known.
        var outcome = request ?? "Request ended";
        if (reread)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var orderedAt = await db.Set<OrderLine>().Where(l => l.OrderId == orderId).Select(l => l.OrderedAt).FirstAsync(cancellationToken);
            var report = await poll.RefreshOrderAsync(Market.Get(market), orderId, orderedAt, cancellationToken);
            outcome = $"Read again from TikTok: {report.Changed} line(s) changed, {report.Unchanged} unchanged";
        }

        if (notification.Type != WebhookTypes.OrderStatusChange)
        {
            await ingestor.RequestAsync(orderId, request, By, cancellationToken);
        }

        return outcome;
    }

    private async Task<string?> MarketOfAsync(string orderId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<OrderLine>().Where(l => l.OrderId == orderId).Select(l => l.MarketCode).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>A pending cancellation holds the earnings; a finished one ends the hold and is read again.</summary>
    private static (string? Request, bool Reread) Cancellation(CancellationStatusChange change) => change.CancelStatus switch
    {
        "CANCELLATION_REQUEST_PENDING" => ($"Cancellation requested by the {Role(change.CancellationsRole)}", false),
        "CANCELLATION_REQUEST_SUCCESS" or "CANCELLATION_REQUEST_COMPLETE" => (null, true),
        _ => (null, false),
    };

    private static (string? Request, bool Reread) Return(ReturnStatusChange change) => change.ReturnStatus switch
    {
        "RETURN_OR_REFUND_REQUEST_COMPLETE" or "RETURN_OR_REFUND_REQUEST_SUCCESS" or "REPLACEMENT_REQUEST_REFUND_SUCCESS" => (null, true),
        "REFUND_OR_RETURN_REQUEST_REJECT" or "RETURN_OR_REFUND_REQUEST_CANCEL" or "REPLACEMENT_REQUEST_REJECT" or "REPLACEMENT_REQUEST_CANCEL" or "REPLACEMENT_REQUEST_COMPLETE" => (null, false),
        _ => ($"{(change.ReturnType == "REFUND" ? "Refund" : change.ReturnType == "REPLACEMENT" ? "Replacement" : "Return")} requested by the {Role(change.ReturnRole)}", false),
    };

    private static string Role(string? role) => role?.ToLowerInvariant() switch
    {
        "seller" => "seller",
        "system" => "platform",
        _ => "buyer",
    };
}
