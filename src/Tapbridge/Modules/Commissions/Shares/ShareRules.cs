using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Agency;
using Tapbridge.Modules.Campaigns;
using Tapbridge.Modules.Creators;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Commissions.Shares;

internal sealed record ShareRuleView(Guid? Id, ShareScope Scope, string Market, CreatorTier? Tier, Guid? CampaignId, string? CampaignName, Guid? CreatorId, string? CreatorHandle, int Rate, bool IsDefault, string? SetBy, DateTimeOffset? SetAt);

public sealed record ShareRuleChange(ShareScope Scope, string Market, CreatorTier? Tier, Guid? CampaignId, Guid? CreatorId, int Rate);

/// <summary>The shares of its commission the agency passes to creators: per tier and market, and overrides per campaign and per creator (finance sets them). A rate applies to lines attributed after it is set.</summary>
internal sealed class ShareRules(IDbContextFactory<TapbridgeDbContext> contexts, AgencyDirectory agency, TimeProvider clock)
{
    public async Task<IReadOnlyList<ShareRuleView>> ListAsync(CancellationToken cancellationToken)
    {
        var markets = (await agency.GetAsync(cancellationToken)).Markets;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rules = await db.Set<CreatorShareRule>().AsNoTracking().ToListAsync(cancellationToken);
        var campaignIds = rules.Where(r => r.CampaignId != null).Select(r => r.CampaignId!.Value).ToList();
        var creatorIds = rules.Where(r => r.CreatorId != null).Select(r => r.CreatorId!.Value).ToList();
        var campaigns = await db.Set<Campaign>().AsNoTracking().Where(c => campaignIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var creators = await db.Set<Creator>().AsNoTracking().Where(c => creatorIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Handle, cancellationToken);
        var tiers = markets.SelectMany(m => Enum.GetValues<CreatorTier>().Select(t =>
            rules.FirstOrDefault(r => r.Scope == ShareScope.Tier && r.MarketCode == m.Code && r.Tier == t) is { } rule
                ? View(rule, null, null)
                : new ShareRuleView(null, ShareScope.Tier, m.Code, t, null, null, null, null, CreatorShareRule.DefaultFor(t), true, null, null)));
        var overrides = rules.Where(r => r.Scope != ShareScope.Tier).OrderBy(r => r.Scope).ThenBy(r => r.MarketCode)
            .Select(r => View(r, r.CampaignId is { } c ? campaigns.GetValueOrDefault(c) : null, r.CreatorId is { } cr ? creators.GetValueOrDefault(cr) : null));
        return [.. tiers, .. overrides];
    }

    public async Task<ShareRuleView> SetAsync(Actor actor, ShareRuleChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(change);
        var market = await agency.RequireMarketAsync(change.Market, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (change.CampaignId is { } campaignId && change.Scope == ShareScope.Campaign)
        {
            RuleViolationException.Require<CommissionsRules>(await db.Set<Campaign>().AnyAsync(c => c.Id == campaignId && c.MarketCode == market.Code, cancellationToken), "campaignId", "Share.NoSuchCampaign", market.Name);
        }

        if (change.CreatorId is { } creatorId && change.Scope == ShareScope.Creator)
        {
            RuleViolationException.Require<CommissionsRules>(await db.Set<Creator>().AnyAsync(c => c.Id == creatorId && c.MarketCode == market.Code, cancellationToken), "creatorId", "Share.NoSuchCreator", market.Name);
        }

        var now = clock.GetUtcNow();
        RuleViolationException.Require<CommissionsRules>(Enum.IsDefined(change.Scope), "scope", "Share.Scope");
        var key = CreatorShareRule.KeyOf(change.Scope, change.Tier, change.CampaignId, change.CreatorId);
        var rule = await db.Set<CreatorShareRule>().SingleOrDefaultAsync(r => r.MarketCode == market.Code && r.Key == key, cancellationToken);
        if (rule is null)
        {
            rule = CreatorShareRule.Create(change.Scope, market, change.Tier, change.CampaignId, change.CreatorId, change.Rate, actor.DisplayName, now);
            db.Add(rule);
        }
        else
        {
            rule.Change(change.Rate, actor.DisplayName, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return View(rule, null, null);
    }

    private static ShareRuleView View(CreatorShareRule r, string? campaign, string? creator) =>
        new(r.Id, r.Scope, r.MarketCode, r.Tier, r.CampaignId, campaign, r.CreatorId, creator, r.Rate, false, r.SetBy, r.SetAt);
}
