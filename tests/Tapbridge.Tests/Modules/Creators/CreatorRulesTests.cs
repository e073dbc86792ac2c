using Tapbridge.Modules.Creators;
using Tapbridge.Platform;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Tests.Modules.Creators;

public sealed class CreatorRulesTests
{
    [Theory]
    [InlineData("@Linh.Beauty", "linh.beauty")]
    [InlineData("  bao_tech ", "bao_tech")]
    [InlineData("x9", "x9")]
    public void Handles_are_stored_lowercase_without_the_at_sign(string typed, string stored)
    {
        Creator.NormalizeHandle(typed).ShouldBe(stored);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("ends.with.dot.")]
    [InlineData("has space")]
    [InlineData("way_too_long_for_a_tiktok_name")]
    [InlineData("emoji😀")]
    public void Handles_TikTok_would_not_allow_are_refused(string typed)
    {
        Should.Throw<RuleViolationException>(() => Creator.NormalizeHandle(typed)).Field.ShouldBe("handle");
    }

    [Fact]
    public void Negative_follower_counts_are_refused()
    {
        Should.Throw<RuleViolationException>(() => Creator.Create("linh", Market.Vietnam, "Linh", -1, DateTimeOffset.UnixEpoch)).Field.ShouldBe("followerCount");
    }
}

public sealed class TierRulesTests
{
    [Fact]
    public void A_tier_starts_at_its_threshold()
    {
        var t = TierThresholds.For("PH", new TierChange(100, 200, 300, 400), "Ana", DateTimeOffset.UtcNow);
        new[] { 0L, 99, 100, 199, 200, 399, 400, long.MaxValue }.Select(t.TierOf).ShouldBe(
            [CreatorTier.Newbie, CreatorTier.Newbie, CreatorTier.Silver, CreatorTier.Silver, CreatorTier.Gold, CreatorTier.Platinum, CreatorTier.Diamond, CreatorTier.Diamond]);
    }

    [Theory]
    [InlineData(0, 200, 300, 400, "silver")]
    [InlineData(100, 100, 300, 400, "gold")]
    [InlineData(100, 200, 150, 400, "platinum")]
    [InlineData(100, 200, 300, 300, "diamond")]
    public void Each_threshold_is_above_the_one_before(long silver, long gold, long platinum, long diamond, string field)
    {
        Should.Throw<RuleViolationException>(() => TierThresholds.For("PH", new TierChange(silver, gold, platinum, diamond), "Ana", DateTimeOffset.UtcNow))
            .Field.ShouldBe(field);
    }

    [Fact]
    public void Every_market_has_rising_defaults_in_its_own_money()
    {
        foreach (var market in Market.All)
        {
            var d = TierThresholds.Default(market);
            (d.Silver > 0 && d.Gold > d.Silver && d.Platinum > d.Gold && d.Diamond > d.Platinum).ShouldBeTrue(market.Code);
        }

        TierThresholds.Default(Market.Philippines).Silver.ShouldBe(15_000_00, "PHP has centavos");
        TierThresholds.Default(Market.Vietnam).Silver.ShouldBe(6_000_000, "VND has no minor unit");
    }
}
