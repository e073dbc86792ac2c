namespace Tapbridge.Modules.Campaigns.Sync;

/// <summary>
/// Where the sync of one campaign's TikTok product list stands. TikTok's list has no "changed since" filter, so a pass
/// walks every page; the page token is saved after each page so a pass cut short resumes where it stopped.
/// </summary>
internal sealed class RegistrationSyncCursor
{
    private RegistrationSyncCursor()
    {
    }

    public Guid CampaignId { get; private set; }

    /// <summary>The TikTok campaign the token belongs to: a campaign sent to TikTok again starts a new pass.</summary>
    public string TikTokCampaignId { get; private set; } = "";
    public string? PageToken { get; private set; }
    public DateTimeOffset? LastPassCompletedAt { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset? LastErrorAt { get; private set; }

    public static RegistrationSyncCursor Start(Guid campaignId, string tikTokCampaignId) => new() { CampaignId = campaignId, TikTokCampaignId = tikTokCampaignId };

    /// <summary>The token to continue with, or null to start a pass from the first page.</summary>
    public string? ResumeToken(string tikTokCampaignId) => tikTokCampaignId == TikTokCampaignId ? PageToken : null;

    public void PageDone(string tikTokCampaignId, string? nextToken, DateTimeOffset now)
    {
        (TikTokCampaignId, PageToken) = (tikTokCampaignId, nextToken);
        if (nextToken is null)
        {
            (LastPassCompletedAt, LastError, LastErrorAt) = (now, null, null);
        }
    }

    /// <summary>The next run starts the pass again: a page token TikTok refused may have expired.</summary>
    public void Failed(string error, DateTimeOffset now) => (LastError, LastErrorAt, PageToken) = (error.Length > 500 ? error[..500] : error, now, null);
}
