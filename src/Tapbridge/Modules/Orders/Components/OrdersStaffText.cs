namespace Tapbridge.Modules.Orders.Components;

/// <summary>
/// The words of the order components only agency staff see (OrdersStaffText.resx and its Vietnamese translation; other
/// languages read English).
/// </summary>
internal sealed class OrdersStaffText
{
    private OrdersStaffText()
    {
    }
}
