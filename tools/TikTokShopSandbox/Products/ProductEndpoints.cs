using TikTokShopSandbox.Auth;
using TikTokShopSandbox.Campaigns;
using TikTokShopSandbox.Common;
using TikTokShopSandbox.Signing;

namespace TikTokShopSandbox.Products;

/// <summary>P6 (registered products) and P7 (review).</summary>
internal static class ProductEndpoints
{
    private static readonly string[] Results = ["APPROVE", "REJECT", "REJECT_FOREVER"];
    private static readonly string[] Reasons = ["COMMISSION_TOO_LOW", "PRODUCT_HARD_TO_PROMOTE", "PRODUCT_TOO_EXPENSIVE", "NO_SUITABLE_CREATOR"];

    public static void Map(IEndpointRouteBuilder app)
    {
        app.OpenGet("/affiliate_partner/202405/campaigns/{campaign_id}/products", new EndpointSpec(Family.Partner, CipherRule.Required, Scopes.PartnerCampaignRead), List);
        app.OpenPost(
            "/affiliate_partner/202405/campaigns/{campaign_id}/products/{product_id}/review",
            new EndpointSpec(Family.Partner, CipherRule.Required, Scopes.PartnerCampaignProductWrite),
            Review);
    }

    private static object List(ApiCall call)
    {
        var campaign = PartnerLookup.Campaign(call);
        var size = call.Query.PageSize(1, 100, null);
        var status = CampaignProduct.ParseStatus(call.Query.Enum("review_status", "PENDING", "APPROVED", "REJECTED", "PENDING_CLOSED", "CLOSED"));
        var name = call.Query["product_name"];
        var productId = call.Query["product_id"];
        var shopName = call.Query["shop_name"];
        var categoryId = call.Query["category_id"];
        var matches = campaign.Products
            .Where(p => status is null || p.Status == status)
            .Where(p => string.IsNullOrEmpty(name) || p.Product.Name.Contains(name, StringComparison.OrdinalIgnoreCase))
            .Where(p => string.IsNullOrEmpty(productId) || p.Product.Id == productId)
            .Where(p => string.IsNullOrEmpty(shopName) || p.Product.Shop.Name.Contains(shopName, StringComparison.OrdinalIgnoreCase))
            .Where(p => string.IsNullOrEmpty(categoryId) || p.Product.Category.Id == categoryId || p.Product.Category.ParentId == categoryId)
            .ToList();
        var page = Paging.Slice(matches, size, call.Query["page_token"], $"products|{campaign.Id}|{status}|{name}|{productId}|{shopName}|{categoryId}");
        return new
        {
            Products = page.Items.Select(p => ProductJson.Of(call.World, p)).ToList(),
            page.NextPageToken,
            page.TotalCount,
        };
    }

    private static object? Review(ApiCall call)
    {
        var campaign = PartnerLookup.Campaign(call);
        if (!campaign.IsOnline(call.Now))
        {
            throw new ApiException(ErrorCodes.CampaignNotOnline, "Product operation denied, please ensure campaign is under online status (UPCOMING or ONGOING)");
        }

        var registration = PartnerLookup.Product(call, campaign);
        var result = call.Body.RequiredString("review_result");
        if (!Results.Contains(result, StringComparer.Ordinal))
        {
            throw ApiException.Invalid("review_result must be one of APPROVE, REJECT, REJECT_FOREVER");
        }

        var reasons = call.Body.StringList("reject_reasons") ?? [];
        if (reasons.Any(r => !Reasons.Contains(r, StringComparer.Ordinal)))
        {
            throw ApiException.Invalid($"reject_reasons must contain only {string.Join(", ", Reasons)}");
        }

        registration.Status = (registration.Status, result) switch
        {
            (ReviewStatus.Pending, "APPROVE") => ReviewStatus.Approved,
            (ReviewStatus.Pending, _) => ReviewStatus.Rejected,
            (ReviewStatus.PendingClosed, "APPROVE") => ReviewStatus.Closed,
            (ReviewStatus.PendingClosed, _) => ReviewStatus.Approved,
            _ => throw new ApiException(ErrorCodes.OperationDenied, $"Operation denied: the product is {CampaignProduct.StatusName(registration.Status)}, nothing to review"),
        };
        if (registration.Status == ReviewStatus.Rejected)
        {
            registration.RejectedAt = call.Now;
            registration.RejectedForever = result == "REJECT_FOREVER";
            registration.RejectReasons = reasons;
        }

        return null;
    }
}
