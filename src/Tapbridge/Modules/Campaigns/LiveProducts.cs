using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Campaigns;

/// <summary>
/// Registrations that may be forwarded now: stored as forwardable, in a campaign of the market that is ongoing, and
/// (for TikTok campaigns) seen in its current TikTok campaign. The live campaigns are few and read first, so the
/// registration query is a plain indexed filter with a short list of ids, not a join per row.
/// </summary>
internal static class LiveProducts
{
    public static async Task<IQueryable<Registration>> QueryAsync(TapbridgeDbContext db, string market, Guid? campaignId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var live = await db.Set<Campaign>().AsNoTracking()
            .Where(c => c.MarketCode == market && c.PublishedAt != null && c.ClosedAt == null && c.CampaignStart <= now && c.CampaignEnd > now)
            .Where(c => campaignId == null || c.Id == campaignId)
            .Select(c => new { c.Id, c.TikTokCampaignId }).ToListAsync(cancellationToken);
        var alone = live.Where(c => c.TikTokCampaignId == null).Select(c => c.Id).ToList();
        var onTikTok = live.Where(c => c.TikTokCampaignId != null).Select(c => c.Id).ToList();
        var tikTokIds = live.Select(c => c.TikTokCampaignId).OfType<string>().ToList();
        return db.Set<Registration>().AsNoTracking()
            .Where(r => r.MarketCode == market && r.Forwardable)
            .Where(r => alone.Contains(r.CampaignId) || (onTikTok.Contains(r.CampaignId) && tikTokIds.Contains(r.TikTokCampaignId!)));
    }

    /// <summary>
    /// Approved products of campaigns on TikTok that run now (or ended within a day: late figures still arrive), with
    /// their TikTok campaign id, in a fixed order: what the syncs that read TikTok per campaign product walk.
    /// </summary>
    public static async Task<List<(Registration Registration, string TikTokCampaignId)>> OnTikTokAsync(
        TapbridgeDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = now.AddDays(-1);
        var campaigns = await db.Set<Campaign>().AsNoTracking()
            .Where(c => c.TikTokCampaignId != null && c.PublishedAt != null && c.CampaignEnd > since)
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var ids = campaigns.Keys.ToList();
        var registrations = await db.Set<Registration>().AsNoTracking()
            .Where(r => ids.Contains(r.CampaignId) && r.TikTokCampaignId != null)
            .Where(r => r.Status == RegistrationStatus.Approved || r.Status == RegistrationStatus.PendingClosed)
            .ToListAsync(cancellationToken);
        return registrations.Where(r => r.IsOnTikTok(campaigns[r.CampaignId]))
            .Select(r => (r, campaigns[r.CampaignId].TikTokCampaignId!))
            .OrderBy(p => p.r.Id).ToList();
    }
}
