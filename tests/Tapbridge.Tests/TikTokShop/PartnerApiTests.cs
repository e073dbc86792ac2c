using System.Net.Http.Json;
using System.Text.Json;
using Tapbridge.TikTokShop;
using Tapbridge.TikTokShop.Auth;
using Tapbridge.TikTokShop.Errors;
using Tapbridge.TikTokShop.Partner;

namespace Tapbridge.Tests.TikTokShop;

/// <summary>Every partner call of the client against the sandbox, over real HTTP with real signing and tokens.</summary>
public sealed class PartnerApiTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>, IDisposable
{
    private readonly TikTokShopClient client = sandbox.Client();

    /// <summary>A partner client whose token refreshes itself: tests move the sandbox clock by weeks.</summary>
    private async Task<(PartnerClient Partner, TikTokShopToken Token)> PartnerAsync(string market = "PH")
    {
        var token = await sandbox.AuthorizeAsync(client, TikTokUserType.Partner);
        var assets = await client.Authorization(new FixedAccessToken(token.AccessToken)).GetCategoryAssetsAsync(CancellationToken.None);
        var source = new RefreshingAccessTokenSource(token, client.Auth, sandbox.Time, (_, _) => Task.CompletedTask);
        return (client.Partner(source, assets.Single(a => a.TargetMarket == market).Cipher), token);
    }

    private CampaignFields Campaign(string name, int days = 30) => new()
    {
        Name = name,
        Description = "Year-end beauty push",
        RegistrationStartTime = sandbox.Time.Now.AddHours(1),
        RegistrationEndTime = sandbox.Time.Now.AddDays(days),
        CampaignStartTime = sandbox.Time.Now.AddHours(1),
        CampaignEndTime = sandbox.Time.Now.AddDays(days),
        CommissionRate = 1500,
        ContactInfo = new ContactInfo { Email = "tap@agency.test", Viber = "+639170000000" },
    };

    [Fact]
    public async Task A_partner_token_is_absolute_expiry_and_lists_a_category_asset_per_market()
    {
        var token = await sandbox.AuthorizeAsync(client, TikTokUserType.Partner);

        token.UserType.ShouldBe(TikTokUserType.Partner);
        token.AccessToken.ShouldStartWith("TTP_");
        token.AccessTokenExpiresAt.ShouldNotBeNull().ShouldBe(sandbox.Time.Now.AddDays(7), TimeSpan.FromMinutes(1));
        var assets = await client.Authorization(new FixedAccessToken(token.AccessToken)).GetCategoryAssetsAsync(CancellationToken.None);
        assets.Select(a => a.TargetMarket).ShouldBe(["VN", "PH", "TH", "ID", "MY", "SG", "US"], ignoreOrder: true);
        assets.ShouldAllBe(a => a.Cipher.Length > 0);
    }

    [Fact]
    public async Task An_authorization_code_works_once()
    {
        var code = await sandbox.CodeAsync(TikTokUserType.Partner);
        await client.Auth.ExchangeCodeAsync(code, CancellationToken.None);

        var again = await Should.ThrowAsync<TikTokShopException>(() => client.Auth.ExchangeCodeAsync(code, CancellationToken.None));

        again.Code.ShouldBe(TikTokShopErrorCodes.InvalidParameter);
    }

    [Fact]
    public async Task Campaigns_are_created_read_edited_published_and_listed_page_by_page()
    {
        var (partner, _) = await PartnerAsync();
        var ids = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            ids.Add((await partner.CreateCampaignAsync(Campaign($"Paging {i}"), CancellationToken.None)).CampaignId);
        }

        await partner.EditCampaignAsync(ids[0], new CampaignFields { Name = "Renamed", CommissionRate = 2000 }, CancellationToken.None);
        await partner.PublishCampaignAsync(ids[0], CancellationToken.None);
        var detail = await partner.GetCampaignAsync(ids[0], CancellationToken.None);
        var firstPage = await partner.ListCampaignsPageAsync(null, 5, null, CancellationToken.None);
        var all = await partner.ListCampaignsAsync(null, CancellationToken.None, pageSize: 5).ToListAsync();

        (detail.Name, detail.CommissionRate, detail.Status, detail.Region).ShouldBe(("Renamed", 2000, CampaignStatus.Upcoming, "PH"));
        detail.ContactInfo!.Viber.ShouldBe("+639170000000");
        firstPage.Items.Count.ShouldBe(5);
        firstPage.IsLast.ShouldBeFalse();
        all.Select(c => c.Id).ShouldBe(all.Select(c => c.Id).Distinct());
        ids.ShouldBeSubsetOf(all.Select(c => c.Id));
    }

    [Fact]
    public async Task Campaign_rules_are_enforced_with_tiktoks_codes()
    {
        var (partner, _) = await PartnerAsync();

        (await Should.ThrowAsync<TikTokShopException>(() => partner.CreateCampaignAsync(Campaign("Too long", days: 400), CancellationToken.None))).Code.ShouldBe(16032002);
        (await Should.ThrowAsync<TikTokShopException>(() => partner.CreateCampaignAsync(Campaign("Rate") with { CommissionRate = 9000 }, CancellationToken.None))).Code.ShouldBe(TikTokShopErrorCodes.InvalidParameter);
        (await Should.ThrowAsync<TikTokShopException>(() => partner.CreateCampaignAsync(Campaign("No viber") with { ContactInfo = new ContactInfo { Email = "a@b.test" } }, CancellationToken.None))).Code.ShouldBe(TikTokShopErrorCodes.InvalidParameter);
        (await Should.ThrowAsync<TikTokShopException>(() => partner.GetCampaignAsync("1234567890123456789", CancellationToken.None))).Code.ShouldBe(TikTokShopErrorCodes.CampaignNotFound);
        var id = (await partner.CreateCampaignAsync(Campaign("Twice"), CancellationToken.None)).CampaignId;
        await partner.PublishCampaignAsync(id, CancellationToken.None);
        (await Should.ThrowAsync<TikTokShopException>(() => partner.PublishCampaignAsync(id, CancellationToken.None))).Code.ShouldBe(TikTokShopErrorCodes.OperationDenied);
    }

    [Fact]
    public async Task Sellers_register_products_that_the_agency_reviews_and_links_and_orders_follow()
    {
        var (partner, _) = await PartnerAsync();
        var id = (await partner.CreateCampaignAsync(Campaign("Orders flow", days: 60), CancellationToken.None)).CampaignId;
        await partner.PublishCampaignAsync(id, CancellationToken.None);
        await sandbox.AdvanceAsync(TimeSpan.FromDays(2));

        var products = await partner.ListCampaignProductsAsync(id, null, CancellationToken.None, pageSize: 2).ToListAsync();
        products.Count.ShouldBeGreaterThan(1);
        products.ShouldAllBe(p => p.ReviewStatus == ReviewStatus.Pending && p.TotalCommissionRate >= 1500 && p.TotalCommissionRate == p.PartnerCommissionRate + p.CreatorCommissionRate);
        var (approved, rejected) = (products[0], products[1]);
        await partner.ReviewCampaignProductAsync(id, approved.Id, ReviewResult.Approve, null, CancellationToken.None);
        await partner.ReviewCampaignProductAsync(id, rejected.Id, ReviewResult.RejectForever, [RejectReason.CommissionTooLow], CancellationToken.None);
        var onlyApproved = await partner.ListCampaignProductsAsync(id, new CampaignProductFilter { ReviewStatus = ReviewStatus.Approved }, CancellationToken.None).ToListAsync();
        onlyApproved.Select(p => p.Id).ShouldBe([approved.Id]);

        var link = await partner.GeneratePromotionLinkAsync(id, approved.Id, approved.TotalCommissionRate / 2, CancellationToken.None);
        link.Link.ShouldStartWith("https://affiliate.tiktok.com/api/v1/share/");
        (await Should.ThrowAsync<TikTokShopException>(() => partner.GeneratePromotionLinkAsync(id, approved.Id, approved.TotalCommissionRate + 1, CancellationToken.None))).Code.ShouldBe(TikTokShopErrorCodes.InvalidParameter);
        var batch = await partner.GeneratePromotionLinksAsync(id, [approved.Id, rejected.Id], CancellationToken.None);
        batch.ProductPromotionLinks.Select(l => l.ProductId).ShouldBe([approved.Id]);
        batch.FailedProductIds.ShouldBe([rejected.Id]);

        var creators = await sandbox.Admin.GetFromJsonAsync<JsonElement>("/sandbox/creators");
        var creator = creators.EnumerateArray().First(c => c.GetProperty("market").GetString() == "PH");
        (await sandbox.Admin.PostAsJsonAsync("/sandbox/showcase", new { creator_open_id = creator.GetProperty("creator_open_id").GetString(), product_link = link.Link })).EnsureSuccessStatusCode();
        await sandbox.AdvanceAsync(TimeSpan.FromDays(30));

        var orders = await partner.SearchAffiliateOrdersAsync(new AffiliateOrderQuery { CampaignId = id, CreateTimeGe = sandbox.Time.Now.AddDays(-40) }, CancellationToken.None, pageSize: 5).ToListAsync();
        orders.ShouldNotBeEmpty();
        orders.Select(o => o.Id).ShouldBe(orders.Select(o => o.Id).Distinct());
        var lines = orders.SelectMany(o => o.Skus).ToList();
        lines.ShouldAllBe(l => l.CampaignId == id && l.ProductId == approved.Id && l.CreatorUsername == creator.GetProperty("username").GetString());
        lines.ShouldAllBe(l => l.EstimatedCommissionBase!.Amount == l.Price!.Amount * l.Quantity);
        lines.ShouldAllBe(l => l.EstimatedCommissionBase!.Currency == "PHP");
        orders.ShouldContain(o => o.Status == AffiliateOrderStatus.Completed && o.DeliveryTime != null);
    }

    [Fact]
    public async Task Performance_calls_answer_for_a_campaign()
    {
        var (partner, _) = await PartnerAsync();
        var id = (await partner.CreateCampaignAsync(Campaign("Performance"), CancellationToken.None)).CampaignId;
        await partner.PublishCampaignAsync(id, CancellationToken.None);
        await sandbox.AdvanceAsync(TimeSpan.FromDays(1));
        var product = (await partner.ListCampaignProductsPageAsync(id, null, 10, null, CancellationToken.None)).Items.First();

        var statistics = await partner.GetCampaignProductPerformancePageAsync(id, 10, null, CancellationToken.None);
        var creators = await partner.GetProductCreatorPerformancePageAsync(id, product.Id, 10, null, CancellationToken.None);

        statistics.Items.ShouldContain(s => s.CampaignProductDetail!.ProductId == product.Id);
        creators.Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_revoked_authorization_an_expired_token_and_a_missing_scope_are_distinct_errors()
    {
        var (_, token) = await PartnerAsync();
        var assets = await client.Authorization(new FixedAccessToken(token.AccessToken)).GetCategoryAssetsAsync(CancellationToken.None);

        var narrow = await sandbox.AuthorizeAsync(client, TikTokUserType.Partner, new { scopes = new[] { "partner.authorized_information" } });
        var narrowCipher = (await client.Authorization(new FixedAccessToken(narrow.AccessToken)).GetCategoryAssetsAsync(CancellationToken.None)).First().Cipher;
        await Should.ThrowAsync<MissingScopeException>(() => client.Partner(new FixedAccessToken(narrow.AccessToken), narrowCipher).GetCampaignAsync("1", CancellationToken.None));

        (await sandbox.Admin.PostAsJsonAsync("/sandbox/tokens/revoke", new { access_token = token.AccessToken })).EnsureSuccessStatusCode();
        await Should.ThrowAsync<AuthorizationRevokedException>(() => client.Partner(new FixedAccessToken(token.AccessToken), assets[0].Cipher).ListCampaignsPageAsync(null, 10, null, CancellationToken.None));

        var (_, fresh) = await PartnerAsync();
        await sandbox.AdvanceAsync(TimeSpan.FromDays(8));
        await Should.ThrowAsync<AccessTokenExpiredException>(() => client.Authorization(new FixedAccessToken(fresh.AccessToken)).GetCategoryAssetsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_token_near_expiry_is_refreshed_before_use_and_the_new_pair_is_handed_back()
    {
        var token = await sandbox.AuthorizeAsync(client, TikTokUserType.Partner);
        TikTokShopToken? stored = null;
        using var source = new RefreshingAccessTokenSource(token, client.Auth, sandbox.Time, (t, _) => { stored = t; return Task.CompletedTask; });
        await sandbox.AdvanceAsync(TimeSpan.FromDays(6.8));

        var assets = await client.Authorization(source).GetCategoryAssetsAsync(CancellationToken.None);

        assets.ShouldNotBeEmpty();
        stored.ShouldNotBeNull().AccessToken.ShouldNotBe(token.AccessToken);
        stored.AccessTokenExpiresAt.ShouldNotBeNull().ShouldBe(sandbox.Time.Now.AddDays(7), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task A_wrong_secret_is_refused_as_an_invalid_signature()
    {
        var token = await sandbox.AuthorizeAsync(client, TikTokUserType.Partner);
        using var wrong = sandbox.Client(secret: "not-the-secret");

        await Should.ThrowAsync<InvalidSignatureException>(() => wrong.Authorization(new FixedAccessToken(token.AccessToken)).GetCategoryAssetsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_burst_over_tiktoks_limit_is_throttled_and_retried_to_success()
    {
        var (_, token) = await PartnerAsync();
        using var eager = sandbox.Client(maxRetries: 8, perSecond: 1000);
        var authorization = eager.Authorization(new FixedAccessToken(token.AccessToken));

        var results = await Task.WhenAll(Enumerable.Range(0, 80).Select(_ => authorization.GetCategoryAssetsAsync(CancellationToken.None)));

        results.ShouldAllBe(r => r.Count == 7);
    }

    public void Dispose() => client.Dispose();
}
