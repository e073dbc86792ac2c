using TikTokShopSandbox.Signing;
using TikTokShopSandbox.World;

namespace TikTokShopSandbox.Auth;

/// <summary>The two calls that hand out identity ciphers: category assets (partner) and shops (seller).</summary>
internal static class AuthorizedIdentityEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.OpenGet("/authorization/202405/category_assets", new EndpointSpec(Family.Partner, CipherRule.None, Scopes.PartnerAuthorizedInfo), CategoryAssets);
        app.OpenGet("/authorization/202309/shops", new EndpointSpec(Family.Seller, CipherRule.None, Scopes.SellerAuthorizedInfo), Shops);
    }

    private static object CategoryAssets(ApiCall call) => new
    {
        CategoryAssets = call.Grant.Subject.Partner!.Assets.Select(a => new
        {
            a.Cipher,
            TargetMarket = a.Market,
            Category = new { Id = Partner.CategoryId, Name = Partner.CategoryName },
        }).ToList(),
    };

    private static object Shops(ApiCall call) => new
    {
        Shops = call.Grant.Subject.Seller!.Shops.Select(s => new { s.Id, s.Name, s.Region, s.SellerType, s.Cipher, s.Code }).ToList(),
    };
}
