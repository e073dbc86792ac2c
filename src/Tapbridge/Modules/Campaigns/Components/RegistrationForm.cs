using MarketInfo = Tapbridge.Platform.Markets.Market;

namespace Tapbridge.Modules.Campaigns.Components;

/// <summary>
/// The registration form's values as a seller types them: percentages and prices in the currency's major unit, lists
/// one item per line. <see cref="ToDraft"/> turns them into 0.01 % rates and integer minor units.
/// </summary>
public sealed class RegistrationForm
{
    public Guid? ShopId { get; set; }
    public string ProductId { get; set; } = "";
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public string ImageUrls { get; set; } = "";
    public string? CategoryId { get; set; }
    public List<SkuRow> Skus { get; set; } = [new()];
    public decimal PartnerPercent { get; set; }
    public decimal CreatorPercent { get; set; }
    public decimal OpenCollaborationPercent { get; set; }
    public int SampleQuota { get; set; }
    public string SellingPoints { get; set; } = "";
    public string RequiredClaims { get; set; } = "";
    public string ForbiddenClaims { get; set; } = "";
    public string Hashtags { get; set; } = "";

    public decimal TotalPercent => PartnerPercent + CreatorPercent;

    public static RegistrationForm For(OpenCampaignView campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var required = campaign.Campaign.CommissionRate / 100m;
        var creator = Math.Round(required / 2, 1);
        return new RegistrationForm { ShopId = campaign.Shops.Count == 1 ? campaign.Shops[0].ShopId : null, PartnerPercent = required - creator, CreatorPercent = creator };
    }

    public static RegistrationForm From(RegistrationDetailView detail)
    {
        ArgumentNullException.ThrowIfNull(detail);
        var market = MarketInfo.Get(detail.Registration.Market);
        var draft = detail.ToDraft();
        return new RegistrationForm
        {
            ShopId = draft.ShopId,
            ProductId = draft.ProductId,
            Title = draft.Title,
            Description = draft.Description,
            ImageUrls = string.Join('\n', draft.ImageUrls),
            CategoryId = draft.CategoryId,
            Skus = draft.Skus.Select(s => new SkuRow { SkuId = s.SkuId, Name = s.Name, Price = market.ToMajor(s.Price), Stock = s.Stock }).ToList(),
            PartnerPercent = draft.PartnerRate / 100m,
            CreatorPercent = draft.CreatorRate / 100m,
            OpenCollaborationPercent = draft.OpenCollaborationRate / 100m,
            SampleQuota = draft.SampleQuota,
            SellingPoints = string.Join('\n', draft.Brief.SellingPoints),
            RequiredClaims = string.Join('\n', draft.Brief.RequiredClaims),
            ForbiddenClaims = string.Join('\n', draft.Brief.ForbiddenClaims),
            Hashtags = string.Join(' ', draft.Brief.Hashtags),
        };
    }

    public RegistrationDraft ToDraft(MarketInfo market)
    {
        ArgumentNullException.ThrowIfNull(market);
        return new RegistrationDraft
        {
            ShopId = ShopId ?? Guid.Empty,
            ProductId = ProductId,
            Title = Title,
            Description = Description,
            ImageUrls = Lines(ImageUrls),
            CategoryId = CategoryId ?? "",
            Skus = Skus.Select(s => new SkuDraft(s.SkuId, s.Name, market.ToMinorBounded(s.Price), s.Stock)).ToList(),
            PartnerRate = Rate(PartnerPercent),
            CreatorRate = Rate(CreatorPercent),
            OpenCollaborationRate = Rate(OpenCollaborationPercent),
            SampleQuota = SampleQuota,
            Brief = new ContentBrief
            {
                SellingPoints = Lines(SellingPoints),
                RequiredClaims = Lines(RequiredClaims),
                ForbiddenClaims = Lines(ForbiddenClaims),
                Hashtags = Hashtags.Split([' ', ',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            },
        };
    }

    private static int Rate(decimal percent) => (int)Math.Round(percent * 100, MidpointRounding.AwayFromZero);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

public sealed class SkuRow
{
    public string SkuId { get; set; } = "";
    public string Name { get; set; } = "";
    public decimal Price { get; set; }
    public int Stock { get; set; }
}
