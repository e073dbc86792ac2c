using TikTokShopSandbox.Common;

namespace TikTokShopSandbox.Orders;

/// <summary>
/// The documented formulas: base = price × quantity; TAP commission = base × tap rate; creator commission =
/// TAP commission × creator rate. Actual amounts use the kept quantity and appear once the order is COMPLETED.
/// </summary>
internal sealed record LineAmounts(decimal Base, decimal Tap, decimal Creator)
{
    public decimal Partner => Tap - Creator;

    public static LineAmounts Estimated(Order order, OrderLine line) => Of(order, line, line.Quantity);

    public static LineAmounts Actual(Order order, OrderLine line) =>
        order.AffiliateStatus == AffiliateStatus.Completed ? Of(order, line, line.KeptQuantity) : new LineAmounts(0, 0, 0);

    private static LineAmounts Of(Order order, OrderLine line, int quantity)
    {
        var currency = order.Currency;
        var commissionBase = Money.Round(line.Price * quantity, currency);
        var tap = Money.ApplyRate(commissionBase, line.TapRate, currency);
        return new LineAmounts(commissionBase, tap, Money.ApplyRate(tap, line.CreatorShareRate, currency));
    }
}
