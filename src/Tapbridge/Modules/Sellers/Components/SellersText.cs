namespace Tapbridge.Modules.Sellers.Components;

/// <summary>The seller components' words (SellersText.resx and its translations).</summary>
internal sealed class SellersText
{
    private SellersText()
    {
    }
}
