namespace Tapbridge.Portals.Creator;

/// <summary>The creator's money pages' words: earnings, an order's explanation, payouts (CreatorMoneyText.resx and its translations).</summary>
internal sealed class CreatorMoneyText
{
    private CreatorMoneyText()
    {
    }
}
