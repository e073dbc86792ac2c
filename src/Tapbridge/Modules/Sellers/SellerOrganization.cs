using System.Text.RegularExpressions;
using Tapbridge.Platform;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Sellers;

/// <summary>A brand selling on TikTok Shop, with one or more shops (one per market, usually) and its own users.</summary>
public sealed partial class SellerOrganization
{
    private readonly List<Shop> shops = [];

    private SellerOrganization()
    {
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public IReadOnlyList<Shop> Shops => shops;

    public static SellerOrganization Create(string name, DateTimeOffset now)
    {
        name = name.Trim();
        if (name.Length is < 2 or > 100)
        {
            throw RuleViolationException.Say<SellersRules>("Brand.NameLength", "brandName");
        }

        return new SellerOrganization { Id = Guid.CreateVersion7(now), Name = name, CreatedAt = now };
    }

    public Shop AddShop(string shopCode, string shopName, Market market, DateTimeOffset now, bool crossBorder = false)
    {
        shopCode = shopCode.Trim().ToUpperInvariant();
        if (!ShopCodePattern().IsMatch(shopCode))
        {
            throw RuleViolationException.Say<SellersRules>("Shop.CodeFormat", "shopCode");
        }

        shopName = shopName.Trim();
        if (shopName.Length is < 2 or > 100)
        {
            throw RuleViolationException.Say<SellersRules>("Shop.NameLength", "shopName");
        }

        if (shops.Any(s => s.ShopCode == shopCode && s.MarketCode == market.Code))
        {
            throw RuleViolationException.Say<SellersRules>("Shop.AlreadyListed", "shopCode", shopCode);
        }

        var shop = new Shop(Guid.CreateVersion7(now), Id, shopCode, shopName, market.Code, now) { CrossBorder = crossBorder };
        shops.Add(shop);
        return shop;
    }

    [GeneratedRegex("^[A-Z0-9]{4,20}$")]
    private static partial Regex ShopCodePattern();
}

/// <summary>
/// A TikTok shop: the code TikTok gives it (campaigns target shops by code), its name and market, and whether it sells
/// cross-border (campaigns can target local or cross-border sellers).
/// </summary>
public sealed record Shop(Guid Id, Guid SellerId, string ShopCode, string Name, string MarketCode, DateTimeOffset CreatedAt)
{
    public bool CrossBorder { get; init; }
}
