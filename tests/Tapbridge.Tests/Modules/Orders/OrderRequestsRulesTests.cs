using Tapbridge.Modules.Orders;

namespace Tapbridge.Tests.Modules.Orders;

public sealed class OrderRequestsRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_order_is_held_while_any_request_is_open()
    {
        var requests = OrderRequests.For("5790001");
        requests.Record(new OrderRequest("return:1", "Return requested by the buyer", true, Now), Now).ShouldBeTrue();
        requests.Record(new OrderRequest("cancel:2", "Cancellation requested by the seller", true, Now.AddMinutes(1)), Now).ShouldBeTrue();
        requests.Hold.ShouldBe("Return requested by the buyer; Cancellation requested by the seller");

        requests.Record(new OrderRequest("cancel:2", "Cancellation requested by the seller", false, Now.AddMinutes(2)), Now).ShouldBeTrue();
        requests.Hold.ShouldBe("Return requested by the buyer");
        requests.Record(new OrderRequest("return:1", "Return requested by the buyer", false, Now.AddMinutes(3)), Now).ShouldBeTrue();
        requests.Hold.ShouldBeNull();
        requests.Requests.Count.ShouldBe(2);
    }

    [Fact]
    public void An_event_older_than_the_known_state_or_a_repeat_changes_nothing()
    {
        var requests = OrderRequests.For("5790002");
        requests.Record(new OrderRequest("return:1", "Return requested by the buyer", false, Now), Now).ShouldBeTrue();
        var version = requests.Version;

        requests.Record(new OrderRequest("return:1", "Return requested by the buyer", true, Now.AddSeconds(-30)), Now).ShouldBeFalse();
        requests.Record(new OrderRequest("return:1", "Return requested by the buyer", false, Now), Now).ShouldBeFalse();
        requests.Hold.ShouldBeNull();
        requests.Version.ShouldBe(version);
    }

    [Fact]
    public void Within_the_same_second_an_ending_outranks_an_opening()
    {
        var opened = OrderRequests.For("5790003");
        opened.Record(new OrderRequest("return:1", "Return requested by the buyer", true, Now), Now).ShouldBeTrue();
        opened.Record(new OrderRequest("return:1", "Return requested by the buyer", false, Now), Now).ShouldBeTrue();
        opened.Hold.ShouldBeNull();

        var ended = OrderRequests.For("5790004");
        ended.Record(new OrderRequest("return:1", "Return requested by the buyer", false, Now), Now).ShouldBeTrue();
        ended.Record(new OrderRequest("return:1", "Return requested by the buyer", true, Now), Now).ShouldBeFalse();
        ended.Hold.ShouldBeNull();
    }

    [Fact]
    public void A_long_hold_is_cut_to_what_the_line_stores()
    {
        var requests = OrderRequests.For("5790005");
        for (var i = 0; i < 20; i++)
        {
            requests.Record(new OrderRequest($"return:{i}", $"Return {i} requested by the buyer", true, Now.AddSeconds(i)), Now);
        }

        requests.Hold!.Length.ShouldBe(OrderRequests.MaxHoldLength);
        requests.Hold.ShouldEndWith("…");
    }
}
