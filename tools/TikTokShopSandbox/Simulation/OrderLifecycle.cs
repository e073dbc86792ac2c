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
    private const long Hour = LifecycleTimes.Hour;
    private const long Day = LifecycleTimes.Day;

    /// <summary>Draws the order's future from its own stream; the draws are the same whether it is scheduled or settled.</summary>
    public static LifecyclePlan Draw(Order order, Random random)
    {
        var created = order.CreateTime;
        if (random.Chance(0.06))
        {
            return new LifecyclePlan(created + random.NextInt64(Hour, 20 * Hour), 0, 0, 0, 0, false, null);
        }

        var shipped = created + random.NextInt64(6 * Hour, 30 * Hour);
        var collected = shipped + random.NextInt64(2 * Hour, 12 * Hour);
        var delivered = Math.Max(created + random.NextInt64(2 * Day, 5 * Day), collected + Hour);
        var completed = delivered + random.NextInt64(7 * Day, 15 * Day);
        var frozen = random.Chance(0.03);
        ReturnPlan? returned = null;
        if (random.Chance(0.08))
        {
            var line = random.Pick(order.Lines);
            var quantity = random.Next(1, line.Quantity + 1);
            var type = random.Chance(0.4) ? ReturnPlan.Refund : "RETURN_AND_REFUND";
            returned = new ReturnPlan(line, quantity, type, delivered + random.NextInt64(6 * Hour, 72 * Hour));
        }

        return new LifecyclePlan(null, shipped, collected, delivered, completed, frozen, returned);
    }

    public static void Plan(SandboxWorld world, Order order, Random random)
    {
        var s = world.Scheduler;
        var plan = Draw(order, random);
        if (plan.CancelRequestAt is { } request)
        {
            s.At(request, () => RequestCancel(world, order));
            s.At(plan.CancelledAt!.Value, () => Cancel(world, order));
            return;
        }

        s.At(plan.ShippedAt, () => Move(world, order, SellerStatus.AwaitingCollection, o => o.RtsTime = world.Now));
        s.At(plan.CollectedAt, () => Move(world, order, SellerStatus.InTransit, o => o.CollectionTime = world.Now));
        s.At(plan.DeliveredAt, () => Move(world, order, SellerStatus.Delivered, o => o.DeliveryTime = world.Now));
        if (plan.Return is { } returned)
        {
            s.At(returned.RequestedAt, () => RequestReturn(world, order, returned.Line, returned.Quantity, returned.Type));
        }

        s.At(plan.CompletedAt, () => Complete(world, order, plan.Frozen));
    }

    /// <summary>
    /// Applies at once every step of <paramref name="plan"/> up to <paramref name="now"/>, for orders that keep no
    /// return or cancellation records and fire no webhooks (synthetic benchmark orders).
    /// </summary>
    public static void Settle(Order order, LifecyclePlan plan, long now)
    {
        if (plan.CancelRequestAt is { } request)
        {
            if (request <= now)
            {
                order.CancelRequested = true;
                order.UpdateTime = request;
            }

            if (plan.CancelledAt is { } cancelled && cancelled <= now)
            {
                order.CancelRequested = false;
                order.CancelTime = cancelled;
                order.SellerStatus = SellerStatus.Cancelled;
                order.AffiliateStatus = AffiliateStatus.Cancelled;
                order.UpdateTime = cancelled;
            }

            return;
        }

        Step(order, SellerStatus.AwaitingCollection, plan.ShippedAt, now, o => o.RtsTime = plan.ShippedAt);
        Step(order, SellerStatus.InTransit, plan.CollectedAt, now, o => o.CollectionTime = plan.CollectedAt);
        Step(order, SellerStatus.Delivered, plan.DeliveredAt, now, o => o.DeliveryTime = plan.DeliveredAt);
        if (plan.Return is { } returned && returned.CompletedAt <= now)
        {
            if (returned.Type == ReturnPlan.Refund)
            {
                returned.Line.RefundedQuantity += returned.Quantity;
            }
            else
            {
                returned.Line.ReturnedQuantity += returned.Quantity;
            }

            order.UpdateTime = Math.Max(order.UpdateTime, returned.CompletedAt);
        }

        Step(order, SellerStatus.Completed, plan.CompletedAt, now, o => o.CompleteTime = plan.CompletedAt);
        if (plan.CompletedAt <= now)
        {
            order.AffiliateStatus = plan.Frozen && now < plan.UnfrozenAt ? AffiliateStatus.Frozen : AffiliateStatus.Completed;
        }
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

    private static void Step(Order order, SellerStatus status, long at, long now, Action<Order> stamp)
    {
        if (at <= now)
        {
            order.SellerStatus = status;
            order.UpdateTime = Math.Max(order.UpdateTime, at);
            stamp(order);
        }
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
        world.Scheduler.At(world.Now + LifecycleTimes.FrozenFor, () => order.AffiliateStatus = AffiliateStatus.Completed);
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
        if (type == ReturnPlan.Refund)
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
        if (record.ReturnType == ReturnPlan.Refund)
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
