using Tapbridge.Modules.Creators;
using Tapbridge.Platform.Markets;
using static Tapbridge.Platform.RuleViolationException;

namespace Tapbridge.Modules.Commissions.Shares;

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ShareScope>))]
public enum ShareScope
{
    /// <summary>Every creator of a tier in a market.</summary>
    Tier,

    /// <summary>Every creator's lines in one campaign (overrides the tier).</summary>
    Campaign,

    /// <summary>One creator (overrides everything).</summary>
    Creator,
}

/// <summary>
/// A share of the agency's partner commission the agency passes to creators, in 0.01 % of that commission. The most
/// specific rule wins: creator, then campaign, then the creator's tier in the market, then <see cref="DefaultFor"/>.
/// </summary>
internal sealed class CreatorShareRule
{
    public const int MaxRate = 10_000;

    private CreatorShareRule()
    {
    }

    public Guid Id { get; private set; }
    public ShareScope Scope { get; private set; }
    public string MarketCode { get; private set; } = "";
    public CreatorTier? Tier { get; private set; }
    public Guid? CampaignId { get; private set; }
    public Guid? CreatorId { get; private set; }

    /// <summary>What the rule is for, never null (unlike the columns it sums up), so the database can keep one rule per thing.</summary>
    public string Key { get; private set; } = "";
    public int Rate { get; private set; }
    public string SetBy { get; private set; } = "";
    public DateTimeOffset SetAt { get; private set; }

    /// <summary>Where no rule is set: 10 % of the agency's commission for newcomers, up to 30 % for Diamond creators.</summary>
    public static int DefaultFor(CreatorTier tier) => tier switch
    {
        CreatorTier.Newbie => 1000,
        CreatorTier.Silver => 1500,
        CreatorTier.Gold => 2000,
        CreatorTier.Platinum => 2500,
        CreatorTier.Diamond => 3000,
    };

    public static CreatorShareRule Create(ShareScope scope, Market market, CreatorTier? tier, Guid? campaignId, Guid? creatorId, int rate, string by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(market);
        Require<CommissionsRules>(Enum.IsDefined(scope), "scope", "Share.Scope");
        Require<CommissionsRules>(scope != ShareScope.Tier || (tier is { } t && Enum.IsDefined(t)), "tier", "Share.Tier");
        Require<CommissionsRules>(scope != ShareScope.Campaign || campaignId is not null, "campaignId", "Share.Campaign");
        Require<CommissionsRules>(scope != ShareScope.Creator || creatorId is not null, "creatorId", "Share.Creator");
        var rule = new CreatorShareRule
        {
            Id = Guid.CreateVersion7(now), Scope = scope, MarketCode = market.Code,
            Tier = scope == ShareScope.Tier ? tier : null, CampaignId = scope == ShareScope.Campaign ? campaignId : null, CreatorId = scope == ShareScope.Creator ? creatorId : null,
        };
        rule.Key = KeyOf(scope, tier, campaignId, creatorId);
        rule.Change(rate, by, now);
        return rule;
    }

    public static string KeyOf(ShareScope scope, CreatorTier? tier, Guid? campaignId, Guid? creatorId) => scope switch
    {
        ShareScope.Tier => $"tier:{tier}",
        ShareScope.Campaign => $"campaign:{campaignId:N}",
        ShareScope.Creator => $"creator:{creatorId:N}",
    };

    public void Change(int rate, string by, DateTimeOffset now)
    {
        Require<CommissionsRules>(rate is >= 0 and <= MaxRate, "rate", "Share.Rate");
        (Rate, SetBy, SetAt) = (rate, by, now);
    }
}
