namespace Tapbridge.Modules.Campaigns.Components;

/// <summary>The campaign and registration components' words (CampaignsText.resx and its translations).</summary>
internal sealed class CampaignsText
{
    private CampaignsText()
    {
    }
}
