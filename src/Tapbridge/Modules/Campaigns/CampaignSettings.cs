using System.ComponentModel.DataAnnotations;

namespace Tapbridge.Modules.Campaigns;

/// <summary>The <c>Campaigns</c> section.</summary>
internal sealed class CampaignSettings
{
    /// <summary>How often registrations are synchronised with TikTok.</summary>
    [Range(1, 1440, ErrorMessage = "Campaigns:SyncMinutes must be 1 to 1,440 minutes.")]
    public double SyncMinutes { get; set; } = 10;
}
