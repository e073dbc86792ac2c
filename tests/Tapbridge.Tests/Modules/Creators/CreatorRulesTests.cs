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
