using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Orders;

internal static class OrderLineQueries
{
    private static readonly string[] MarketCodes = [.. Market.All.Select(m => m.Code)];

    /// <summary>
    /// The lines of an order known only by its id (as webhooks name it). Every market is named so that the lookup
    /// seeks the (market, order, SKU) index: given the order id alone, SQLite's planner prefers a market-led index and
    /// reads every line of the market.
    /// </summary>
    public static IQueryable<OrderLine> OfOrder(this IQueryable<OrderLine> lines, string orderId) =>
        lines.Where(l => MarketCodes.Contains(l.MarketCode) && l.OrderId == orderId);

    /// <summary>The lines of an order, or of a creator's TikTok username: each side seeks its own index (see <see cref="OfOrder"/>).</summary>
    public static IQueryable<OrderLine> OrderOrUsername(this IQueryable<OrderLine> lines, string search) =>
        lines.Where(l => (MarketCodes.Contains(l.MarketCode) && l.OrderId == search) || l.CreatorUsername == search);

    /// <summary>The lines of these orders, in any market (see <see cref="OfOrder"/>).</summary>
    public static IQueryable<OrderLine> OfOrders(this IQueryable<OrderLine> lines, IReadOnlyCollection<string> orderIds) =>
        lines.Where(l => MarketCodes.Contains(l.MarketCode) && Microsoft.EntityFrameworkCore.EF.Parameter(orderIds).Contains(l.OrderId));
}
