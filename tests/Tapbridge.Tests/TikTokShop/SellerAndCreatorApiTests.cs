using System.Net.Http.Json;
using System.Text.Json;
using Tapbridge.TikTokShop;
using Tapbridge.TikTokShop.Auth;
using Tapbridge.TikTokShop.Creator;
using Tapbridge.TikTokShop.Errors;
using Tapbridge.TikTokShop.Partner;
using Tapbridge.TikTokShop.Seller;

namespace Tapbridge.Tests.TikTokShop;

/// <summary>Seller (orders, returns, cancellations) and creator (profile, showcase) calls against the sandbox.</summary>
public sealed class SellerAndCreatorApiTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>, IDisposable
{
    private readonly TikTokShopClient client = sandbox.Client();

    [Fact]
    public async Task A_creator_reads_their_profile_adds_a_campaign_link_and_sees_it_in_the_showcase()
    {
        var partnerToken = await sandbox.AuthorizeAsync(client, TikTokUserType.Partner);
        var cipher = (await client.Authorization(new FixedAccessToken(partnerToken.AccessToken)).GetCategoryAssetsAsync(CancellationToken.None)).Single(a => a.TargetMarket == "VN").Cipher;
        var partner = client.Partner(new FixedAccessToken(partnerToken.AccessToken), cipher);
        var campaign = (await partner.CreateCampaignAsync(new CampaignFields
        {
            Name = "Showcase", Description = "d", CommissionRate = 1200,
            RegistrationStartTime = sandbox.Time.Now.AddHours(1), RegistrationEndTime = sandbox.Time.Now.AddDays(20),
            CampaignStartTime = sandbox.Time.Now.AddHours(1), CampaignEndTime = sandbox.Time.Now.AddDays(20),
            ContactInfo = new ContactInfo { Email = "tap@agency.test", Zalo = "+84900000000" },
        }, CancellationToken.None)).CampaignId;
        await partner.PublishCampaignAsync(campaign, CancellationToken.None);
        await sandbox.AdvanceAsync(TimeSpan.FromDays(2));
        var product = (await partner.ListCampaignProductsPageAsync(campaign, null, 10, null, CancellationToken.None)).Items.First();
        await partner.ReviewCampaignProductAsync(campaign, product.Id, ReviewResult.Approve, null, CancellationToken.None);
        var link = await partner.GeneratePromotionLinkAsync(campaign, product.Id, 800, CancellationToken.None);

        var creatorToken = await sandbox.AuthorizeAsync(client, TikTokUserType.Creator);
        var creator = client.Creator(new FixedAccessToken(creatorToken.AccessToken));
        var profile = await creator.GetProfileAsync(CancellationToken.None);
        var errors = await creator.AddShowcaseProductByLinkAsync(link.Link, CancellationToken.None);
        var showcase = await creator.ListShowcaseProductsAsync(ShowcaseOrigin.Showcase, CancellationToken.None).ToListAsync();

        creatorToken.UserType.ShouldBe(TikTokUserType.Creator);
        profile.CreatorUserOpenId.ShouldBe(creatorToken.OpenId);
        errors.ShouldBeEmpty();
        var added = showcase.ShouldHaveSingleItem();
        added.Id.ShouldBe(product.Id);
        added.Commission!.Rate.ShouldBe(800);
        added.Collaboration!.IsPartnerCampaign.ShouldBeTrue();
    }

    [Fact]
    public async Task A_seller_lists_its_shops_and_reads_orders_returns_and_cancellations_with_the_shop_cipher()
    {
        var token = await sandbox.AuthorizeAsync(client, TikTokUserType.Seller);
        var shops = await client.Authorization(new FixedAccessToken(token.AccessToken)).GetAuthorizedShopsAsync(CancellationToken.None);
        var shop = shops.First();
        var seller = client.Seller(new FixedAccessToken(token.AccessToken), shop.Cipher);

        var orders = await seller.SearchOrdersPageAsync(new OrderQuery { CreateTimeGe = sandbox.Time.Now.AddDays(-30) }, 20, null, CancellationToken.None);
        var returns = await seller.SearchReturnsPageAsync(new ReturnQuery(), 20, null, CancellationToken.None);
        var cancellations = await seller.SearchCancellationsPageAsync(new CancellationQuery(), 20, null, CancellationToken.None);

        token.UserType.ShouldBe(TikTokUserType.Seller);
        shop.Code.ShouldNotBeNullOrEmpty();
        // No creator promotes this shop yet: every list is empty and says so (orders with data: WebhookAndFulfilmentTests).
        (orders.Items.Count, orders.IsLast).ShouldBe((0, true));
        (returns.Items.Count, returns.IsLast).ShouldBe((0, true));
        (cancellations.Items.Count, cancellations.IsLast).ShouldBe((0, true));
        (await Should.ThrowAsync<TikTokShopException>(() => client.Seller(new FixedAccessToken(token.AccessToken), "not-a-cipher").SearchOrdersPageAsync(new OrderQuery(), 20, null, CancellationToken.None)))
            .Code.ShouldBe(TikTokShopErrorCodes.InvalidCipher);
    }

    [Fact]
    public async Task A_seller_token_cannot_call_partner_apis()
    {
        var token = await sandbox.AuthorizeAsync(client, TikTokUserType.Seller);

        var error = await Should.ThrowAsync<TikTokShopException>(() => client.Authorization(new FixedAccessToken(token.AccessToken)).GetCategoryAssetsAsync(CancellationToken.None));

        error.Code.ShouldBe(TikTokShopErrorCodes.MissingScope);
    }

    public void Dispose() => client.Dispose();
}

/// <summary>The sandbox accepts any correct implementation of TikTok's algorithm: here, TikTok's own published vector.</summary>
public sealed class PublishedVectorTests : IAsyncLifetime
{
    private TikTokShopSandbox.SandboxHost? host;

    public async ValueTask InitializeAsync() =>
        host = await TikTokShopSandbox.SandboxHost.StartAsync(new TikTokShopSandbox.SandboxOptions
        {
            AppKey = "29a39d",
            AppSecret = "e59af819cc",
            Start = DateTimeOffset.FromUnixTimeSeconds(1623812664 + 10),
            Port = 0,
        });

    [Theory]
    [InlineData("b596b73e0cc6de07ac26f036364178ab16b0a907af13d43f0a0cd2345f582dc8", 105001)]
    [InlineData("b596b73e0cc6de07ac26f036364178ab16b0a907af13d43f0a0cd2345f582dc9", 106001)]
    public async Task The_published_signature_passes_and_a_wrong_one_is_refused_with_106001(string sign, long expectedCode)
    {
        using var http = new HttpClient { BaseAddress = host!.BaseUrl };

        var envelope = await http.GetFromJsonAsync<JsonElement>($"/authorization/202309/shops?app_key=29a39d&timestamp=1623812664&sign={sign}");

        // With the right signature the next check fails: there is no access token (105001).
        envelope.GetProperty("code").GetInt64().ShouldBe(expectedCode);
        envelope.GetProperty("request_id").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task A_timestamp_outside_the_window_is_refused()
    {
        using var http = new HttpClient { BaseAddress = host!.BaseUrl };

        var envelope = await http.GetFromJsonAsync<JsonElement>("/authorization/202309/shops?app_key=29a39d&timestamp=1623812000&sign=b596b73e0cc6de07ac26f036364178ab16b0a907af13d43f0a0cd2345f582dc8");

        envelope.GetProperty("code").GetInt64().ShouldBe(36009004);
    }

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }
}
