using System.Text.Json.Serialization;
using Tapbridge.Platform.Markets;
using static Tapbridge.Platform.RuleViolationException;

namespace Tapbridge.Modules.Creators;

[JsonConverter(typeof(JsonStringEnumConverter<CreatorTier>))]
public enum CreatorTier
{
    Newbie,
    Silver,
    Gold,
    Platinum,
    Diamond,
}

/// <summary>
/// A market's tier thresholds: the trailing 30-day GMV (minor units of the market's currency) a creator needs for
/// Silver, Gold, Platinum and Diamond; below Silver is Newbie. Each threshold is above the one before.
/// </summary>
public sealed class TierThresholds
{
    private TierThresholds()
    {
    }

    public string MarketCode { get; private set; } = "";
    public long Silver { get; private set; }
    public long Gold { get; private set; }
    public long Platinum { get; private set; }
    public long Diamond { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public string UpdatedBy { get; private set; } = "";

    /// <summary>Starting points in the market's money (about USD 250 / 1,250 / 5,000 / 20,000 a month); agencies set their own.</summary>
    public static TierThresholds Default(Market market)
    {
        ArgumentNullException.ThrowIfNull(market);
        decimal[] major = market.Code switch
        {
            "VN" => [6_000_000, 30_000_000, 120_000_000, 500_000_000],
            "ID" => [4_000_000, 20_000_000, 80_000_000, 320_000_000],
            "PH" => [15_000, 70_000, 280_000, 1_150_000],
            "TH" => [8_500, 42_000, 170_000, 680_000],
            "MY" => [1_100, 5_500, 22_000, 88_000],
            "SG" => [330, 1_650, 6_600, 26_000],
            _ => [250, 1_250, 5_000, 20_000],
        };
        return new TierThresholds
        {
            MarketCode = market.Code, Silver = market.ToMinor(major[0]), Gold = market.ToMinor(major[1]), Platinum = market.ToMinor(major[2]), Diamond = market.ToMinor(major[3]),
            UpdatedBy = "Tapbridge defaults",
        };
    }

    public static TierThresholds For(string market, TierChange change, string staff, DateTimeOffset now)
    {
        var thresholds = new TierThresholds { MarketCode = market };
        thresholds.Change(change, staff, now);
        return thresholds;
    }

    public void Change(TierChange change, string staff, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(change);
        Require<CreatorsRules>(change.Silver > 0, "silver", "Tiers.Silver");
        Require<CreatorsRules>(change.Gold > change.Silver, "gold", "Tiers.Gold");
        Require<CreatorsRules>(change.Platinum > change.Gold, "platinum", "Tiers.Platinum");
        Require<CreatorsRules>(change.Diamond > change.Platinum, "diamond", "Tiers.Diamond");
        Require<CreatorsRules>(change.Diamond <= 1_000_000_000_000_000, "diamond", "Tiers.DiamondTooLarge");
        (Silver, Gold, Platinum, Diamond, UpdatedBy, UpdatedAt) = (change.Silver, change.Gold, change.Platinum, change.Diamond, staff, now);
    }

    public long For(CreatorTier tier) => tier switch
    {
        CreatorTier.Silver => Silver,
        CreatorTier.Gold => Gold,
        CreatorTier.Platinum => Platinum,
        CreatorTier.Diamond => Diamond,
        _ => 0,
    };

    public CreatorTier TierOf(long gmv) =>
        gmv >= Diamond ? CreatorTier.Diamond
        : gmv >= Platinum ? CreatorTier.Platinum
        : gmv >= Gold ? CreatorTier.Gold
        : gmv >= Silver ? CreatorTier.Silver
        : CreatorTier.Newbie;
}

/// <summary>Tier thresholds in minor units of the market's currency.</summary>
public sealed record TierChange(long Silver, long Gold, long Platinum, long Diamond);
