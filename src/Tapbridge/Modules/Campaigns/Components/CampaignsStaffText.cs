namespace Tapbridge.Modules.Campaigns.Components;

/// <summary>
/// The words of the campaign components only agency staff see (CampaignsStaffText.resx and its Vietnamese translation;
/// other languages read English).
/// </summary>
internal sealed class CampaignsStaffText
{
    private CampaignsStaffText()
    {
    }
}
