using TikTokShopSandbox.Common;

namespace TikTokShopSandbox.World;

/// <summary>Builds the partner, sellers with shops and catalogues, and creators from the seed.</summary>
internal static class WorldSeeder
{
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
    private const string Base64Url = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private const string Hex = "0123456789abcdef";

    private static readonly CategorySeed[] CategorySeeds =
    [
        new(new("601152", "Face Serums", "601450", "Beauty & Personal Care"), ["Vitamin C Brightening Serum", "Hyaluronic Acid Serum", "Niacinamide Pore Serum"], "Volume", ["15ml", "30ml", "50ml"], 6m, 28m),
        new(new("601153", "Lipsticks", "601450", "Beauty & Personal Care"), ["Matte Lip Cream", "Velvet Lip Tint", "Glossy Lip Oil"], "Color", ["Rose", "Coral", "Nude", "Berry"], 4m, 16m),
        new(new("601226", "Sunscreen", "601450", "Beauty & Personal Care"), ["Daily UV Sunscreen SPF50", "Tinted Sun Fluid", "Sun Stick SPF50"], "Volume", ["30ml", "50ml"], 5m, 20m),
        new(new("824328", "Women's T-Shirts", "824584", "Womenswear & Underwear"), ["Oversized Cotton Tee", "Cropped Ribbed Top", "Graphic Boxy Tee"], "Size", ["S", "M", "L", "XL"], 5m, 18m),
        new(new("824329", "Dresses", "824584", "Womenswear & Underwear"), ["Linen Midi Dress", "Floral Wrap Dress", "Satin Slip Dress"], "Size", ["S", "M", "L"], 12m, 45m),
        new(new("600942", "Kitchen Storage", "600001", "Home Supplies"), ["Stackable Food Containers", "Bamboo Spice Rack", "Airtight Rice Bin"], "Set", ["3 pcs", "6 pcs"], 6m, 30m),
        new(new("600943", "Water Bottles", "600001", "Home Supplies"), ["Insulated Water Bottle", "Time Marker Bottle", "Glass Tumbler with Straw"], "Color", ["Black", "White", "Sage", "Pink"], 5m, 25m),
        new(new("601739", "Phone Cases", "601755", "Phones & Electronics"), ["Magnetic Clear Case", "Shockproof Silicone Case", "Card Holder Case"], "Model", ["iPhone 15", "iPhone 16", "Galaxy S24"], 3m, 15m),
        new(new("601740", "Wireless Earbuds", "601755", "Phones & Electronics"), ["Noise Cancelling Earbuds", "Sport Ear Hook Buds", "Mini Bluetooth Earbuds"], "Color", ["Black", "White"], 12m, 60m),
        new(new("700645", "Snacks", "700437", "Food & Beverages"), ["Dried Mango Slices", "Seaweed Crisps", "Roasted Cashews"], "Pack", ["100g", "250g", "500g"], 2m, 12m),
    ];

    private static readonly Dictionary<string, string[]> ShopWords = new(StringComparer.Ordinal)
    {
        ["VN"] = ["Saigon", "Hanoi", "Lotus", "Mekong", "Hoa Sen"],
        ["PH"] = ["Manila", "Cebu", "Sampaguita", "Luzon", "Davao"],
        ["TH"] = ["Bangkok", "Siam", "Lanna", "Chao Phraya", "Phuket"],
        ["ID"] = ["Jakarta", "Bali", "Nusantara", "Bandung", "Surabaya"],
        ["MY"] = ["Kuala", "Penang", "Melaka", "Borneo", "Ipoh"],
        ["SG"] = ["Merlion", "Orchard", "Marina", "Sentosa", "Tiong"],
        ["US"] = ["Brooklyn", "Austin", "Pacific", "Maple", "Hudson"],
    };

    private static readonly string[] ShopNouns = ["Beauty", "Home", "Style", "Gadgets", "Pantry", "Living", "Closet", "Glow"];

    private static readonly (string Name, string Short, string[] Markets)[] CrossBorderSellers =
    [
        ("Shenzhen Bright Trading", "Bright", ["PH", "MY", "SG", "TH"]),
        ("Guangzhou Aurora Goods", "Aurora", ["VN", "ID", "MY", "US"]),
        ("Yiwu Daily Select", "Daily Select", ["TH", "SG", "ID", "VN", "PH"]),
    ];

    private static readonly Dictionary<string, string[]> CreatorNames = new(StringComparer.Ordinal)
    {
        ["VN"] = ["Linh", "Minh", "Trang", "Huy", "Ngoc", "Bao"],
        ["PH"] = ["Andrea", "Miguel", "Bea", "Paolo", "Kaye", "Jomar"],
        ["TH"] = ["Ploy", "Nong", "Mint", "Beam", "Fah", "Tong"],
        ["ID"] = ["Putri", "Rizky", "Sari", "Dimas", "Ayu", "Bagus"],
        ["MY"] = ["Aisyah", "Hafiz", "Mei", "Arjun", "Nur", "Wei"],
        ["SG"] = ["Rachel", "Jun", "Priya", "Darren", "Shu", "Amir"],
        ["US"] = ["Emma", "Jake", "Olivia", "Tyler", "Maya", "Chris"],
    };

    private static readonly string[] CreatorTopics = ["daily", "beauty", "finds", "reviews", "style", "home"];

    public static void Seed(SandboxWorld world)
    {
        var random = Seeds.Random(world.Seed, 1);
        world.Partner = new Partner
        {
            Id = world.Ids.Next(IdKind.Partner),
            OpenId = random.Token(32, Base64Url),
            Name = "Sandbox Agency",
            BaseRegion = "VN",
            Assets = [.. Markets.All.Select(m => new CategoryAsset("TTP_" + random.Token(32, Base64Url), m))],
        };

        foreach (var market in Markets.All)
        {
            var words = random.Shuffled(ShopWords[market]);
            var nouns = random.Shuffled(ShopNouns);
            for (var i = 0; i < 4; i++)
            {
                var name = $"{words[i]} {nouns[i]}";
                var seller = new Seller { OpenId = random.Token(32, Base64Url), Name = name, SellerType = "LOCAL", BaseRegion = market };
                AddShop(world, random, seller, market, name);
            }
        }

        foreach (var (name, shortName, markets) in CrossBorderSellers)
        {
            var seller = new Seller { OpenId = random.Token(32, Base64Url), Name = name, SellerType = "CROSS_BORDER", BaseRegion = "CN" };
            foreach (var market in markets)
            {
                AddShop(world, random, seller, market, $"{shortName} {market}");
            }
        }

        foreach (var market in Markets.All)
        {
            var names = CreatorNames[market];
            for (var i = 0; i < names.Length; i++)
            {
                var topic = CreatorTopics[(i + market[0]) % CreatorTopics.Length];
                var followers = (long)Math.Round(Math.Exp(Math.Log(3_000) + random.NextDouble() * (Math.Log(2_500_000) - Math.Log(3_000))));
                world.AddCreator(new Creator
                {
                    OpenId = "uACafQAAAAB" + random.Token(32, Base64Url),
                    Username = $"{names[i].ToLowerInvariant()}.{topic}.{market.ToLowerInvariant()}",
                    Nickname = $"{names[i]} {char.ToUpperInvariant(topic[0])}{topic[1..]}",
                    Followers = followers,
                    Market = market,
                    Seq = world.Creators.Count,
                });
            }
        }
    }

    private static void AddShop(SandboxWorld world, Random random, Seller seller, string market, string name)
    {
        var shop = new Shop
        {
            Id = world.Ids.Next(IdKind.Shop),
            Code = market + (seller.SellerType == "LOCAL" ? "LC" : "CB") + random.Token(6, Upper),
            Name = name,
            Cipher = "GCP_" + random.Token(32, Base64Url),
            Region = market,
            Seller = seller,
            Seq = world.Shops.Count,
        };
        seller.Shops.Add(shop);
        world.AddShop(shop);

        var categories = random.Shuffled(CategorySeeds).Take(2).ToList();
        var brand = name.Split(' ')[0];
        var count = random.Next(5, 9);
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var seed = categories[i % categories.Count];
            var item = random.Pick(seed.Items);
            var productName = used.Add(item) ? $"{brand} {item}" : $"{brand} {item} Pro {i}";
            var basePrice = seed.MinUsd + (decimal)random.NextDouble() * (seed.MaxUsd - seed.MinUsd);
            var values = random.Shuffled(seed.Values).Take(random.Next(1, Math.Min(3, seed.Values.Length) + 1)).ToList();
            var skus = values.Select((value, index) => new Sku(
                world.Ids.Next(IdKind.Sku),
                value,
                $"{shop.Code[..4]}-{i + 1:00}-{index + 1}",
                Markets.ShelfPrice(market, basePrice * (1m + index * 0.1m)),
                random.Next(20, 800),
                seed.Property,
                value)).ToList();
            shop.Products.Add(new Product
            {
                Id = world.Ids.Next(IdKind.Product),
                Shop = shop,
                Name = productName,
                Category = seed.Category,
                Skus = skus,
                OpenCollaborationRate = random.Next(5, 21) * 100,
                ImageUri = "tos-maliva-i-o3syd03w52-us/" + random.Token(32, Hex),
            });
        }

        foreach (var product in shop.Products)
        {
            world.AddProduct(product);
        }
    }

    private static List<T> Shuffled<T>(this Random random, IReadOnlyList<T> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }

    private sealed record CategorySeed(Category Category, string[] Items, string Property, string[] Values, decimal MinUsd, decimal MaxUsd);
}
