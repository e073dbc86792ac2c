namespace Tapbridge.Modules.Orders.Components;

/// <summary>The orders components' words (OrdersText.resx and its translations).</summary>
internal sealed class OrdersText
{
    private OrdersText()
    {
    }
}
