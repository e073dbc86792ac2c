namespace Tapbridge.Modules.Orders;

/// <summary>The orders module's rule messages (OrdersRules.resx and its translations), raised as <see cref="Platform.RuleViolationException"/>.</summary>
internal sealed class OrdersRules
{
    private OrdersRules()
    {
    }
}
