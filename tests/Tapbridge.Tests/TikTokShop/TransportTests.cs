using Tapbridge.TikTokShop;
using Tapbridge.TikTokShop.Auth;
using Tapbridge.TikTokShop.Errors;
using Tapbridge.TikTokShop.Partner;

namespace Tapbridge.Tests.TikTokShop;

/// <summary>Retries, timeouts and error mapping of the client, against a scripted loopback peer.</summary>
public sealed class TransportTests
{
    private static TikTokShopClient Client(ScriptedServer server, TimeSpan? timeout = null) =>
        new(new HttpClient(), new TikTokShopOptions
        {
            AppKey = "k",
            AppSecret = "s",
            OpenApiBaseUrl = server.BaseUrl,
            AuthBaseUrl = server.BaseUrl,
            RetryBaseDelay = TimeSpan.FromMilliseconds(10),
            Timeout = timeout ?? TimeSpan.FromSeconds(5),
        }, TimeProvider.System);

    private static PartnerClient Partner(TikTokShopClient client) => client.Partner(new FixedAccessToken("TTP_token"), "cipher");

    [Fact]
    public async Task A_read_is_retried_after_429_and_a_5xx_and_then_succeeds()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(429, ScriptedServer.Error(36009002, "Too many requests"))
            .Then(503, "<html>busy</html>")
            .Then(200, ScriptedServer.Ok("""{"id":"7356876895365105455","name":"Tết","status":"ONGOING","commission_rate":1000}"""));
        using var client = Client(server);

        var campaign = await Partner(client).GetCampaignAsync("7356876895365105455", CancellationToken.None);

        campaign.Status.ShouldBe(CampaignStatus.Ongoing);
        server.Received.Count.ShouldBe(3);
        server.Received.ShouldAllBe(r => r.Token == "TTP_token");
    }

    [Fact]
    public async Task A_write_that_is_not_idempotent_is_not_retried()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(503, ScriptedServer.Error(36009003, "Internal error")).Then(200, ScriptedServer.Ok("""{"campaign_id":"1"}"""));
        using var client = Client(server);

        var error = await Should.ThrowAsync<TikTokShopException>(() => Partner(client).CreateCampaignAsync(new CampaignFields { Name = "x" }, CancellationToken.None));

        error.Code.ShouldBe(TikTokShopErrorCodes.InternalError);
        error.RequestId.ShouldBe("req-36009003");
        server.Received.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_slow_answer_times_out_and_the_read_is_retried()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(200, ScriptedServer.Ok("{}"), TimeSpan.FromSeconds(3)).Then(200, ScriptedServer.Ok("""{"id":"1","status":"READY"}"""));
        using var client = Client(server, timeout: TimeSpan.FromMilliseconds(300));

        var campaign = await Partner(client).GetCampaignAsync("1", CancellationToken.None);

        campaign.Status.ShouldBe(CampaignStatus.Ready);
        server.Received.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Retries_stop_after_the_limit_and_the_caller_sees_the_throttling()
    {
        await using var server = await ScriptedServer.StartAsync();
        for (var i = 0; i < 4; i++)
        {
            server.Then(429, ScriptedServer.Error(36009002, "Too many requests"));
        }

        using var client = Client(server);

        await Should.ThrowAsync<ThrottledException>(() => Partner(client).GetCampaignAsync("1", CancellationToken.None));
        server.Received.Count.ShouldBe(4);
    }

    [Theory]
    [InlineData(105001, typeof(AuthorizationRevokedException))]
    [InlineData(105002, typeof(AccessTokenExpiredException))]
    [InlineData(105005, typeof(MissingScopeException))]
    [InlineData(106001, typeof(InvalidSignatureException))]
    [InlineData(16032005, typeof(TikTokShopException))]
    public async Task Each_code_becomes_its_exception_with_code_message_and_request_id(long code, Type expected)
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(200, ScriptedServer.Error(code, "refused"));
        using var client = Client(server);

        var error = await Should.ThrowAsync<TikTokShopException>(() => Partner(client).GetCampaignAsync("1", CancellationToken.None));

        error.GetType().ShouldBe(expected);
        (error.Code, error.TikTokMessage, error.RequestId).ShouldBe((code, "refused", $"req-{code}"));
        server.Received.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Every_call_carries_app_key_a_ten_digit_timestamp_the_cipher_and_a_signature()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(200, ScriptedServer.Ok("""{"campaigns":[],"next_page_token":"","total_count":0}"""));
        using var client = Client(server);

        await foreach (var _ in Partner(client).ListCampaignsAsync(CampaignStatus.Ongoing, CancellationToken.None))
        {
        }

        var (method, pathAndQuery, _) = server.Received.Single();
        method.ShouldBe("GET");
        pathAndQuery.ShouldStartWith("/affiliate_partner/202405/campaigns?");
        pathAndQuery.ShouldMatch(@"[?&]timestamp=\d{10}(&|$)");
        pathAndQuery.ShouldContain("app_key=k");
        pathAndQuery.ShouldContain("category_asset_cipher=cipher");
        pathAndQuery.ShouldContain("status=ONGOING");
        pathAndQuery.ShouldMatch("[?&]sign=[0-9a-f]{64}(&|$)");
        pathAndQuery.ShouldNotContain("access_token");
    }
}
