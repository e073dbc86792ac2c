using System.Text;
using Tapbridge.TikTokShop.Signing;
using Tapbridge.TikTokShop.Webhooks;

namespace Tapbridge.Tests.TikTokShop;

public sealed class SigningTests
{
    private const string Secret = "e59af819cc";

    [Fact]
    public void TikToks_published_example_signs_to_b596b73e()
    {
        var sign = RequestSigner.Sign(Secret, "/authorization/202309/shops",
            [new("timestamp", "1623812664"), new("app_key", "29a39d")], []);

        sign.ShouldBe("b596b73e0cc6de07ac26f036364178ab16b0a907af13d43f0a0cd2345f582dc8");
    }

    [Fact]
    public void A_post_signs_its_exact_body_bytes_after_the_sorted_query()
    {
        // Computed independently (Python hmac) for the reference digest; not a TikTok vector.
        var body = Encoding.UTF8.GetBytes("""{"review_result":"APPROVE"}""");

        var sign = RequestSigner.Sign(Secret, "/affiliate_partner/202405/campaigns/7373988288167036678/products/1730064726487763199/review",
            [new("timestamp", "1623812664"), new("category_asset_cipher", "GCP_XF90igAAAABh00qsWgtvOiGFNqyubMt3"), new("app_key", "29a39d")], body);

        sign.ShouldBe("ff85517dd5c075a647f9465c8a83c58daeaac47615934ea3aff28dcf70797bbb");
    }

    [Fact]
    public void Sign_and_access_token_never_take_part_in_the_signature()
    {
        var plain = RequestSigner.Sign(Secret, "/x", [new("app_key", "k"), new("timestamp", "1")], []);

        RequestSigner.Sign(Secret, "/x", [new("app_key", "k"), new("timestamp", "1"), new("sign", "old"), new("access_token", "t")], []).ShouldBe(plain);
    }

    [Fact]
    public void One_changed_body_byte_changes_the_signature()
    {
        var a = RequestSigner.Sign(Secret, "/x", [new("app_key", "k")], "{\"a\":1}"u8);
        var b = RequestSigner.Sign(Secret, "/x", [new("app_key", "k")], "{\"a\": 1}"u8);

        a.ShouldNotBe(b);
    }

    private static readonly byte[] WebhookBody = Encoding.UTF8.GetBytes(
        """{"type":1,"tts_notification_id":"7327112393057371910","shop_id":"7494049642642441621","timestamp":1644412885,"data":{"order_id":"576462527148118412","order_status":"DELIVERED","is_on_hold_order":false,"update_time":1644412882}}""");

    [Fact]
    public void A_webhook_signed_with_the_app_key_and_secret_verifies()
    {
        // Computed independently (Python hmac) as HMAC-SHA256(secret, app_key + body).
        const string Expected = "afb265089b57986e02f189c1f8130b5dc93efb1a968d5eaa9da6efe1e4e4831d";

        WebhookSignature.Compute("29a39d", Secret, WebhookBody).ShouldBe(Expected);
        WebhookSignature.IsValid("29a39d", Secret, Expected, WebhookBody).ShouldBeTrue();
        WebhookSignature.IsValid("29a39d", Secret, Expected.ToUpperInvariant(), WebhookBody).ShouldBeTrue();
    }

    [Fact]
    public void A_tampered_webhook_body_a_wrong_key_or_no_header_is_refused()
    {
        var good = WebhookSignature.Compute("29a39d", Secret, WebhookBody);
        var tampered = (byte[])WebhookBody.Clone();
        tampered[^3] = (byte)'3';

        WebhookSignature.IsValid("29a39d", Secret, good, tampered).ShouldBeFalse();
        WebhookSignature.IsValid("other-key", Secret, good, WebhookBody).ShouldBeFalse();
        WebhookSignature.IsValid("29a39d", "other-secret", good, WebhookBody).ShouldBeFalse();
        WebhookSignature.IsValid("29a39d", Secret, null, WebhookBody).ShouldBeFalse();
    }

    [Fact]
    public void A_webhook_parses_into_its_typed_payload()
    {
        var webhook = WebhookEvent.Parse(WebhookBody);

        webhook.Type.ShouldBe(WebhookTypes.OrderStatusChange);
        webhook.TtsNotificationId.ShouldBe("7327112393057371910");
        webhook.Timestamp.ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1644412885));
        var change = webhook.As<OrderStatusChange>();
        (change.OrderId, change.OrderStatus, change.UpdateTime).ShouldBe(("576462527148118412", "DELIVERED", DateTimeOffset.FromUnixTimeSeconds(1644412882)));
    }
}
