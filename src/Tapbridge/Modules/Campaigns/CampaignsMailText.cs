namespace Tapbridge.Modules.Campaigns;

/// <summary>The campaigns module's mails to sellers (CampaignsMailText.resx and its translations).</summary>
internal sealed class CampaignsMailText
{
    private CampaignsMailText()
    {
    }
}
