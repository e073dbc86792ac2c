using Tapbridge.Modules.Commissions;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Tests.Modules.Commissions;

public sealed class CampaignBonusRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 18, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Campaign = Guid.NewGuid();

    [Theory]
    [InlineData(10, 9, 0)]
    [InlineData(10, 10, 0)]
    [InlineData(10, 11, 2_000)]
    [InlineData(10, 23, 26_000)]
    [InlineData(0, 3, 6_000)]
    public void Each_order_past_the_threshold_earns_the_amount(int threshold, int orders, long bonus) =>
        CampaignBonusRule.Create(Campaign, Market.Philippines, 2_000, threshold, "Paolo Reyes", Now).BonusFor(orders).ShouldBe(bonus);

    [Theory]
    [InlineData(0, 10, "amountPerOrder")]
    [InlineData(-100, 10, "amountPerOrder")]
    [InlineData(550_001, 10, "amountPerOrder")]
    [InlineData(2_000, -1, "threshold")]
    [InlineData(2_000, 100_001, "threshold")]
    public void A_rule_out_of_bounds_is_refused_naming_the_field(long amount, int threshold, string field) =>
        Should.Throw<RuleViolationException>(() => CampaignBonusRule.Create(Campaign, Market.Philippines, amount, threshold, "Paolo Reyes", Now)).Field.ShouldBe(field);

    [Fact]
    public void Settling_posts_each_creators_bonus_once_keyed_by_campaign_and_creator_and_closes_the_rule()
    {
        var (past, at, below) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var rule = CampaignBonusRule.Create(Campaign, Market.Philippines, 2_000, 10, "Paolo Reyes", Now);
        var posted = rule.Settle("Home Essentials PH", new Dictionary<Guid, int> { [past] = 12, [at] = 10, [below] = 4 }, Now.AddDays(40), PayoutCalendar.Default);

        var (bonus, entry) = posted.ShouldHaveSingleItem();
        (bonus.CreatorId, bonus.Amount, bonus.CampaignId, bonus.Stage, bonus.Reference).ShouldBe((past, 4_000, (Guid?)Campaign, EarningStage.Confirmed, "Home Essentials PH"));
        bonus.IdempotencyKey.ShouldBe($"bonus:{Campaign}:{past}");
        entry.SourceKey.ShouldBe($"bonus:{Campaign}:{past}");
        entry.Legs.Single(l => l.Account == LedgerAccount.CreatorConfirmed).Amount.ShouldBe(-4_000);
        bonus.Reason.ShouldContain("12 orders");
        bonus.PostedBy.ShouldBe("Campaign bonus rule set by Paolo Reyes");
        (rule.SettledAt, rule.CreatorsPaid, rule.TotalPaid).ShouldBe((Now.AddDays(40), 1, 4_000));

        Should.Throw<RuleViolationException>(() => rule.Change(3_000, 10, "Quang Nguyen", Now.AddDays(41)));
        Should.Throw<RuleViolationException>(() => rule.Settle("Home Essentials PH", new Dictionary<Guid, int> { [past] = 12 }, Now.AddDays(41), PayoutCalendar.Default));
    }

    [Fact]
    public void A_recount_posts_each_creators_difference_to_what_the_rule_posted_keyed_by_its_round()
    {
        var (returned, gained, gone, same) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var rule = CampaignBonusRule.Create(Campaign, Market.Philippines, 2_000, 10, "Paolo Reyes", Now);
        rule.Settle("Home Essentials PH", new Dictionary<Guid, int> { [returned] = 12, [gone] = 11, [same] = 13 }, Now.AddDays(40), PayoutCalendar.Default).Count.ShouldBe(3);
        rule.RecountDueAt.ShouldBe(Now.AddDays(40) + CampaignBonusRule.FollowUp, "a follow-up recount catches a change written while it settled");
        Should.Throw<RuleViolationException>(() => CampaignBonusRule.Create(Campaign, Market.Philippines, 2_000, 10, "Paolo Reyes", Now)
            .Recount("x", new Dictionary<Guid, int>(), new Dictionary<Guid, long>(), Now, PayoutCalendar.Default));

        var posted = new Dictionary<Guid, long> { [returned] = 4_000, [gone] = 2_000, [same] = 6_000 };
        rule.Recount("Home Essentials PH", new Dictionary<Guid, int> { [returned] = 12, [gone] = 11, [same] = 13 }, posted, Now.AddDays(40).AddMinutes(10), PayoutCalendar.Default)
            .ShouldBeEmpty();
        rule.RecountDueAt.ShouldBe(Now.AddDays(40) + CampaignBonusRule.FollowUp, "a recount within the hour leaves the follow-up due");
        var corrections = rule.Recount("Home Essentials PH", new Dictionary<Guid, int> { [returned] = 11, [gained] = 12, [same] = 13 }, posted, Now.AddDays(45), PayoutCalendar.Default)
            .ToDictionary(c => c.Adjustment.CreatorId);

        corrections.Keys.ShouldBe(new[] { returned, gained, gone }, ignoreOrder: true);
        (corrections[returned].Adjustment.Amount, corrections[gained].Adjustment.Amount, corrections[gone].Adjustment.Amount).ShouldBe((-2_000L, 4_000L, -2_000L));
        corrections[returned].Adjustment.IdempotencyKey.ShouldBe($"bonus:{Campaign}:{returned}:r2");
        corrections[returned].Entry.SourceKey.ShouldBe($"bonus:{Campaign}:{returned}:r2");
        corrections[returned].Entry.Legs.Single(l => l.Account == LedgerAccount.CreatorConfirmed).Amount.ShouldBe(2_000, "a negative correction takes back from the creator's confirmed earnings");
        corrections[returned].Adjustment.Reason.ShouldContain("11 orders count now");
        corrections[gone].Adjustment.Reason.ShouldContain("is ₱0.00 instead of ₱20.00");
        (rule.RecountDueAt, rule.Recounts, rule.CreatorsPaid, rule.TotalPaid).ShouldBe(((DateTimeOffset?)null, 2, 3, 12_000L));

        rule.Recount("Home Essentials PH", new Dictionary<Guid, int> { [returned] = 11 }, new Dictionary<Guid, long> { [returned] = 2_000 }, Now.AddDays(46), PayoutCalendar.Default)
            .ShouldBeEmpty("nothing differs from what was posted");
        rule.Recounts.ShouldBe(3);
    }

    [Fact]
    public void A_campaign_bonus_settles_when_the_campaign_and_the_hold_after_it_have_passed() =>
        CampaignBonusRule.SettlesAt(Now, 14).ShouldBe(Now.AddDays(14));

    [Fact]
    public void Finance_cannot_post_an_adjustment_under_a_campaign_bonus_key()
    {
        var finance = new Actor(Guid.NewGuid(), Guid.NewGuid(), OrganizationKind.Agency, "Quang Nguyen", new HashSet<string> { Roles.Finance });
        Should.Throw<RuleViolationException>(() => CreatorAdjustment.Post(Market.Philippines, Guid.NewGuid(), 100, "A reason of enough words.", null, $"bonus:{Campaign}:x", finance, Now, PayoutCalendar.Default))
            .Field.ShouldBe("Idempotency-Key");
    }
}
