using Tapbridge.Platform;
using Tapbridge.Platform.Mail;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Tests.Platform;

public sealed class MarketTests
{
    [Theory]
    [InlineData("VN", "VND", 0, "Zalo")]
    [InlineData("ID", "IDR", 0, "WhatsApp")]
    [InlineData("PH", "PHP", 2, "Viber")]
    [InlineData("TH", "THB", 2, "LINE")]
    [InlineData("MY", "MYR", 2, "WhatsApp")]
    [InlineData("SG", "SGD", 2, "WhatsApp")]
    public void Markets_carry_their_currency_minor_units_and_required_messenger(string code, string currency, int minorUnits, string messenger)
    {
        var market = Market.Get(code.ToLowerInvariant());

        (market.Currency, market.MinorUnits, market.RequiredMessenger).ShouldBe((currency, minorUnits, messenger));
    }

    [Fact]
    public void Local_time_follows_the_market_time_zone()
    {
        var instant = new DateTimeOffset(2026, 11, 25, 17, 30, 0, TimeSpan.Zero);

        Market.Vietnam.ToLocal(instant).ShouldBe(new DateTimeOffset(2026, 11, 26, 0, 30, 0, TimeSpan.FromHours(7)));
        Market.Philippines.ToLocal(instant).Offset.ShouldBe(TimeSpan.FromHours(8));
    }

    [Fact]
    public void An_unknown_market_is_named_in_the_error()
    {
        Should.Throw<RuleViolationException>(() => Market.Get("UK")).Message.ShouldContain("'UK'");
    }

    [Fact]
    public void Mail_text_is_split_into_plain_parts_and_links()
    {
        var parts = MailText.Split("Open https://x.test/a?b=1 now.\nThanks").ToList();

        parts.Select(p => (p.Text, p.IsLink)).ShouldBe([("Open ", false), ("https://x.test/a?b=1", true), (" now.\nThanks", false)]);
    }
}
