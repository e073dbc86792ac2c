using TikTokShopSandbox.Common;
using TikTokShopSandbox.Orders;
using TikTokShopSandbox.World;

namespace TikTokShopSandbox.Simulation;

/// <summary>
/// An order's future, drawn when it is placed: shipped, collected, delivered in 2–5 days and completed 7–15 days
/// later; or cancelled by the buyer before shipping; sometimes partly returned or refunded after delivery; a few
/// frozen for a week at completion. Each step changes the seller and TAP views and fires webhooks 1, 11, 12.
/// </summary>
internal static class OrderLifecycle
{
    private const long Hour = 3_600;
    private const long Day = 86_400;

    public static void Plan(SandboxWorld world, Order order, Random random)
    {
        var s = world.Scheduler;
        var created = order.CreateTime;
        if (random.Chance(0.06))
        {
            var request = created + random.NextInt64(Hour, 20 * Hour);
            s.At(request, () => RequestCancel(world, order));
            s.At(request + Hour, () => Cancel(world, order));
            return;
        }

        var shipped = created + random.NextInt64(6 * Hour, 30 * Hour);
        var collected = shipped + random.NextInt64(2 * Hour, 12 * Hour);
        var delivered = Math.Max(created + random.NextInt64(2 * Day, 5 * Day), collected + Hour);
        var completed = delivered + random.NextInt64(7 * Day, 15 * Day);
        var frozen = random.Chance(0.03);
        s.At(shipped, () => Move(world, order, SellerStatus.AwaitingCollection, o => o.RtsTime = world.Now));
        s.At(collected, () => Move(world, order, SellerStatus.InTransit, o => o.CollectionTime = world.Now));
        s.At(delivered, () => Move(world, order, SellerStatus.Delivered, o => o.DeliveryTime = world.Now));
        if (random.Chance(0.08))
        {
            var line = random.Pick(order.Lines);
            var quantity = random.Next(1, line.Quantity + 1);
            var type = random.Chance(0.4) ? "REFUND" : "RETURN_AND_REFUND";
            s.At(delivered + random.NextInt64(6 * Hour, 72 * Hour), () => RequestReturn(world, order, line, quantity, type));
        }

        s.At(completed, () => Complete(world, order, frozen));
    }

    public static void StatusWebhook(SandboxWorld world, Order order, string status) =>
        world.ShopWebhook(order.Shop, 1, new { OrderId = order.Id, OrderStatus = status, IsOnHoldOrder = false, UpdateTime = world.Now });

    private static void Move(SandboxWorld world, Order order, SellerStatus status, Action<Order> stamp)
    {
        order.SellerStatus = status;
        order.UpdateTime = world.Now;
        stamp(order);
        StatusWebhook(world, order, Order.SellerStatusName(status));
    }

    private static void Complete(SandboxWorld world, Order order, bool frozen)
    {
        Move(world, order, SellerStatus.Completed, o => o.CompleteTime = world.Now);
        if (!frozen)
        {
            order.AffiliateStatus = AffiliateStatus.Completed;
            return;
        }

        order.AffiliateStatus = AffiliateStatus.Frozen;
        world.Scheduler.At(world.Now + 7 * Day, () => order.AffiliateStatus = AffiliateStatus.Completed);
    }

    private static void RequestCancel(SandboxWorld world, Order order)
    {
        var cancellation = new CancellationRecord
        {
            Id = world.Ids.Next(IdKind.Cancellation),
            LineItemIds = [.. order.Lines.SelectMany(l => l.LineItemIds).Select(_ => world.Ids.Next(IdKind.CancellationLineItem))],
            Order = order,
            CreateTime = world.Now,
            Status = "CANCELLATION_REQUEST_PENDING",
            UpdateTime = world.Now,
        };
        world.Cancellations.Add(cancellation);
        order.CancelRequested = true;
        order.UpdateTime = world.Now;
        CancellationWebhook(world, cancellation);
    }

    private static void Cancel(SandboxWorld world, Order order)
    {
        var cancellation = world.Cancellations.Last(c => c.Order == order);
        cancellation.Status = "CANCELLATION_REQUEST_COMPLETE";
        cancellation.UpdateTime = world.Now;
        order.CancelRequested = false;
        order.CancelTime = world.Now;
        order.AffiliateStatus = AffiliateStatus.Cancelled;
        CancellationWebhook(world, cancellation);
        order.SellerStatus = SellerStatus.Cancelled;
        order.UpdateTime = world.Now;
        StatusWebhook(world, order, "CANCEL");
    }

    private static void CancellationWebhook(SandboxWorld world, CancellationRecord c) =>
        world.ShopWebhook(c.Order.Shop, 11, new
        {
            OrderId = c.Order.Id,
            CancellationsRole = "BUYER",
            CancelStatus = c.Status,
            CancelId = c.Id,
            c.CreateTime,
        });

    private static void RequestReturn(SandboxWorld world, Order order, OrderLine line, int quantity, string type)
    {
        var record = new ReturnRecord
        {
            Id = world.Ids.Next(IdKind.Return),
            Order = order,
            Line = line,
            ReturnType = type,
            Quantity = quantity,
            CreateTime = world.Now,
            LineItemId = world.Ids.Next(IdKind.ReturnLineItem),
            Status = "RETURN_OR_REFUND_REQUEST_PENDING",
            UpdateTime = world.Now,
        };
        world.Returns.Add(record);
        ReturnWebhook(world, record);
        var s = world.Scheduler;
        if (type == "REFUND")
        {
            s.At(world.Now + Day, () => FinishReturn(world, record));
            return;
        }

        s.At(world.Now + 12 * Hour, () => MoveReturn(world, record, "AWAITING_BUYER_SHIP"));
        s.At(world.Now + Day, () => MoveReturn(world, record, "BUYER_SHIPPED_ITEM"));
        s.At(world.Now + 3 * Day, () => FinishReturn(world, record));
    }

    private static void FinishReturn(SandboxWorld world, ReturnRecord record)
    {
        if (record.ReturnType == "REFUND")
        {
            record.Line.RefundedQuantity += record.Quantity;
        }
        else
        {
            record.Line.ReturnedQuantity += record.Quantity;
        }

        record.Order.UpdateTime = world.Now;
        MoveReturn(world, record, "RETURN_OR_REFUND_REQUEST_COMPLETE");
    }

    private static void MoveReturn(SandboxWorld world, ReturnRecord record, string status)
    {
        record.Status = status;
        record.UpdateTime = world.Now;
        ReturnWebhook(world, record);
    }

    private static void ReturnWebhook(SandboxWorld world, ReturnRecord r) =>
        world.ShopWebhook(r.Order.Shop, 12, new
        {
            OrderId = r.Order.Id,
            ReturnRole = "BUYER",
            r.ReturnType,
            ReturnStatus = r.Status,
            ReturnId = r.Id,
            r.CreateTime,
            r.UpdateTime,
        });
}
