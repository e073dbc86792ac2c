namespace Tapbridge.Modules.Payouts.Components;

/// <summary>The payouts components' words (PayoutsText.resx and its translations).</summary>
internal sealed class PayoutsText
{
    private PayoutsText()
    {
    }
}
