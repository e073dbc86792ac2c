using Tapbridge.Modules.Orders;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Tests.Modules.Orders;

public sealed class OrderLineRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Tapbridge_computes_the_documented_formulas_and_agrees_with_TikToks_figures()
    {
        var line = Line(TikTokLineStatus.Processing);
        var expected = ExpectedAmounts.Of(line);
        expected.ShouldBe(new ExpectedAmounts(258_000, 51_600, 15_480));
        expected.Difference(line, Market.Vietnam).ShouldBeNull();
    }

    [Fact]
    public void A_coupon_TikTok_took_off_the_base_is_flagged_with_both_values()
    {
        var line = Line(TikTokLineStatus.Completed) with { Actual = new ReportedAmounts(240_000, 48_000, 14_400, 0, 0) };
        ExpectedAmounts.Of(line).Difference(line, Market.Vietnam)!.ShouldContain("₫240,000");
        ExpectedAmounts.Of(line).Difference(line, Market.Vietnam)!.ShouldContain("₫258,000");
    }

    [Fact]
    public void A_creator_commission_on_the_sale_rather_than_on_the_TAP_commission_is_named_as_such()
    {
        var line = Line(TikTokLineStatus.Processing) with { Estimated = new ReportedAmounts(258_000, 51_600, 77_400, 0, 0) };
        ExpectedAmounts.Of(line).Difference(line, Market.Vietnam)!.ShouldContain("applied the creator rate 30 % to the sale");
    }

    [Fact]
    public void Older_facts_are_stale_and_the_same_facts_change_nothing()
    {
        var line = OrderLine.Start(Line(TikTokLineStatus.Completed) with { DeliveredAt = Now.AddDays(-10), ReturnedQuantity = 1, Actual = new(129_000, 25_800, 7_740, 0, 0) }, LineSource.Api, Now);
        line.Apply(Line(TikTokLineStatus.Processing) with { DeliveredAt = Now.AddDays(-10) }, LineSource.Csv, Now).ShouldBeNull();
        line.Apply(Line(TikTokLineStatus.Completed) with { DeliveredAt = Now.AddDays(-10), Actual = new(258_000, 51_600, 15_480, 0, 0) }, LineSource.Csv, Now).ShouldBeNull();
        line.Apply(Line(TikTokLineStatus.Completed) with { DeliveredAt = null, ReturnedQuantity = 1 }, LineSource.Csv, Now).ShouldBeNull();
        line.Apply(line.ToSnapshot(), LineSource.Webhook, Now).ShouldBeNull();
        line.Version.ShouldBe(1);
        line.Apply(line.ToSnapshot() with { Status = TikTokLineStatus.Deducted }, LineSource.Api, Now)!.ShouldContain("status Completed → Deducted");
        line.Facts().VoidReason.ShouldBe("Commission deducted by TikTok");
    }

    [Fact]
    public void An_export_row_moves_a_line_the_API_reported_only_when_it_says_something_newer()
    {
        var api = Line(TikTokLineStatus.Processing) with { DeliveredAt = Now.AddDays(-15), PartnerRewardRate = 500, Estimated = new ReportedAmounts(258_000, 51_600, 15_480, 12_900, 0) };
        var line = OrderLine.Start(api, LineSource.Api, Now);
        var csv = api with { PartnerRewardRate = 0, Estimated = new ReportedAmounts(258_000, 51_600, 15_480, 0, 0) };
        line.Apply(csv, LineSource.Csv, Now).ShouldBeNull("the export has no rewards: the API's figures stand");
        line.Current.PartnerReward.ShouldBe(12_900);
        line.Apply(csv with { Status = TikTokLineStatus.Completed, Actual = new ReportedAmounts(258_000, 51_600, 15_480, 0, 0) }, LineSource.Csv, Now).ShouldNotBeNull();
        line.Status.ShouldBe(TikTokLineStatus.Completed);
    }

    [Fact]
    public void A_refund_reported_as_a_return_by_the_export_does_not_make_the_APIs_split_stale()
    {
        var line = OrderLine.Start(Line(TikTokLineStatus.Processing) with { DeliveredAt = Now.AddDays(-5), ReturnedQuantity = 1 }, LineSource.Csv, Now);
        line.Apply(Line(TikTokLineStatus.Completed) with { DeliveredAt = Now.AddDays(-5), RefundedQuantity = 1, Actual = new(129_000, 25_800, 7_740, 0, 0) }, LineSource.Api, Now)
            .ShouldNotBeNull();
        (line.ReturnedQuantity, line.RefundedQuantity, line.Status).ShouldBe((0, 1, TikTokLineStatus.Completed));
    }

    [Fact]
    public void Impossible_quantities_are_refused_with_the_order_named()
    {
        Should.Throw<Tapbridge.Platform.RuleViolationException>(() => OrderLine.Start(Line(TikTokLineStatus.Processing) with { ReturnedQuantity = 3 }, LineSource.Csv, Now))
            .Message.ShouldContain("Order 577000000000000001");
    }

    [Fact]
    public void What_TikTok_pays_each_party_comes_from_its_own_amounts()
    {
        var amounts = new ReportedAmounts(100_00, 30_00, 15_00, 2_00, 50);
        amounts.PartnerCommission.ShouldBe(30_00 - 15_00 + 2_00 - 50);
        amounts.CreatorCommission.ShouldBe(15_50);
    }

    private static OrderLineSnapshot Line(TikTokLineStatus status) => new()
    {
        MarketCode = "VN", Currency = "VND", OrderId = "577000000000000001", SkuId = "1729000000000000002", ProductId = "1729000000000000003", ProductName = "Serum",
        CreatorUsername = "linh.beauty", Price = 129_000, Quantity = 2, TapRate = 2000, CreatorRate = 3000, Status = status, OrderedAt = Now.AddDays(-20),
        Estimated = new ReportedAmounts(258_000, 51_600, 15_480, 0, 0),
        Actual = status == TikTokLineStatus.Completed ? new ReportedAmounts(258_000, 51_600, 15_480, 0, 0) : ReportedAmounts.Zero,
    };
}
