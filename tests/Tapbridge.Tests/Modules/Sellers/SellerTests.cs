using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Sellers;
using Tapbridge.Modules.Sellers.Shops;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Tests.Infrastructure;
using Tapbridge.Tests.Modules.Accounts;

namespace Tapbridge.Tests.Modules.Sellers;

public abstract class SellerTests(TapbridgeApp fixture) : AppTests(fixture)
{
    [Fact]
    public async Task Signing_up_creates_the_brand_its_first_shop_and_a_signed_in_seller()
    {
        var (seller, email) = await App.SignUpSellerAsync(brand: "Lotus Tea House", market: "TH");

        var overview = await seller.GetFromJsonAsync<SellerOverview>("/api/v1/seller/shops");

        overview!.Name.ShouldBe("Lotus Tea House");
        overview.Shops.ShouldHaveSingleItem().Market.ShouldBe("TH");
        App.LatestTo(email).Subject!.ShouldContain("Confirm");
    }

    [Fact]
    public async Task A_shop_code_already_on_Tapbridge_is_refused_and_nothing_is_created()
    {
        var (first, _) = await App.SignUpSellerAsync(market: "VN");
        var code = (await first.GetFromJsonAsync<SellerOverview>("/api/v1/seller/shops"))!.Shops.Single().ShopCode;
        var email = $"second.{Guid.NewGuid():N}@brand.test";

        var response = await App.Browser().SubmitAsync("/account/signup/seller", "seller-signup", new Dictionary<string, string>
        {
            ["Input.BrandName"] = "Copycat Brand",
            ["Input.YourName"] = "Someone Else",
            ["Input.Email"] = email,
            ["Input.Password"] = Actors.Password,
            ["Input.ConfirmPassword"] = Actors.Password,
            ["Input.Market"] = "VN",
            ["Input.ShopCode"] = code.ToLowerInvariant(),
            ["Input.ShopName"] = "Another shop",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.TextAsync()).ShouldContain($"The shop {code} in VN is already registered");
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
        (await db.Set<SellerOrganization>().AnyAsync(s => s.Name == "Copycat Brand")).ShouldBeFalse();
        (await db.Users.AnyAsync(u => u.Email == email)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_refused_password_leaves_no_brand_behind()
    {
        var response = await App.Browser().SubmitAsync("/account/signup/seller", "seller-signup", new Dictionary<string, string>
        {
            ["Input.BrandName"] = "Short Password Co",
            ["Input.YourName"] = "Hoa Pham",
            ["Input.Email"] = $"short.{Guid.NewGuid():N}@brand.test",
            ["Input.Password"] = "tooshort",
            ["Input.ConfirmPassword"] = "tooshort",
            ["Input.Market"] = "VN",
            ["Input.ShopCode"] = "VNSHORTPW01",
            ["Input.ShopName"] = "Shop",
        });

        (await response.TextAsync()).ShouldContain("Use 12 to 128 characters.");
        await using var scope = App.Scope();
        (await scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>().Set<SellerOrganization>().AnyAsync(s => s.Name == "Short Password Co")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_seller_adds_shops_and_sees_only_its_own()
    {
        var (mine, _) = await App.SignUpSellerAsync(market: "VN");
        var (theirs, _) = await App.SignUpSellerAsync(market: "PH");

        var added = await mine.PostAsJsonAsync("/api/v1/seller/shops", new { shopCode = "phmine0001", shopName = "Mine in Manila", market = "PH" });

        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await added.Content.ReadFromJsonAsync<ShopView>())!.ShopCode.ShouldBe("PHMINE0001");
        (await mine.GetFromJsonAsync<SellerOverview>("/api/v1/seller/shops"))!.Shops.Count.ShouldBe(2);
        var other = await theirs.GetFromJsonAsync<SellerOverview>("/api/v1/seller/shops");
        other!.Shops.ShouldHaveSingleItem().ShopCode.ShouldNotBe("PHMINE0001");
    }

    [Theory]
    [InlineData("bad code!", "Mine", "VN", "shopCode")]
    [InlineData("VNGOOD0001", "Mine", "US", "market")]
    [InlineData("VNGOOD0002", "M", "VN", "shopName")]
    public async Task Bad_shop_input_is_a_problem_naming_the_field(string code, string name, string market, string field)
    {
        var (seller, _) = await App.SignUpSellerAsync();

        var response = await seller.PostAsJsonAsync("/api/v1/seller/shops", new { shopCode = code, shopName = name, market });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadFromJsonAsync<ValidationProblem>())!.Errors.Keys.ShouldContain(k => k.Equals(field, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem_not_a_500()
    {
        var (seller, _) = await App.SignUpSellerAsync();

        var response = await seller.PostAsync("/api/v1/seller/shops", new StringContent("{ \"shopCode\": ", System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Agency_staff_see_every_seller_and_sellers_cannot_list_them()
    {
        var (seller, _) = await App.SignUpSellerAsync(brand: "Visible Brand Co");
        var staff = await App.SignInAsync(await App.CreateStaffAsync(Roles.AccountManager));

        var sellers = await staff.GetFromJsonAsync<List<SellerSummary>>("/api/v1/agency/sellers");

        sellers!.ShouldContain(s => s.Name == "Visible Brand Co");
        (await seller.GetAsync("/api/v1/agency/sellers")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

public sealed class SellerTestsOnSqlite(SqliteApp app) : SellerTests(app), IClassFixture<SqliteApp>;

public sealed class SellerTestsOnPostgres(PostgresApp app) : SellerTests(app), IClassFixture<PostgresApp>;
