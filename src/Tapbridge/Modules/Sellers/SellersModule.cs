using Tapbridge.Modules.Sellers.Demo;
using Tapbridge.Platform.Demo;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Tapbridge.Modules.Sellers.Shops;
using Tapbridge.Modules.Sellers.SignUp;
using Tapbridge.Modules.Sellers.TikTok;
using Tapbridge.Platform.Auth;

namespace Tapbridge.Modules.Sellers;

/// <summary>Seller organizations (brands) and their TikTok shops.</summary>
public static class SellersModule
{
    public static WebApplicationBuilder AddSellers(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<SellerSignUp>();
        builder.Services.AddScoped<SellerShops>();
        builder.Services.AddScoped<SellerDirectory>();
        builder.Services.AddScoped<IDemoSeeder, SellersDemo>();
        return builder;
    }

    public static WebApplication MapSellers(this WebApplication app)
    {
        var seller = app.MapGroup("/api/v1/seller").WithTags("Seller").RequireAuthorization(Policies.Seller);
        seller.MapGet("/shops", async (ClaimsPrincipal user, SellerShops shops, CancellationToken ct) =>
            TypedResults.Ok(await shops.GetAsync(Actor.From(user), ct))).WithName("GetMySeller");
        seller.MapPost("/shops", async (AddShopBody body, ClaimsPrincipal user, SellerShops shops, CancellationToken ct) =>
        {
            var shop = await shops.AddAsync(Actor.From(user), new AddShopRequest(body.ShopCode, body.ShopName, body.Market, body.CrossBorder), ct);
            return TypedResults.Created($"/api/v1/seller/shops/{shop.Id}", shop);
        }).WithName("AddShop");
        app.MapSellerTikTok(seller);

        var agency = app.MapGroup("/api/v1/agency/sellers").WithTags("Agency").RequireAuthorization(Policies.AgencyStaff);
        agency.MapGet("/", async (SellerDirectory sellers, CancellationToken ct) => TypedResults.Ok(await sellers.ListAsync(ct))).WithName("ListSellers");
        return app;
    }
}

public sealed record AddShopBody(
    [property: Required, StringLength(20, MinimumLength = 4)] string ShopCode,
    [property: Required, StringLength(100, MinimumLength = 2)] string ShopName,
    [property: Required, StringLength(2, MinimumLength = 2)] string Market,
    bool CrossBorder = false);
