using TikTokShopSandbox.Common;
using TikTokShopSandbox.Orders;
using TikTokShopSandbox.World;

namespace TikTokShopSandbox.Products;

/// <summary>A campaign product as P6 returns it.</summary>
internal static class ProductJson
{
    public static object Of(SandboxWorld world, CampaignProduct registration)
    {
        var product = registration.Product;
        var currency = product.Shop.Currency;
        var sold = world.Orders
            .Where(o => o.CampaignProduct == registration && o.AffiliateStatus != AffiliateStatus.Cancelled)
            .Sum(o => o.Lines.Sum(l => l.Quantity));
        return new
        {
            product.Id,
            ReviewStatus = CampaignProduct.StatusName(registration.Status),
            product.Name,
            MainImageUrl = product.ImageUrl,
            LowestPrice = Money.Of(product.LowestPrice, currency),
            HighestPrice = Money.Of(product.HighestPrice, currency),
            product.Inventory,
            ShopName = product.Shop.Name,
            TotalCommissionRate = registration.TotalRate,
            CreatorCommissionRate = registration.CreatorRate,
            PartnerCommissionRate = registration.PartnerRate,
            OpenCollaborationCommissionRate = product.OpenCollaborationRate,
            IsAvailable = registration.Status != ReviewStatus.Closed,
            ProductSales = sold,
            Category = new { product.Category.Id, product.Category.Name },
            registration.SampleQuota,
            SkuInformationList = product.Skus.Select(s => new
            {
                SkuName = s.Name,
                SkuId = s.Id,
                Inventory = new { AvailableQuantity = s.Stock.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                BasePrice = Price(product.Shop, s),
                RegionPrices = new[] { Price(product.Shop, s) },
                Properties = new[] { new { Name = s.PropertyName, ValueName = s.PropertyValue } },
            }).ToList(),
            ProductDescription = product.Description,
        };
    }

    private static object Price(Shop shop, Sku sku) => new
    {
        RegionCode = shop.Region,
        Currency = shop.Currency,
        ListPrice = Money.Format(sku.Price, shop.Currency),
        SalePrice = Money.Format(sku.Price, shop.Currency),
    };
}
