using TikTokShopSandbox.Auth;
using TikTokShopSandbox.Common;
using TikTokShopSandbox.Showcase;
using TikTokShopSandbox.Signing;
using TikTokShopSandbox.World;

namespace TikTokShopSandbox.Creators;

/// <summary>The authorizing creator's profile and showcase (no cipher; the token decides who).</summary>
internal static class CreatorEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.OpenGet("/affiliate_creator/202508/profiles", new EndpointSpec(Family.Creator, CipherRule.None, Scopes.CreatorAffiliateInfo), Profile);
        app.OpenGet("/affiliate_creator/202405/showcases/products", new EndpointSpec(Family.Creator, CipherRule.None, Scopes.CreatorShowcaseRead), List);
        app.OpenPost("/affiliate_creator/202405/showcases/products/add", new EndpointSpec(Family.Creator, CipherRule.None, Scopes.CreatorShowcaseWrite), Add);
    }

    private static object Profile(ApiCall call)
    {
        var creator = call.Grant.Subject.Creator!;
        return new
        {
            Avatar = new { Width = 100, Height = 100, Url = creator.AvatarUrl },
            creator.Username,
            SelectionRegion = creator.Market,
            RegisterRegion = creator.Market,
            Permissions = creator.Followers >= 1_000
                ? new[] { "ADD_AFFILIATE_PERMISSION", "LIVE_STREAM_PERMISSION" }
                : ["ADD_AFFILIATE_PERMISSION"],
            UserType = "TIKTOK_SHOP_CREATOR",
            CreatorUserOpenId = creator.OpenId,
        };
    }

    private static object List(ApiCall call)
    {
        var creator = call.Grant.Subject.Creator!;
        var size = call.Query.PageSize(1, 20, null);
        if (call.Query.Enum("origin", "LIVE", "SHOWCASE") is not { } origin)
        {
            throw ApiException.Invalid("origin is required");
        }

        var items = call.World.Showcase.Where(i => i.Creator == creator).ToList();
        var page = Paging.Slice(items, size, call.Query["page_token"], $"showcase|{creator.OpenId}|{origin}");
        return new
        {
            Products = page.Items.Select(i => Json(call.World, i)).ToList(),
            page.NextPageToken,
            page.TotalCount,
        };
    }

    private static object Add(ApiCall call)
    {
        var world = call.World;
        var creator = call.Grant.Subject.Creator!;
        var body = call.Body;
        var type = body.RequiredString("add_type");
        var errors = new List<object>();
        switch (type)
        {
            case "PRODUCT_ID":
                var ids = body.StringList("product_ids");
                if (ids is null || ids.Count == 0)
                {
                    throw ApiException.Invalid("product_ids is required when add_type is PRODUCT_ID");
                }

                if (ids.Count > 20)
                {
                    throw ApiException.Invalid("product_ids can hold at most 20 ids");
                }

                foreach (var id in ids)
                {
                    Collect(errors, ShowcaseService.AddProductId(world, creator, id), id);
                }

                break;
            case "PRODUCT_LINK":
                var link = body.RequiredString("product_link");
                var productId = world.Links.GetValueOrDefault(link.Trim())?.CampaignProduct.Product.Id;
                Collect(errors, ShowcaseService.AddLink(world, creator, link), productId);
                break;
            default:
                throw ApiException.Invalid("add_type must be PRODUCT_ID or PRODUCT_LINK");
        }

        return new { Errors = errors };
    }

    private static void Collect(List<object> errors, ShowcaseResult result, string? productId)
    {
        if (result.Item is null)
        {
            errors.Add(new { result.Code, result.Message, Detail = new { ProductId = productId } });
        }
    }

    private static object Json(SandboxWorld world, ShowcaseItem item)
    {
        var product = item.Product;
        var currency = product.Shop.Currency;
        var range = new
        {
            MinimumAmount = Money.Format(product.LowestPrice, currency),
            MaximumAmount = Money.Format(product.HighestPrice, currency),
            Currency = currency,
        };
        var campaign = item.CampaignProduct?.Campaign;
        return new
        {
            product.Id,
            Shop = new { product.Shop.Name },
            Price = new { OriginalPrice = range, SellerDiscountPrice = range, PlatformDiscountPrice = range },
            Title = product.Name,
            MainImages = new[] { new { Width = 800, Heigth = 800, Url = product.ImageUrl } },
            Status = new
            {
                InventoryStatus = product.Inventory > 0 ? "IN_STOCK" : "SOLD_OUT",
                ReviewStatus = "APPROVED",
                IsHidden = false,
                AddedStatus = "ADDED",
            },
            Source = "AFFILIATE",
            product.DetailLink,
            SaleRegions = new[] { product.Shop.Region },
            Commission = new { Rate = item.CreatorRate, RewardRate = 0 },
            Collaboration = campaign is null
                ? new { Id = (string?)null, Type = "1", Partner = (object?)null }
                : new { Id = (string?)campaign.Id, Type = "5", Partner = (object?)new { world.Partner.Id, world.Partner.Name } },
        };
    }
}
