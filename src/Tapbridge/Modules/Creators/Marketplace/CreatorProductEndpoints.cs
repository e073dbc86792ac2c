using System.Security.Claims;
using Tapbridge.Modules.Campaigns;
using Tapbridge.Platform.Auth;

namespace Tapbridge.Modules.Creators.Marketplace;

/// <summary>The marketplace for an approved creator, always in the creator's own market.</summary>
internal static class CreatorProductEndpoints
{
    public static void MapCreatorProducts(this RouteGroupBuilder creator)
    {
        creator.MapGet("/products/home", async (ClaimsPrincipal user, CreatorDirectory creators, ProductMarketplace marketplace, CancellationToken ct) =>
            TypedResults.Ok(await marketplace.HomeAsync(await creators.RequireApprovedAsync(Actor.From(user), ct), ct))).WithName("MarketplaceHome");
        creator.MapGet("/products", async ([AsParameters] ProductFilter filter, ClaimsPrincipal user, CreatorDirectory creators, ProductMarketplace marketplace, CancellationToken ct) =>
            TypedResults.Ok(await marketplace.BrowseAsync(filter.ToQuery(await creators.RequireApprovedAsync(Actor.From(user), ct)), ct))).WithName("BrowseProducts");
        creator.MapGet("/products/{id:guid}", async (Guid id, ClaimsPrincipal user, CreatorDirectory creators, ProductMarketplace marketplace, CancellationToken ct) =>
            TypedResults.Ok(await marketplace.ProductAsync(await creators.RequireApprovedAsync(Actor.From(user), ct), id, ct))).WithName("GetProduct");
    }
}

internal sealed record ProductFilter(
    string? Search, string? CategoryId, long? MinPrice, long? MaxPrice, int? MinCreatorRate, int? MaxCreatorRate, bool? WithSamples, bool? InStock,
    MarketplaceSort? Sort, int? Page, int? PageSize)
{
    public MarketplaceQuery ToQuery(string market) => new()
    {
        Market = market, Search = Search, CategoryId = CategoryId, MinPrice = MinPrice, MaxPrice = MaxPrice, MinCreatorRate = MinCreatorRate,
        MaxCreatorRate = MaxCreatorRate, WithSamples = WithSamples ?? false, InStock = InStock ?? false, Sort = Sort ?? MarketplaceSort.HighestRate,
        Page = Page ?? 1, PageSize = PageSize ?? 20,
    };
}
