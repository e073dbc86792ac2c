using Tapbridge.Modules.Creators;
using static Tapbridge.Platform.RuleViolationException;

namespace Tapbridge.Modules.Samples;

/// <summary>
/// A market's sample rules: who may ask (followers, tier, how reliably they posted for samples over the last 90 days,
/// how many samples they may have open), how long the agency has to decide (TikTok asks for 72 hours) and how long a
/// creator has to post after delivery (TikTok's 14 days).
/// </summary>
internal sealed class SamplePolicy
{
    public const int FulfilmentDays = 90;

    private SamplePolicy()
    {
    }

    public string MarketCode { get; private set; } = "";
    public int MinFollowers { get; private set; }
    public CreatorTier MinTier { get; private set; }

    /// <summary>The share of delivered samples a creator posted for, in whole percent; new creators without any may always ask.</summary>
    public int MinFulfilmentPercent { get; private set; }
    public int MaxOpen { get; private set; }
    public int ReviewHours { get; private set; }
    public int ContentDays { get; private set; }
    public DateTimeOffset? ChangedAt { get; private set; }
    public string? ChangedBy { get; private set; }
    public int Version { get; private set; }

    public TimeSpan ReviewTime => TimeSpan.FromHours(ReviewHours);

    public TimeSpan ContentTime => TimeSpan.FromDays(ContentDays);

    public static SamplePolicy Default(string market) => new()
    {
        MarketCode = market, MinFollowers = 1_000, MinTier = CreatorTier.Newbie, MinFulfilmentPercent = 60,
        MaxOpen = 3, ReviewHours = 72, ContentDays = 14,
    };

    public void Change(SamplePolicyTerms terms, string by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(terms);
        RequireSensible(terms.MinFollowers, terms.MinTier, terms.MinFulfilmentPercent, terms.ContentDays);
        Require<SamplesRules>(terms.MaxOpen is >= 1 and <= 50, "maxOpen", "Policy.MaxOpen");
        Require<SamplesRules>(terms.ReviewHours is >= 1 and <= 720, "reviewHours", "Policy.ReviewHours");
        (MinFollowers, MinTier, MinFulfilmentPercent, MaxOpen, ReviewHours, ContentDays, ChangedAt, ChangedBy) =
            (terms.MinFollowers, terms.MinTier, terms.MinFulfilmentPercent, terms.MaxOpen, terms.ReviewHours, terms.ContentDays, now, by);
        Version++;
    }

    /// <summary>The market's rules with a product's own where it has them.</summary>
    public SamplePolicy With(SampleProductRules? product)
    {
        if (product is null)
        {
            return this;
        }

        var rules = (SamplePolicy)MemberwiseClone();
        rules.MinFollowers = product.MinFollowers ?? MinFollowers;
        rules.MinTier = product.MinTier ?? MinTier;
        rules.MinFulfilmentPercent = product.MinFulfilmentPercent ?? MinFulfilmentPercent;
        rules.ContentDays = product.ContentDays ?? ContentDays;
        return rules;
    }

    /// <summary>The bounds a market's rules and a product's own share; an empty product rule follows the market's.</summary>
    public static void RequireSensible(int? minFollowers, CreatorTier? minTier, int? minFulfilmentPercent, int? contentDays)
    {
        Require<SamplesRules>(minFollowers is null or (>= 0 and <= 100_000_000), "minFollowers", "Policy.Followers");
        Require<SamplesRules>(minTier is null || Enum.IsDefined(minTier.Value), "minTier", "Policy.Tier");
        Require<SamplesRules>(minFulfilmentPercent is null or (>= 0 and <= 100), "minFulfilmentPercent", "Policy.Fulfilment");
        Require<SamplesRules>(contentDays is null or (>= 1 and <= 90), "contentDays", "Policy.ContentDays");
    }

    public SamplePolicyTerms Terms => new(MinFollowers, MinTier, MinFulfilmentPercent, MaxOpen, ReviewHours, ContentDays);
}

/// <summary>A market's sample rules as staff edit them.</summary>
public sealed record SamplePolicyTerms(
    int MinFollowers, CreatorTier MinTier, int MinFulfilmentPercent, int MaxOpen, int ReviewHours, int ContentDays);
