using System.Text.Json;
using Tapbridge.TikTokShop.Auth;
using Tapbridge.TikTokShop.Json;
using Tapbridge.TikTokShop.Partner;
using Tapbridge.TikTokShop.Transport;

namespace Tapbridge.Tests.TikTokShop;

/// <summary>The client's types read TikTok's documented shapes (field names, string numbers, ms vs s, money strings).</summary>
public sealed class ContractJsonTests
{
    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, TikTokJson.Options)!;

    [Fact]
    public void A_tap_order_line_keeps_every_amount_exactly_and_reads_skus_as_object_or_array()
    {
        const string Sku = """{"id":"1729793769377925388","campaign_id":"7324371012170024705","creator_username":"liuyi_id_creator1jigo","product_name":"Black Hoodie","product_id":"1729435310697057093","price":{"amount":"99.10","currency":"PHP"},"quantity":2,"content_type":"PRE_LIVE","content_id":"7494337156519332665","creator_commission_rate":3000,"tap_commission_rate":4000,"estimated_commission_base":{"amount":"198.20","currency":"PHP"},"estimated_tap_commission":{"amount":"79.28","currency":"PHP"},"estimated_creator_commission":{"amount":"23.78","currency":"PHP"},"actual_commission_base":{"amount":"99.10","currency":"PHP"},"returned_quantity":1,"refunded_quantity":0}""";
        var asObject = Read<Envelope<AffiliateOrderList>>($$$"""{"code":0,"message":"Success","request_id":"r1","data":{"orders":[{"id":"576962796354307765","create_time":1685548800,"delivery_time":0,"status":"PROCESSING","skus":{{{Sku}}}}],"next_page_token":"","total_count":1}}""");
        var asArray = Read<AffiliateOrder>($$"""{"id":"1","status":"COMPLETED","skus":[{{Sku}},{{Sku}}]}""");

        var order = asObject.Data!.Orders!.Single();
        order.DeliveryTime.ShouldBeNull();
        order.CreateTime.ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1685548800));
        var line = order.Skus.ShouldHaveSingleItem();
        line.EstimatedTapCommission.ShouldBe(new Money(79.28m, "PHP"));
        line.ActualCommissionBase!.Amount.ShouldBe(99.10m);
        line.ContentType.ShouldBe(ContentType.PreLive);
        (line.TapCommissionRate, line.CreatorCommissionRate, line.ReturnedQuantity).ShouldBe((4000, 3000, 1));
        asArray.Skus.Count.ShouldBe(2);
        asArray.Status.ShouldBe(AffiliateOrderStatus.Completed);
    }

    [Theory]
    [InlineData("12.21", 12.21)]
    [InlineData("9900", 9900)]
    [InlineData("Rp9.900", 9900)]
    [InlineData("₱1,234.50", 1234.50)]
    [InlineData("", 0)]
    public void Amounts_are_read_as_exact_decimals(string text, double expected)
    {
        Amounts.Parse(text).ShouldBe((decimal)expected);
    }

    [Fact]
    public void Performance_fields_documented_in_milliseconds_are_read_as_milliseconds()
    {
        var creator = Read<PromotionCreator>("""{"creator":{"nick_name":"E","user_name":"us_lxq6213","follower_num":19,"creator_open_id":"uACaf"},"affiliate_product_id":"123456789","commission":"100","effective_start_time":"1731019880391","effective_end_time":"1731020040687","paid_amount":{"amount":"3.00","currency":"USD"},"video_count":1,"room_count":1,"free_sample_status":"AWAITING_COLLECTION"}""");
        var statistics = Read<CampaignProductStatistics>("""{"data_update_time":"1736204400000","creator_sales_num":1,"campaign_product_detail":{"product_id":"12344","product_status":"PRODUCT_APPROVED","product_stock_count":"100","total_commission_percent":"6000","creator_commission_percent":"1000","partner_commission_percent":"5000","plan_commission_percent":"1400","indicator_data":{"paid_order_num":"3","actual_order_num":"0","actual_amount":"0"}}}""");

        creator.EffectiveStartTime.ShouldBe(DateTimeOffset.FromUnixTimeMilliseconds(1731019880391));
        creator.Commission.ShouldBe(100);
        creator.FreeSampleStatus.ShouldBe(FreeSampleStatus.AwaitingCollection);
        statistics.DataUpdateTime.ShouldBe(DateTimeOffset.FromUnixTimeMilliseconds(1736204400000));
        statistics.CampaignProductDetail!.TotalCommissionPercent.ShouldBe(6000);
        statistics.CampaignProductDetail.IndicatorData!.PaidOrderNum.ShouldBe(3);
    }

    [Fact]
    public void Token_expiries_are_absolute_instants_and_user_type_is_numeric()
    {
        var token = Read<TikTokShopToken>("""{"access_token":"TTP_abc","access_token_expire_in":1660556783,"refresh_token":"TTP_def","refresh_token_expire_in":1691487031,"open_id":"7010736057180325637","seller_name":"Agency","seller_base_region":"VN","user_type":3,"granted_scopes":["seller.affiliate_collaboration.read"]}""");

        token.AccessTokenExpiresAt.ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1660556783));
        token.UserType.ShouldBe(TikTokUserType.Partner);
        token.GrantedScopes.ShouldBe(["seller.affiliate_collaboration.read"]);
    }

    [Fact]
    public void Requests_are_written_with_tiktoks_field_names_and_enum_spellings()
    {
        var json = JsonSerializer.Serialize(new CampaignFields
        {
            Name = "Tết 2027",
            CampaignStartTime = DateTimeOffset.FromUnixTimeSeconds(1712941200),
            CommissionRate = 1000,
            ContactInfo = new ContactInfo { Email = "a@b.test", Zalo = "+84900000000" },
            TargetSellerTypes = [SellerType.CrossBorder],
        }, TikTokJson.Options);

        json.ShouldBe("""{"name":"T\u1EBFt 2027","campaign_start_time":1712941200,"commission_rate":1000,"contact_info":{"email":"a@b.test","zalo":"\u002B84900000000"},"target_seller_types":["CROSS_BORDER"]}""");
    }
}
