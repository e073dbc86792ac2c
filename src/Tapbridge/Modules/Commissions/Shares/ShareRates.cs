using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Campaigns;
using Tapbridge.Modules.Creators;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Commissions.Shares;

/// <summary>The share rules of a market loaded once, resolving each creator's rate with the reason, for one batch of lines.</summary>
internal sealed class ShareRates
{
    private readonly List<CreatorShareRule> rules;
    private readonly Dictionary<Guid, (string Handle, CreatorTier Tier)> creators;
    private readonly Dictionary<Guid, string> campaigns;

    private ShareRates(List<CreatorShareRule> rules, Dictionary<Guid, (string, CreatorTier)> creators, Dictionary<Guid, string> campaigns) =>
        (this.rules, this.creators, this.campaigns) = (rules, creators, campaigns);

    public static async Task<ShareRates> LoadAsync(TapbridgeDbContext db, string market, IReadOnlyCollection<Guid> creatorIds, CancellationToken cancellationToken)
    {
        var rules = await db.Set<CreatorShareRule>().AsNoTracking().Where(r => r.MarketCode == market).ToListAsync(cancellationToken);
        // A batch names a creator once per line: each once, and as one parameter (EF would bind one per element).
        var ids = creatorIds.Distinct().ToList();
        var creators = await db.Set<Creator>().AsNoTracking().Where(c => EF.Parameter(ids).Contains(c.Id))
            .Select(c => new { c.Id, c.Handle, c.Tier }).ToDictionaryAsync(c => c.Id, c => (c.Handle, c.Tier), cancellationToken);
        var campaignIds = rules.Where(r => r.CampaignId != null).Select(r => r.CampaignId!.Value).ToList();
        var campaigns = await db.Set<Campaign>().AsNoTracking().Where(c => campaignIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        return new ShareRates(rules, creators, campaigns);
    }

    public ShareRate For(Guid creatorId, Guid? campaignId, string market)
    {
        if (rules.FirstOrDefault(r => r.Scope == ShareScope.Creator && r.CreatorId == creatorId) is { } own)
        {
            return new(own.Rate, $"Your agreed share: {Rates.Percent(own.Rate)} of the agency's commission");
        }

        if (campaignId is not null && rules.FirstOrDefault(r => r.Scope == ShareScope.Campaign && r.CampaignId == campaignId) is { } campaign)
        {
            return new(campaign.Rate, $"Campaign {campaigns.GetValueOrDefault(campaign.CampaignId!.Value, "")} share: {Rates.Percent(campaign.Rate)} of the agency's commission");
        }

        var tier = creators.TryGetValue(creatorId, out var c) ? c.Tier : CreatorTier.Newbie;
        var rate = rules.FirstOrDefault(r => r.Scope == ShareScope.Tier && r.Tier == tier)?.Rate ?? CreatorShareRule.DefaultFor(tier);
        return new(rate, $"{tier} tier share in {market}: {Rates.Percent(rate)} of the agency's commission");
    }
}
