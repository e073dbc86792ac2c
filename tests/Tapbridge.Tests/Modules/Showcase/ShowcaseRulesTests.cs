using Microsoft.AspNetCore.Http;
using Tapbridge.Modules.Campaigns.Trends;
using Tapbridge.Modules.Showcase;
using Tapbridge.Modules.Showcase.Links;

namespace Tapbridge.Tests.Modules.Showcase;

public sealed class ShowcaseRulesTests
{
    private static readonly Guid Product = Guid.NewGuid();
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Theory]
    [InlineData("GET", "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Mobile/15E148 musical_ly_37.0", null, null, false)]
    [InlineData("HEAD", "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X)", null, null, true)]
    [InlineData("GET", "", null, null, true)]
    [InlineData("GET", "WhatsApp/2.24.1 A", null, null, true)]
    [InlineData("GET", "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)", null, null, true)]
    [InlineData("GET", "TelegramBot (like TwitterBot)", null, null, true)]
    [InlineData("GET", "Mozilla/5.0 (Linux; Android 14; SM-A556E) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36 Telegram-Android/11.2.3", null, null, false)]
    [InlineData("GET", "Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/130.0 Mobile Safari/537.36 [Pinterest/Android]", null, null, false)]
    [InlineData("GET", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 YaBrowser/24.6 YandexSearch/8.1", null, null, false)]
    [InlineData("GET", "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)", null, null, true)]
    [InlineData("GET", "Pinterestbot/1.0 (+http://www.pinterest.com/bot.html)", null, null, true)]
    [InlineData("GET", "curl/8.5.0", null, null, true)]
    [InlineData("GET", "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/131.0.0.0", null, null, true)]
    [InlineData("GET", "Mozilla/5.0 (Windows NT 10.0) Chrome/131.0", "Sec-Purpose", "prefetch", true)]
    [InlineData("GET", "Mozilla/5.0 (Windows NT 10.0) Chrome/131.0", "Purpose", "prefetch", true)]
    [InlineData("GET", "Mozilla/5.0 (Macintosh) Safari/605.1.15", "X-Purpose", "preview", true)]
    [InlineData("GET", "Mozilla/5.0 (Macintosh) Safari/605.1.15", "X-Moz", "prefetch", true)]
    public void Automated_requests_are_told_apart_from_people(string method, string agent, string? header, string? value, bool automated)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Headers.UserAgent = agent;
        if (header is not null)
        {
            context.Request.Headers[header] = value;
        }

        Visitor.IsAutomated(context.Request).ShouldBe(automated);
    }

    [Theory]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Mobile/15E148", DeviceClass.Mobile)]
    [InlineData("Mozilla/5.0 (Linux; Android 14; SM-S918B) Chrome/131.0 Mobile Safari/537.36", DeviceClass.Mobile)]
    [InlineData("Mozilla/5.0 (Linux; Android 13; SM-X700) Chrome/131.0 Safari/537.36", DeviceClass.Tablet)]
    [InlineData("Mozilla/5.0 (iPad; CPU OS 18_0 like Mac OS X)", DeviceClass.Tablet)]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0", DeviceClass.Desktop)]
    public void Devices_are_classed_from_the_user_agent(string agent, DeviceClass device)
    {
        Visitor.DeviceOf(agent).ShouldBe(device);
    }

    [Theory]
    [InlineData("https://www.TikTok.com/@someone?x=1", "www.tiktok.com")]
    [InlineData("android-app://com.zhiliaoapp.musically/", null)]
    [InlineData("not a url", null)]
    [InlineData("", null)]
    public void Only_the_referrers_host_is_kept(string referrer, string? host)
    {
        Visitor.ReferrerHost(referrer).ShouldBe(host);
    }

    [Fact]
    public void Short_codes_are_twelve_random_letters_and_digits()
    {
        var codes = Enumerable.Range(0, 2_000).Select(_ => ShortCode.New()).ToList();
        codes.ShouldAllBe(c => ShortCode.IsWellFormed(c));
        codes.Distinct().Count().ShouldBe(codes.Count);
        ShortCode.IsWellFormed("abc").ShouldBeFalse();
        ShortCode.IsWellFormed("AAAAAAAAAA/A").ShouldBeFalse();
    }

    [Fact]
    public void TikToks_verification_is_never_downgraded_by_the_creators_word()
    {
        var item = ShowcaseItem.Add(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "PH", "1729", 1200, "https://affiliate.tiktok.com/api/v1/share/x", ShortCode.New(), DateTimeOffset.UtcNow);
        item.StateAt(campaignLive: true, productLive: true).ShouldBe(ShowcaseState.Added);
        item.Verify(ShowcaseVerification.TikTok, DateTimeOffset.UtcNow);
        item.Verify(ShowcaseVerification.CreatorConfirmed, DateTimeOffset.UtcNow);
        item.Verification.ShouldBe(ShowcaseVerification.TikTok);
        item.StateAt(true, true).ShouldBe(ShowcaseState.Verified);
        item.StateAt(true, productLive: false).ShouldBe(ShowcaseState.ProductClosed);
        item.StateAt(campaignLive: false, false).ShouldBe(ShowcaseState.CampaignEnded);
    }

    [Fact]
    public void Weekly_sales_are_the_rises_of_the_running_totals_over_complete_days_and_drops_add_nothing()
    {
        SalesTrend.Weeks([Day(-15, 0), Day(-10, 4), Day(-3, 9), Day(-1, 20), Day(0, 25)], Today).ShouldBe((16, 4), "today's partial day waits for tomorrow");
        SalesTrend.Weeks([Day(-3, 5), Day(-1, 8)], Today).ShouldBe((3, 0), "the first reading's units sold at an unknown time");
        SalesTrend.Weeks([Day(-11, 50), Day(-9, 60), Day(-2, 2), Day(-1, 6)], Today).ShouldBe((4, 10), "a total that drops starts again from the lower reading");
        SalesTrend.Weeks([Day(-21, 0), Day(-16, 30), Day(-8, 31)], Today).ShouldBe((0, 1), "readings older than two weeks only set the base");
        SalesTrend.Weeks([], Today).ShouldBe((0, 0));
    }

    [Theory]
    [InlineData(10, 2, 366)]
    [InlineData(20, 10, 190)]
    [InlineData(3, 0, 400)]
    [InlineData(2, 0, 0)]
    [InlineData(10, 10, 0)]
    [InlineData(5, 9, 0)]
    public void A_product_trends_with_three_units_a_week_and_growth(int lastWeek, int weekBefore, int score)
    {
        SalesTrend.Score(lastWeek, weekBefore).ShouldBe(score);
    }

    private static SalesDay Day(int offset, int units) => SalesDay.Record(Product, Today.AddDays(offset), units);
}
