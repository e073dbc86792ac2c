using Tapbridge.Modules.Creators;
using Tapbridge.Modules.Samples;
using Tapbridge.Platform;
using Tapbridge.TikTokShop.Partner;

namespace Tapbridge.Tests.Modules.Samples;

/// <summary>A sample's steps in TikTok's order, TikTok's word for TikTok campaigns, and who may ask.</summary>
public sealed class SampleRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 3, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Review = TimeSpan.FromHours(72);
    private static readonly TimeSpan Content = TimeSpan.FromDays(14);

    private static SampleRequest Asked(bool onTikTok = false) => SampleRequest.Ask(
        new SampleAsk(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), null, "PH", "1729", "Glow serum", "17291", "30 ml", 39_900,
            SampleSource.Tapbridge, onTikTok),
        new SampleDelivery("Maria Dela Cruz", "+63 917 123 4567", "88 Jupiter Street, Makati City", ContentFormat.Video,
            new DateOnly(2026, 12, 20)),
        Now, Review);

    [Fact]
    public void A_sample_goes_from_request_to_post_and_its_content_deadline_starts_on_delivery()
    {
        var sample = Asked();
        (sample.Stage, sample.ReviewDueAt, sample.Cost, sample.HoldsQuota).ShouldBe((SampleStage.Requested, Now + Review, 39_900L, true));
        sample.ReviewOverdue(Now.AddHours(73)).ShouldBeTrue();

        sample.Approve("Ana", Now.AddHours(1));
        sample.Ship("J&T Express", "JT-0012345", 4_500, Now.AddDays(1));
        sample.Cost.ShouldBe(44_400, "the SKU's price plus the shipping the seller entered");
        sample.Deliver(Now.AddDays(3), Content);
        (sample.Stage, sample.ContentDueAt).ShouldBe((SampleStage.ContentDue, Now.AddDays(17)));
        sample.ContentOverdue(Now.AddDays(18)).ShouldBeTrue();

        sample.Post(new Uri("https://www.tiktok.com/@maria/video/7301234567890123456"), Now.AddDays(18));
        (sample.Stage, sample.PostedAt, sample.IsOpen, sample.HoldsQuota).ShouldBe((SampleStage.Completed, Now.AddDays(18), false, true));
    }

    [Fact]
    public void Steps_out_of_order_are_refused_and_a_shipped_sample_cannot_be_withdrawn()
    {
        var sample = Asked();
        Should.Throw<RuleViolationException>(() => sample.Ship("J&T", "JT0001", null, Now));
        Should.Throw<RuleViolationException>(() => sample.Post(new Uri("https://www.tiktok.com/@maria/video/7301234567890123456"), Now));
        sample.Approve("Ana", Now);
        Should.Throw<RuleViolationException>(() => sample.Approve("Ana", Now)).Message.ShouldContain("already been decided");
        sample.Ship("J&T", "JT0001", null, Now);
        Should.Throw<RuleViolationException>(() => sample.Withdraw(Now)).Message.ShouldContain("already shipped");
    }

    [Fact]
    public void A_rejection_names_a_reason_and_other_needs_a_note_and_gives_the_sample_back_to_the_quota()
    {
        var sample = Asked();
        Should.Throw<RuleViolationException>(() => sample.Reject("Ana", SampleRejectReason.Other, "  ", Now)).Field.ShouldBe("note");

        sample.Reject("Ana", SampleRejectReason.NotAMatch, null, Now);
        (sample.Stage, sample.CancelReason, sample.HoldsQuota).ShouldBe((SampleStage.Cancelled, SampleCancelReason.Rejected, false));
    }

    [Fact]
    public void A_shipment_needs_a_carrier_and_a_tracking_number_a_carrier_prints()
    {
        var sample = Asked();
        sample.Approve("Ana", Now);
        Should.Throw<RuleViolationException>(() => sample.Ship("J", "JT0001", null, Now)).Field.ShouldBe("carrier");
        Should.Throw<RuleViolationException>(() => sample.Ship("J&T", "JT 0001 <b>", null, Now)).Field.ShouldBe("trackingNumber");
        Should.Throw<RuleViolationException>(() => sample.Ship("J&T", "JT0001", -1, Now)).Field.ShouldBe("shippingCost");
    }

    [Fact]
    public void A_decision_taken_here_for_a_tiktok_campaign_waits_for_tiktok_and_is_confirmed_when_tiktok_shows_it()
    {
        var sample = Asked(onTikTok: true);
        sample.Approve("Ana", Now);
        (sample.Stage, sample.AwaitingTikTok).ShouldBe((SampleStage.AwaitingShipment, true));

        sample.SeenOnTikTok(FreeSampleStatus.Pending, null, Now.AddMinutes(10), Content).ShouldBeTrue("TikTok's status is recorded");
        (sample.Stage, sample.AwaitingTikTok)
            .ShouldBe((SampleStage.AwaitingShipment, true), "not applied in Partner Center yet: the decision stands");

        sample.SeenOnTikTok(FreeSampleStatus.AwaitingShipment, null, Now.AddMinutes(20), Content);
        (sample.Stage, sample.AwaitingTikTok).ShouldBe((SampleStage.AwaitingShipment, false));
        sample.SeenOnTikTok(FreeSampleStatus.AwaitingShipment, null, Now.AddMinutes(30), Content)
            .ShouldBeFalse("the same status again changes nothing");

        var delivered = Now.AddDays(4);
        sample.SeenOnTikTok(FreeSampleStatus.ContentPending, new TikTokShipment("Sandbox Express", null, Now.AddDays(1), delivered),
            Now.AddDays(5), Content);
        (sample.Stage, sample.ShippedAt, sample.DeliveredAt, sample.ContentDueAt, sample.Carrier)
            .ShouldBe((SampleStage.ContentDue, Now.AddDays(1), delivered, delivered + Content, "Sandbox Express"));

        sample.Post(new Uri("https://www.tiktok.com/@maria/video/7301234567890123456"), Now.AddDays(6));
        sample.SeenOnTikTok(FreeSampleStatus.ContentPending, null, Now.AddDays(6).AddMinutes(5), Content)
            .ShouldBeFalse("the creator linked her post here before TikTok counted it: TikTok's older word does not undo it");
        sample.Stage.ShouldBe(SampleStage.Completed);
        sample.SeenOnTikTok(FreeSampleStatus.Completed, null, Now.AddDays(7), Content).ShouldBeTrue();
        (sample.Stage, sample.PostedAt, sample.ContentUrl)
            .ShouldBe((SampleStage.Completed, Now.AddDays(6), "https://www.tiktok.com/@maria/video/7301234567890123456"));
    }

    [Theory]
    [InlineData(FreeSampleStatus.UnfulfilCancelled, SampleCancelReason.NoContent)]
    [InlineData(FreeSampleStatus.SellerNotShipCancelled, SampleCancelReason.NotShipped)]
    [InlineData(FreeSampleStatus.RejectCancelled, SampleCancelReason.Rejected)]
    [InlineData(FreeSampleStatus.OperatorManualFailed, SampleCancelReason.CancelledByTikTok)]
    public void Tiktok_cancellations_keep_their_reason(FreeSampleStatus status, SampleCancelReason reason)
    {
        var sample = Asked(onTikTok: true);
        sample.SeenOnTikTok(status, null, Now, Content);

        (sample.Stage, sample.CancelReason).ShouldBe((SampleStage.Cancelled, reason));
    }

    [Fact]
    public void Every_reason_not_to_give_a_sample_is_said_at_once_with_what_the_creator_has_and_needs()
    {
        var policy = SamplePolicy.Default("PH");
        var record = new SampleFulfilment(Posted: 1, Missed: 3, Open: 3);

        var blocks = SampleEligibility.Check(new SampleCandidate(800, CreatorTier.Newbie, record, null), policy, quota: 5, booked: 5);

        blocks.Select(b => (b.Kind, b.Have, b.Need)).ShouldBe(
        [
            (SampleBlockKind.NoneLeft, 5, 5),
            (SampleBlockKind.TooManyOpen, 3, 3),
            (SampleBlockKind.Followers, 800, 1_000),
            (SampleBlockKind.Fulfilment, 25, 60),
        ]);
        SampleEligibility.Check(new SampleCandidate(5_000, CreatorTier.Gold, new SampleFulfilment(0, 0, 0), null), policy, 5, 4)
            .ShouldBeEmpty("a creator with no record yet may ask");
    }

    [Theory]
    [InlineData("https://www.tiktok.com/@maria.glowup/video/7301234567890123456",
        "https://www.tiktok.com/@maria.glowup/video/7301234567890123456")]
    [InlineData(" https://www.tiktok.com/@maria/live/ ", "https://www.tiktok.com/@maria/live")]
    [InlineData("https://vt.tiktok.com/ZSabc123/", "https://vt.tiktok.com/ZSabc123")]
    [InlineData("http://www.tiktok.com/@maria/video/7301234567890123456", null)]
    [InlineData("https://www.tiktok.com.evil.example/@maria/video/7301234567890123456", null)]
    [InlineData("https://www.youtube.com/watch?v=abc", null)]
    [InlineData("not a link", null)]
    public void A_post_link_must_look_like_a_tiktok_video_or_live(string text, string? expected)
    {
        (TikTokContentUrl.Parse(text)?.ToString()).ShouldBe(expected);
    }

    [Fact]
    public void Market_rules_stay_within_sense()
    {
        var policy = SamplePolicy.Default("VN");
        var terms = policy.Terms;
        Should.Throw<RuleViolationException>(() => policy.Change(terms with { MinFulfilmentPercent = 101 }, "Ana", Now))
            .Field.ShouldBe("minFulfilmentPercent");
        Should.Throw<RuleViolationException>(() => policy.Change(terms with { MaxOpen = 0 }, "Ana", Now)).Field.ShouldBe("maxOpen");
        Should.Throw<RuleViolationException>(() => policy.Change(terms with { ContentDays = 0 }, "Ana", Now)).Field.ShouldBe("contentDays");

        policy.Change(terms with { ReviewHours = 48 }, "Ana", Now);
        policy.ReviewTime.ShouldBe(TimeSpan.FromHours(48));
    }

    [Fact]
    public void A_product_s_own_rules_replace_only_the_market_rules_they_name()
    {
        var market = SamplePolicy.Default("TH");
        var own = SampleProductRules.For(Guid.NewGuid(), "TH");
        Should.Throw<RuleViolationException>(() => own.Change(new SampleProductTerms(-1, null, null, null), "Ana", Now))
            .Field.ShouldBe("minFollowers");
        Should.Throw<RuleViolationException>(() => own.Change(new SampleProductTerms(null, null, null, 91), "Ana", Now))
            .Field.ShouldBe("contentDays");
        own.Change(new SampleProductTerms(null, CreatorTier.Gold, 80, null), "Ana", Now);

        var rules = market.With(own);
        (rules.MinFollowers, rules.MinTier, rules.MinFulfilmentPercent, rules.ContentDays, rules.MaxOpen, rules.ReviewHours)
            .ShouldBe((1_000, CreatorTier.Gold, 80, 14, 3, 72));
        (market.MinTier, market.MinFulfilmentPercent).ShouldBe((CreatorTier.Newbie, 60), "the market's own rules are untouched");
        SampleEligibility.Check(new SampleCandidate(5_000, CreatorTier.Silver, new SampleFulfilment(3, 1, 0), null), rules, 5, 0)
            .Select(b => b.Kind).ShouldBe([SampleBlockKind.Tier, SampleBlockKind.Fulfilment]);
        market.With(null).ShouldBeSameAs(market);
    }
}
