namespace Tapbridge.TikTokShop.Creator;

public sealed record CreatorProfile
{
    public string Username { get; init; } = "";
    public string CreatorUserOpenId { get; init; } = "";
    public string? SelectionRegion { get; init; }
    public string? RegisterRegion { get; init; }
    public IReadOnlyList<string> Permissions { get; init; } = [];
    public string? UserType { get; init; }
}

public enum ShowcaseOrigin
{
    Live,
    Showcase,
}

/// <summary>A product in a creator's showcase; `collaboration.type` 5 is a partner (TAP) campaign.</summary>
public sealed record ShowcaseProduct
{
    public string Id { get; init; } = "";
    public string Title { get; init; } = "";
    public ShowcaseStatus? Status { get; init; }
    public string? Source { get; init; }
    public ShowcaseCommission? Commission { get; init; }
    public ShowcaseCollaboration? Collaboration { get; init; }
}

public sealed record ShowcaseStatus(string? InventoryStatus, string? ReviewStatus, bool IsHidden, string? AddedStatus);

public sealed record ShowcaseCommission(int Rate, int RewardRate);

/// <summary>`type` is documented both as a code ("5" = partner campaign) and as a name; it is kept as sent.</summary>
public sealed record ShowcaseCollaboration(string? Id, string? Type, ShowcasePartner? Partner)
{
    public bool IsPartnerCampaign => Type is "5" or "PARTNER_CAMPAIGN";
}

public sealed record ShowcasePartner(string? Id, string? Name);

internal sealed record ShowcaseProductList(IReadOnlyList<ShowcaseProduct>? Products, string? NextPageToken, int? TotalCount);

internal sealed record AddShowcaseBody(string AddType, IReadOnlyList<string>? ProductIds, string? ProductLink);

public sealed record ShowcaseAddError(long Code, string Message, ShowcaseAddErrorDetail? Detail);

public sealed record ShowcaseAddErrorDetail(string? ProductId);

internal sealed record ShowcaseAddResult(IReadOnlyList<ShowcaseAddError>? Errors);
