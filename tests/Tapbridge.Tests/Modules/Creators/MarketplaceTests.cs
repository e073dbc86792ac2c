using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Campaigns;
using Tapbridge.Modules.Campaigns.Trends;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Tests.Infrastructure;
using Tapbridge.Tests.Modules.Campaigns;

namespace Tapbridge.Tests.Modules.Creators;

/// <summary>Approved products of ongoing campaigns, as an approved creator of the market browses them.</summary>
public abstract class MarketplaceTests(TapbridgeApp fixture) : AppTests(fixture)
{
    /// <summary>Three approved products and one pending, all titled with a fresh token so other tests' products stay out of the way.</summary>
    private async Task<string> OfferAsync()
    {
        var token = "zq" + Guid.NewGuid().ToString("N")[..8];
        var campaign = await App.OpenCampaignAsync(rate: 1000);
        var (seller, _) = await App.SignUpSellerAsync(market: "PH");
        var shop = await seller.FirstShopAsync();
        var manager = await App.SignInAsync(await App.CreateStaffAsync(Roles.AccountManager));
        var offers = new[]
        {
            (Title: $"{token} serum", Category: "601450", Price: 49_900L, Stock: 50, Samples: 5, Partner: 500, Creator: 1500, Approve: true),
            (Title: $"{token} rice bin", Category: "600001", Price: 129_900L, Stock: 0, Samples: 0, Partner: 600, Creator: 800, Approve: true),
            (Title: $"{token} lip tint Son Môi", Category: "601450", Price: 19_900L, Stock: 200, Samples: 0, Partner: 400, Creator: 2000, Approve: true),
            (Title: $"{token} pending", Category: "601450", Price: 9_900L, Stock: 10, Samples: 1, Partner: 500, Creator: 600, Approve: false),
        };
        var i = 0;
        foreach (var o in offers)
        {
            var id = $"88{i++}{Random.Shared.Next(100_000, 999_999)}";
            var response = await seller.PostAsJsonAsync($"/api/v1/seller/campaigns/{campaign.Id}/registrations", new
            {
                shopId = shop, productId = id, title = o.Title, imageUrls = new[] { "https://cdn.brand.test/p.jpg" }, categoryId = o.Category,
                skus = new[] { new { skuId = id + "1", name = "Default", price = o.Price, stock = o.Stock } },
                partnerRate = o.Partner, creatorRate = o.Creator, sampleQuota = o.Samples, brief = new { sellingPoints = new[] { "Good" } },
            });
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            if (o.Approve)
            {
                var registration = await response.Content.ReadFromJsonAsync<RegistrationView>();
                await manager.PostAsJsonAsync($"/api/v1/agency/registrations/{registration!.Id}/review", new { decision = "Approve" });
            }
        }

        return token;
    }

    private static async Task<MarketplacePage> BrowseAsync(HttpClient creator, string query) =>
        (await creator.GetFromJsonAsync<MarketplacePage>("/api/v1/creator/products?" + query))!;

    [Fact]
    public async Task Search_filters_and_sorts_narrow_the_approved_products_and_earnings_per_sale_are_price_times_the_creator_rate()
    {
        var token = await OfferAsync();
        var creator = await App.SignUpApprovedCreatorAsync();

        var all = await BrowseAsync(creator, $"search={token}");
        all.Items.Select(p => p.Title).ShouldBe([$"{token} lip tint Son Môi", $"{token} serum", $"{token} rice bin"], "pending products are not on offer; highest rate first");
        all.Items.Single(p => p.Title.EndsWith("serum", StringComparison.Ordinal)).EarningsPerSale.ShouldBe(7_485, "₱499.00 × 15 % = ₱74.85");

        (await BrowseAsync(creator, $"search={token.ToUpperInvariant()}&categoryId=601450")).Total.ShouldBe(2);
        (await BrowseAsync(creator, "search=" + Uri.EscapeDataString($"SON MÔI {token}"))).Items.ShouldHaveSingleItem("every word matches, case folded beyond ASCII on both databases");
        (await BrowseAsync(creator, "search=" + Uri.EscapeDataString($"{token}%"))).Total.ShouldBe(0, "a typed % is a literal, not a wildcard");
        (await BrowseAsync(creator, $"search={token}&withSamples=true")).Items.ShouldHaveSingleItem().Title.ShouldEndWith("serum");
        (await BrowseAsync(creator, $"search={token}&inStock=true")).Total.ShouldBe(2);
        (await BrowseAsync(creator, $"search={token}&minPrice=20000&maxPrice=60000")).Items.ShouldHaveSingleItem().Title.ShouldEndWith("serum");
        (await BrowseAsync(creator, $"search={token}&minCreatorRate=1500")).Total.ShouldBe(2);
        (await BrowseAsync(creator, $"search={token}&sort=HighestEarnings")).Items[0].Title.ShouldEndWith("rice bin", customMessage: "₱1,299 × 8 % earns the most");
        (await BrowseAsync(creator, $"search={token}&sort=LowestPrice")).Items[0].Title.ShouldEndWith("Son Môi");
        var badRange = await creator.GetAsync($"/api/v1/creator/products?minPrice=500&maxPrice=100");
        (await badRange.Content.ReadFromJsonAsync<ValidationProblemBody>())!.Errors.Keys.ShouldContain("maxPrice");
    }

    [Fact]
    public async Task Only_approved_creators_browse_and_only_their_own_markets_products()
    {
        var token = await OfferAsync();
        var (pending, _, _) = await App.SignUpCreatorAsync(market: "PH");
        (await pending.GetAsync("/api/v1/creator/products")).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var vietnam = await App.SignUpApprovedCreatorAsync("VN");
        (await BrowseAsync(vietnam, $"search={token}")).Total.ShouldBe(0);

        var creator = await App.SignUpApprovedCreatorAsync();
        var home = await creator.GetFromJsonAsync<MarketplaceHome>("/api/v1/creator/products/home");
        home!.Categories.ShouldContain(c => c.Id == "601450" && c.Name == "Beauty & Personal Care");
        home.HighCommission.Select(p => p.CreatorRate).ShouldBeInOrder(SortDirection.Descending);
        var first = (await BrowseAsync(creator, $"search={token}")).Items[0];
        var detail = await creator.GetFromJsonAsync<MarketplaceProductDetail>($"/api/v1/creator/products/{first.Id}");
        (detail!.Product.Title, detail.Brief.SellingPoints.Single()).ShouldBe((first.Title, "Good"));
        (await creator.GetAsync($"/api/v1/creator/products/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Trending_ranks_by_sales_in_the_last_week_against_the_week_before_from_the_daily_readings()
    {
        var token = await OfferAsync();
        var creator = await App.SignUpApprovedCreatorAsync();
        var products = (await BrowseAsync(creator, $"search={token}")).Items.ToDictionary(p => p.Title[(token.Length + 1)..], p => p.Id);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using (var scope = App.Scope())
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<TapbridgeDbContext>>().CreateDbContextAsync();
            foreach (var (title, weeks) in new[] { ("serum", (0, 2, 12)), ("lip tint Son Môi", (0, 10, 30)), ("rice bin", (0, 5, 6)) })
            {
                db.AddRange(SalesDay.Record(products[title], today.AddDays(-15), weeks.Item1), SalesDay.Record(products[title], today.AddDays(-8), weeks.Item2),
                    SalesDay.Record(products[title], today.AddDays(-1), weeks.Item3));
            }

            await db.SaveChangesAsync();
            var ids = products.Values.ToList();
            await SalesTrend.RefreshAsync(db, await db.Set<Registration>().Where(r => ids.Contains(r.Id)).ToListAsync(), today, CancellationToken.None);
            await db.SaveChangesAsync();
        }

        var trending = await BrowseAsync(creator, $"search={token}&sort=Trending");
        trending.Items.Select(p => (p.Title[(token.Length + 1)..], p.SoldLastWeek, p.SoldWeekBefore)).ShouldBe(
            [("serum", 10, 2), ("lip tint Son Môi", 20, 10), ("rice bin", 1, 5)], "10 against 2 grows faster than 20 against 10; one sale is not a trend");
        var rail = (await creator.GetFromJsonAsync<MarketplaceHome>("/api/v1/creator/products/home"))!.Trending.Select(p => p.Id).ToList();
        rail.ShouldContain(products["serum"]);
        rail.IndexOf(products["serum"]).ShouldBeLessThan(rail.IndexOf(products["lip tint Son Môi"]));
        rail.ShouldNotContain(products["rice bin"]);
    }

    private sealed record ValidationProblemBody(Dictionary<string, string[]> Errors);
}

public sealed class MarketplaceTestsOnSqlite(SqliteApp app) : MarketplaceTests(app), IClassFixture<SqliteApp>;

public sealed class MarketplaceTestsOnPostgres(PostgresApp app) : MarketplaceTests(app), IClassFixture<PostgresApp>;
