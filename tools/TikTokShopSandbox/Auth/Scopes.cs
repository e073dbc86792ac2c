namespace TikTokShopSandbox.Auth;

/// <summary>
/// Scope strings: the user type, a dot, and the scope package's name from TikTok's reference in snake_case (a leading
/// "Partner" dropped). A consent grants all of its user type's scopes unless <c>/sandbox/authorizations</c> names fewer.
/// </summary>
internal static class Scopes
{
    public const int SellerUser = 0;
    public const int CreatorUser = 1;
    public const int PartnerUser = 3;

    public const string PartnerAuthorizedInfo = "partner.authorized_information";
    public const string PartnerCampaignRead = "partner.read_affiliate_partner_campaigns";
    public const string PartnerCampaignWrite = "partner.manage_affiliate_partner_campaigns";
    public const string PartnerCampaignProductWrite = "partner.manage_affiliate_partner_campaign_products";
    public const string PartnerPromotionLinkWrite = "partner.manage_product_promote_links";

    public const string SellerAuthorizedInfo = "seller.shop_authorized_information";
    public const string SellerOrderRead = "seller.order_information";
    public const string SellerReturnRefundRead = "seller.return_and_refund_basic";

    public const string CreatorAffiliateInfo = "creator.affiliate_information";
    public const string CreatorShowcaseRead = "creator.read_showcase_products";
    public const string CreatorShowcaseWrite = "creator.manage_showcase_products";
    public const string CreatorCollaborationRead = "creator.read_creator_affiliate_collaborations";

    public static IReadOnlyList<string> For(int userType) => userType switch
    {
        PartnerUser => [PartnerAuthorizedInfo, PartnerCampaignRead, PartnerCampaignWrite, PartnerCampaignProductWrite, PartnerPromotionLinkWrite],
        SellerUser => [SellerAuthorizedInfo, SellerOrderRead, SellerReturnRefundRead],
        CreatorUser => [CreatorAffiliateInfo, CreatorShowcaseRead, CreatorShowcaseWrite, CreatorCollaborationRead],
        _ => [],
    };
}
