namespace TikTokShopSandbox.World;

internal sealed record Category(string Id, string Name, string ParentId, string ParentName);

internal sealed record Sku(string Id, string Name, string SellerSku, decimal Price, int Stock, string PropertyName, string PropertyValue);

/// <summary>A seller account: one shop when local, one shop per market when cross-border.</summary>
internal sealed class Seller
{
    public required string OpenId { get; init; }

    public required string Name { get; init; }

    public required string SellerType { get; init; }

    public required string BaseRegion { get; init; }

    public List<Shop> Shops { get; } = [];
}

internal sealed class Shop
{
    public required string Id { get; init; }

    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string Cipher { get; init; }

    public required string Region { get; init; }

    public required Seller Seller { get; init; }

    public required int Seq { get; init; }

    public string SellerType => Seller.SellerType;

    public string Currency => Common.Markets.Currency(Region);

    public List<Product> Products { get; } = [];
}

internal sealed class Product
{
    public required string Id { get; init; }

    public required Shop Shop { get; init; }

    public required string Name { get; init; }

    public required Category Category { get; init; }

    public required IReadOnlyList<Sku> Skus { get; init; }

    public required int OpenCollaborationRate { get; init; }

    public required string ImageUri { get; init; }

    public string ImageUrl => $"https://p16-oec-va.ibyteimg.com/{ImageUri}~tplv-o3syd03w52-origin-jpeg.jpeg";

    public string Description => $"<p>{Name} from {Shop.Name}.</p>";

    public string DetailLink => $"https://shop.tiktok.com/view/product/{Id}";

    public decimal LowestPrice => Skus.Min(s => s.Price);

    public decimal HighestPrice => Skus.Max(s => s.Price);

    public int Inventory => Skus.Sum(s => s.Stock);
}
