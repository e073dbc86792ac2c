using Tapbridge.Modules.Sellers;
using Tapbridge.Platform;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Tests.Modules.Sellers;

public sealed class SellerRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Shop_codes_are_kept_uppercase_and_a_shop_is_listed_once_per_market()
    {
        var seller = SellerOrganization.Create("Lumière Skin", Now);

        var shop = seller.AddShop(" vnlumi01 ", "Lumière VN", Market.Vietnam, Now);
        seller.AddShop("VNLUMI01", "Same code, other market", Market.Philippines, Now);

        shop.ShopCode.ShouldBe("VNLUMI01");
        Should.Throw<RuleViolationException>(() => seller.AddShop("vnlumi01", "Again", Market.Vietnam, Now)).Field.ShouldBe("shopCode");
    }

    [Theory]
    [InlineData("ab", "Shop", "shopCode")]
    [InlineData("VN-123456", "Shop", "shopCode")]
    [InlineData("VN123456", " ", "shopName")]
    public void Bad_shops_name_the_field(string code, string name, string field)
    {
        var seller = SellerOrganization.Create("Brand", Now);

        Should.Throw<RuleViolationException>(() => seller.AddShop(code, name, Market.Thailand, Now)).Field.ShouldBe(field);
    }
}
