using Tapbridge.Modules.Creators;
using Tapbridge.Platform;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Tests.Modules.Creators;

public sealed class CreatorOnboardingRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 3, 0, 0, TimeSpan.Zero);

    private static Creator NewCreator(int followers = 5_000) => Creator.Create("@Maria.GlowUp", Market.Philippines, "Maria", followers, ["beauty"], "+639171234567", Now);

    [Fact]
    public void A_new_creator_is_pending_with_an_unguessable_bio_code()
    {
        var first = NewCreator();
        var second = NewCreator();

        (first.Status, first.Handle, first.HandleVerified).ShouldBe((CreatorStatus.Pending, "maria.glowup", false));
        first.VerificationCode.ShouldMatch("^TB-[2-9A-HJ-NP-Z]{6}$");
        first.VerificationCode.ShouldNotBe(second.VerificationCode);
    }

    [Fact]
    public void Approval_needs_a_proven_handle_and_the_markets_follower_minimum()
    {
        var creator = NewCreator(followers: 900);
        Should.Throw<RuleViolationException>(() => creator.Approve(1_000, "Paolo", Now)).Field.ShouldBe("handle");
        creator.ConfirmHandle(HandleProof.BioCode, Now);

        var low = Should.Throw<RuleViolationException>(() => creator.Approve(1_000, "Paolo", Now));
        (low.Field, low.Message).ShouldBe(("followerCount", "@maria.glowup has 900 followers; creators in Philippines need at least 1,000."));
        creator.Approve(500, "Paolo", Now);
        creator.Status.ShouldBe(CreatorStatus.Approved);
    }

    [Fact]
    public void Rejection_and_suspension_need_a_reason_and_follow_the_states()
    {
        var creator = NewCreator();
        Should.Throw<RuleViolationException>(() => creator.Reject(" ", "Paolo", Now)).Field.ShouldBe("reason");
        Should.Throw<RuleViolationException>(() => creator.Suspend("Spam", "Paolo", Now)).Field.ShouldBe("status");
        creator.Reject("Not a fit for our brands yet", "Paolo", Now);
        (creator.Status, creator.StatusReason).ShouldBe((CreatorStatus.Rejected, "Not a fit for our brands yet"));
        creator.Reapply(Now);
        creator.Status.ShouldBe(CreatorStatus.Pending, "a rejected creator may apply again");
        creator.Reject("Still not a fit", "Paolo", Now);

        creator.ConfirmHandle(HandleProof.BioCode, Now);
        creator.Approve(1_000, "Paolo", Now);
        creator.Suspend("Used a campaign link for a competitor", "Paolo", Now);
        creator.Status.ShouldBe(CreatorStatus.Suspended);
        Should.Throw<RuleViolationException>(() => creator.Approve(1_000, "Paolo", Now)).Field.ShouldBe("status");
        creator.Reinstate("Paolo", Now);
        (creator.Status, creator.StatusReason).ShouldBe((CreatorStatus.Approved, null));
    }

    [Theory]
    [InlineData(-1, "beauty", null, "followerCount")]
    [InlineData(100, "astrology", null, "niches")]
    [InlineData(100, "beauty", "0917-123", "contactPhone")]
    public void Profile_rules_name_their_field(int followers, string niche, string? phone, string field) =>
        Should.Throw<RuleViolationException>(() => NewCreator().UpdateProfile(followers, [niche], phone)).Field.ShouldBe(field);
}
