using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Campaigns;
using Tapbridge.Modules.Creators;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Orders.Ingestion;

/// <summary>The creators, campaigns and campaign products one batch of lines can be attributed to, read once.</summary>
internal sealed class AttributionContext
{
    private readonly Dictionary<string, Guid> creators;
    private readonly Dictionary<string, Guid> campaigns;
    private readonly Dictionary<(Guid, string), Guid> registrations;

    private AttributionContext(Dictionary<string, Guid> creators, Dictionary<string, Guid> campaigns, Dictionary<(Guid, string), Guid> registrations) =>
        (this.creators, this.campaigns, this.registrations) = (creators, campaigns, registrations);

    public IEnumerable<Guid> CreatorIds => creators.Values;

    public static async Task<AttributionContext> LoadAsync(TapbridgeDbContext db, string market, IReadOnlyCollection<OrderLineSnapshot> batch, CancellationToken cancellationToken)
    {
        var handles = batch.Select(s => s.CreatorUsername.ToLowerInvariant()).Distinct().ToList();
        // Only approved creators (whose handle staff or TikTok proved): anyone can sign up claiming a handle.
        var creators = await db.Set<Creator>().AsNoTracking().Where(c => c.MarketCode == market && c.Status == CreatorStatus.Approved && EF.Parameter(handles).Contains(c.Handle))
            .ToDictionaryAsync(c => c.Handle, c => c.Id, StringComparer.Ordinal, cancellationToken);
        var tiktokIds = batch.Where(s => s.TikTokCampaignId != null).Select(s => s.TikTokCampaignId!).Distinct().ToList();
        var campaigns = (await db.Set<Campaign>().AsNoTracking().Where(c => c.MarketCode == market && tiktokIds.Contains(c.TikTokCampaignId!))
            .Select(c => new { c.Id, c.TikTokCampaignId, c.CreatedAt }).ToListAsync(cancellationToken))
            .GroupBy(c => c.TikTokCampaignId!).ToDictionary(g => g.Key, g => g.MaxBy(c => c.CreatedAt)!.Id, StringComparer.Ordinal);
        var campaignIds = campaigns.Values.ToList();
        var productIds = batch.Select(s => s.ProductId).Distinct().ToList();
        var registrations = (await db.Set<Registration>().AsNoTracking().Where(r => campaignIds.Contains(r.CampaignId) && productIds.Contains(r.ProductId))
            .Select(r => new { r.Id, r.CampaignId, r.ProductId }).ToListAsync(cancellationToken))
            .GroupBy(r => (r.CampaignId, r.ProductId)).ToDictionary(g => g.Key, g => g.First().Id);
        return new AttributionContext(creators, campaigns, registrations);
    }

    public Guid? CreatorFor(string username) => creators.TryGetValue(username.ToLowerInvariant(), out var id) ? id : null;

    public Guid? CampaignFor(string? tiktokCampaignId) => tiktokCampaignId is not null && campaigns.TryGetValue(tiktokCampaignId, out var id) ? id : null;

    public Guid? RegistrationFor(string? tiktokCampaignId, string productId) =>
        CampaignFor(tiktokCampaignId) is { } campaign && registrations.TryGetValue((campaign, productId), out var id) ? id : null;
}
