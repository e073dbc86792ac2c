using Tapbridge.Modules.Campaigns;
using Tapbridge.Platform;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Tests.Modules.Campaigns;

public sealed class RegistrationRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 3, 0, 0, TimeSpan.Zero);
    private static readonly RegisteringShop Shop = new(Guid.NewGuid(), Guid.NewGuid(), "PHKOPI01", "Kopi Kultura", "PH", CrossBorder: false);
    private static readonly CategoryRef Serums = new("601152", "Face Serums", "601450");

    /// <summary>An ongoing, published PH campaign requiring 15 %; registration open from yesterday for 30 days.</summary>
    private static Campaign OpenCampaign(IReadOnlyList<string>? shops = null, IReadOnlyList<TargetSellerType>? types = null)
    {
        var campaign = Campaign.Create(Market.Philippines, new CampaignTerms
        {
            Name = "12.12 Mega Sale", Description = "Year-end sale", CommissionRate = 1500, ContactEmail = "tap@agency.test", ContactMessenger = "+639171234567",
            RegistrationStart = Now.AddDays(-1), RegistrationEnd = Now.AddDays(29), CampaignStart = Now.AddDays(-1), CampaignEnd = Now.AddDays(29),
            TargetShopCodes = shops ?? [], TargetSellerTypes = types ?? [],
        }, Now.AddDays(-2));
        campaign.Publish(0, Now.AddDays(-2));
        return campaign;
    }

    private static RegistrationDraft Draft(int partner = 1000, int creator = 600, int samples = 10, int stock = 100) => new()
    {
        ShopId = Shop.ShopId,
        ProductId = "1729384756201",
        Title = "Vitamin C serum 30ml",
        ImageUrls = ["https://cdn.brand.test/serum.jpg"],
        CategoryId = Serums.Id,
        Skus = [new SkuDraft("1729384756299", "30ml", 38_900, stock)],
        PartnerRate = partner,
        CreatorRate = creator,
        OpenCollaborationRate = 1000,
        SampleQuota = samples,
        Brief = new ContentBrief { SellingPoints = ["Glow in 7 days"], Hashtags = ["glow", "#skincare", "#Glow"] },
    };

    private static Registration Submitted(Campaign campaign) => Registration.Submit(campaign, Shop, Draft(), Serums, Now);

    [Fact]
    public void The_total_is_partner_plus_creator_and_must_meet_the_campaigns_requirement_which_the_refusal_states()
    {
        var campaign = OpenCampaign();
        var registration = Submitted(campaign);
        (registration.TotalRate, registration.Status, registration.Hashtags.Count).ShouldBe((1600, RegistrationStatus.Pending, 2));

        var low = Should.Throw<RuleViolationException>(() => Registration.Submit(campaign, Shop, Draft(partner: 800, creator: 600), Serums, Now));
        low.Field.ShouldBe("totalCommissionRate");
        low.Message.ShouldContain("14 %");
        low.Message.ShouldContain("requirement of 15 %");
        Should.Throw<RuleViolationException>(() => Registration.Submit(campaign, Shop, Draft(partner: 6000, creator: 2000), Serums, Now)).Field.ShouldBe("totalCommissionRate");
        Should.Throw<RuleViolationException>(() => Registration.Submit(campaign, Shop, Draft(partner: 0, creator: 1600), Serums, Now)).Field.ShouldBe("partnerRate");
    }

    [Theory]
    [InlineData("productId")]
    [InlineData("title")]
    [InlineData("imageUrls")]
    [InlineData("skus")]
    [InlineData("skus[0].price")]
    [InlineData("sampleQuota")]
    [InlineData("brief.sellingPoints")]
    [InlineData("brief.hashtags")]
    public void Each_rule_names_its_field(string field)
    {
        var draft = Draft();
        draft = field switch
        {
            "productId" => draft with { ProductId = "abc" },
            "title" => draft with { Title = " " },
            "imageUrls" => draft with { ImageUrls = ["http://insecure.test/a.jpg"] },
            "skus" => draft with { Skus = [] },
            "skus[0].price" => draft with { Skus = [new SkuDraft("1", "30ml", 0, 5)] },
            "sampleQuota" => draft with { SampleQuota = 101 },
            "brief.sellingPoints" => draft with { Brief = new ContentBrief() },
            "brief.hashtags" => draft with { Brief = draft.Brief with { Hashtags = ["#no spaces"] } },
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };

        Should.Throw<RuleViolationException>(() => Registration.Submit(OpenCampaign(), Shop, draft, Serums, Now)).Field.ShouldBe(field);
    }

    [Fact]
    public void Only_targeted_shops_of_the_campaigns_market_register_and_only_while_registration_is_open()
    {
        Should.Throw<RuleViolationException>(() => Registration.Submit(OpenCampaign(shops: ["PHOTHER01"]), Shop, Draft(), Serums, Now)).Field.ShouldBe("shopId");
        Should.Throw<RuleViolationException>(() => Registration.Submit(OpenCampaign(types: [TargetSellerType.CrossBorder]), Shop, Draft(), Serums, Now)).Field.ShouldBe("shopId");
        Should.Throw<RuleViolationException>(() => Registration.Submit(OpenCampaign(), Shop with { MarketCode = "VN" }, Draft(), Serums, Now)).Field.ShouldBe("shopId");
        Should.Throw<RuleViolationException>(() => Registration.Submit(OpenCampaign(), Shop, Draft(), Serums, Now.AddDays(40))).Field.ShouldBe("campaignId");
        Registration.Submit(OpenCampaign(types: [TargetSellerType.Local]), Shop, Draft(), Serums, Now).Status.ShouldBe(RegistrationStatus.Pending);
    }

    [Fact]
    public void A_registration_is_editable_until_reviewed_and_an_approved_rate_is_locked()
    {
        var campaign = OpenCampaign();
        var registration = Submitted(campaign);
        registration.Resubmit(campaign, Draft(partner: 1200) with { Title = "Vitamin C serum 50ml" }, Serums, Now)
            .ShouldBe("Changed title, commission; 16 % (10 % agency + 6 % creator), 10 samples → 18 % (12 % agency + 6 % creator), 10 samples");

        registration.Decide(campaign, ReviewDecision.Approve, [], null, "Paolo", Now);

        Should.Throw<RuleViolationException>(() => registration.Resubmit(campaign, Draft(partner: 900), Serums, Now)).Message.ShouldContain("locked");
        registration.TotalRate.ShouldBe(1800);
    }

    [Fact]
    public void A_rejection_needs_a_reason_lets_the_seller_register_again_but_a_rejection_forever_does_not()
    {
        var campaign = OpenCampaign();
        var registration = Submitted(campaign);
        Should.Throw<RuleViolationException>(() => registration.Decide(campaign, ReviewDecision.Reject, [], null, "Paolo", Now)).Field.ShouldBe("reasons");

        registration.Decide(campaign, ReviewDecision.Reject, [RejectReason.CommissionTooLow], "Offer 20 %", "Paolo", Now);
        (registration.Status, registration.ReviewComment).ShouldBe((RegistrationStatus.Rejected, "Offer 20 %"));
        registration.Resubmit(campaign, Draft(partner: 1200, creator: 800), Serums, Now);
        (registration.Status, registration.RejectReasons.Count).ShouldBe((RegistrationStatus.Pending, 0));

        registration.Decide(campaign, ReviewDecision.RejectForever, [RejectReason.ProductHardToPromote], null, "Paolo", Now);
        Should.Throw<RuleViolationException>(() => registration.Resubmit(campaign, Draft(partner: 1500, creator: 1000), Serums, Now)).Message.ShouldContain("forever");
    }

    [Fact]
    public void Reviews_happen_only_while_the_campaign_is_online()
    {
        var campaign = OpenCampaign();
        var registration = Submitted(campaign);

        Should.Throw<RuleViolationException>(() => registration.Decide(campaign, ReviewDecision.Approve, [], null, "Paolo", Now.AddDays(30))).Message.ShouldContain("CLOSED");
        registration.Status.ShouldBe(RegistrationStatus.Pending);
    }

    [Fact]
    public void The_seller_asks_to_close_an_approved_product_and_the_agency_accepts_or_declines()
    {
        var campaign = OpenCampaign();
        var registration = Submitted(campaign);
        Should.Throw<RuleViolationException>(() => registration.RequestClose(campaign, null, Now));
        registration.Decide(campaign, ReviewDecision.Approve, [], null, "Paolo", Now);

        registration.RequestClose(campaign, "Out of stock until March", Now);
        registration.Status.ShouldBe(RegistrationStatus.PendingClosed);
        registration.Decide(campaign, ReviewDecision.Reject, [], "Stock arrives next week", "Paolo", Now);
        registration.Status.ShouldBe(RegistrationStatus.Approved);
        registration.RequestClose(campaign, null, Now);
        Should.Throw<RuleViolationException>(() => registration.Decide(campaign, ReviewDecision.RejectForever, [RejectReason.NoSuitableCreator], null, "Paolo", Now));
        registration.Decide(campaign, ReviewDecision.Approve, [], null, "Paolo", Now);
        registration.Status.ShouldBe(RegistrationStatus.Closed);
    }

    [Fact]
    public void Tiktok_terms_that_differ_from_the_portals_are_a_conflict_that_blocks_approval_until_resolved()
    {
        var campaign = OpenCampaign();
        campaign.LinkToTikTok("7300000000000000001");
        var registration = Submitted(campaign);
        var seen = Seen(RegistrationStatus.Pending, partner: 1000, creator: 1000);

        registration.SeenOnTikTok(campaign, seen, Serums, Now, Now).ShouldContain(c => c.StartsWith("Conflict: TikTok has 20 %", StringComparison.Ordinal));
        registration.TotalRate.ShouldBe(1600, "the portal's terms are not silently overwritten");
        Should.Throw<RuleViolationException>(() => registration.Decide(campaign, ReviewDecision.Approve, [], null, "Paolo", Now)).Message.ShouldContain("conflict");

        registration.AcceptTikTokTerms(campaign, Now);
        registration.HasConflict(campaign).ShouldBeFalse();
        registration.Decide(campaign, ReviewDecision.Approve, [], null, "Paolo", Now).ShouldContain("20 %");
    }

    [Fact]
    public void Tiktoks_review_state_is_applied_unless_a_review_here_is_newer_and_a_decision_made_before_tiktok_had_the_product_is_held()
    {
        var campaign = OpenCampaign();
        campaign.LinkToTikTok("7300000000000000001");
        var registration = Submitted(campaign);

        registration.Decide(campaign, ReviewDecision.Approve, [], null, "Paolo", Now).ShouldContain("Held");
        registration.DecisionHeld.ShouldBeTrue();
        registration.SeenOnTikTok(campaign, Seen(RegistrationStatus.Pending), Serums, Now.AddMinutes(1), Now.AddMinutes(1));
        (registration.Status, registration.DecisionHeld).ShouldBe((RegistrationStatus.Approved, true), "TikTok's PENDING waits for the held approval");
        registration.DecisionSent();

        registration.SeenOnTikTok(campaign, Seen(RegistrationStatus.Pending), Serums, Now.AddMinutes(-5), Now.AddMinutes(2));
        registration.Status.ShouldBe(RegistrationStatus.Approved, "a list read before the review does not undo it");
        registration.SeenOnTikTok(campaign, Seen(RegistrationStatus.PendingClosed), Serums, Now.AddMinutes(3), Now.AddMinutes(3)).ShouldContain(c => c.Contains("closing", StringComparison.Ordinal));
        registration.Status.ShouldBe(RegistrationStatus.PendingClosed);
        registration.SeenOnTikTok(campaign, Seen(RegistrationStatus.PendingClosed), Serums, Now.AddMinutes(4), Now.AddMinutes(4)).ShouldBeEmpty("the same page read twice changes nothing");
    }

    [Fact]
    public void A_sync_reacts_to_changes_on_tiktok_and_does_not_undo_a_resubmission_tiktok_has_not_seen_yet()
    {
        var campaign = OpenCampaign();
        campaign.LinkToTikTok("7300000000000000001");
        var registration = Submitted(campaign);
        registration.SeenOnTikTok(campaign, Seen(RegistrationStatus.Pending), Serums, Now, Now);
        registration.Decide(campaign, ReviewDecision.Reject, [RejectReason.CommissionTooLow], null, "Paolo", Now);
        registration.DecisionSent();

        registration.Resubmit(campaign, Draft() with { Title = "Serum, now 50ml" }, Serums, Now.AddMinutes(1));
        registration.SeenOnTikTok(campaign, Seen(RegistrationStatus.Rejected), Serums, Now.AddMinutes(2), Now.AddMinutes(2));

        registration.Status.ShouldBe(RegistrationStatus.Pending, "TikTok still says REJECTED only because the seller has not re-registered there yet");
        Should.Throw<RuleViolationException>(() => registration.Resubmit(campaign, Draft(partner: 1400), Serums, Now.AddMinutes(3))).Message.ShouldContain("Seller Center");
    }

    [Fact]
    public void An_approval_tiktok_shows_as_pending_again_is_sent_again_but_a_rejected_product_back_to_pending_was_registered_again()
    {
        var campaign = OpenCampaign();
        campaign.LinkToTikTok("7300000000000000001");
        var approved = Submitted(campaign);
        approved.SeenOnTikTok(campaign, Seen(RegistrationStatus.Pending), Serums, Now, Now);
        approved.Decide(campaign, ReviewDecision.Approve, [], null, "Paolo", Now);
        approved.DecisionSent();

        approved.SeenOnTikTok(campaign, Seen(RegistrationStatus.Pending), Serums, Now.AddMinutes(5), Now.AddMinutes(5));
        (approved.Status, approved.DecisionHeld).ShouldBe((RegistrationStatus.Approved, true));

        var rejected = Submitted(campaign);
        rejected.SeenOnTikTok(campaign, Seen(RegistrationStatus.Pending), Serums, Now, Now);
        rejected.Decide(campaign, ReviewDecision.Reject, [RejectReason.NoSuitableCreator], null, "Paolo", Now);
        rejected.DecisionSent();
        rejected.SeenOnTikTok(campaign, Seen(RegistrationStatus.Pending), Serums, Now.AddMinutes(5), Now.AddMinutes(5));
        (rejected.Status, rejected.DecisionHeld).ShouldBe((RegistrationStatus.Pending, false));
    }

    [Fact]
    public void A_held_decision_tiktok_refuses_returns_the_registration_to_tiktoks_state_and_the_queue()
    {
        var campaign = OpenCampaign();
        campaign.LinkToTikTok("7300000000000000001");
        var registration = Submitted(campaign);
        registration.Decide(campaign, ReviewDecision.Approve, [], null, "Paolo", Now);
        registration.SeenOnTikTok(campaign, Seen(RegistrationStatus.Pending), Serums, Now.AddMinutes(1), Now.AddMinutes(1));

        registration.HeldDecisionRefused("Campaign not online (code 16032009)", Now.AddMinutes(2));

        (registration.Status, registration.DecisionHeld, registration.TikTokError).ShouldBe((RegistrationStatus.Pending, false, "Campaign not online (code 16032009)"));
    }

    private static TikTokRegistration Seen(RegistrationStatus status, int partner = 1000, int creator = 600) => new()
    {
        ProductId = "1729384756201", Status = status, Title = "Vitamin C serum 30ml", ShopName = "Kopi Kultura", PartnerRate = partner, CreatorRate = creator,
        SampleQuota = 10, LowestPrice = 38_900, HighestPrice = 38_900, Stock = 100, CategoryId = Serums.Id, CategoryName = Serums.Name, OpenCollaborationRate = 1000,
    };
}
