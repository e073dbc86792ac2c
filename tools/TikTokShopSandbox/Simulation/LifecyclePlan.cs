using TikTokShopSandbox.Orders;

namespace TikTokShopSandbox.Simulation;

/// <summary>An order's future as drawn when it is placed: a buyer cancellation, or delivery and completion.</summary>
internal sealed record LifecyclePlan(long? CancelRequestAt, long ShippedAt, long CollectedAt, long DeliveredAt, long CompletedAt, bool Frozen, ReturnPlan? Return)
{
    public long? CancelledAt => CancelRequestAt + LifecycleTimes.Hour;

    public long UnfrozenAt => CompletedAt + LifecycleTimes.FrozenFor;
}

/// <summary>A return or refund of part of one line, requested after delivery.</summary>
internal sealed record ReturnPlan(OrderLine Line, int Quantity, string Type, long RequestedAt)
{
    public const string Refund = "REFUND";

    public long CompletedAt => RequestedAt + (Type == Refund ? LifecycleTimes.Day : 3 * LifecycleTimes.Day);
}

internal static class LifecycleTimes
{
    public const long Hour = 3_600;
    public const long Day = 86_400;
    public const long FrozenFor = 7 * Day;
}
