namespace Tapbridge.TikTokShop.Errors;

/// <summary>The codes the client acts on (reference §1, §2.1, §6, §7.2).</summary>
public static class TikTokShopErrorCodes
{
    public const long AuthorizationRevoked = 105001;
    public const long AccessTokenExpired = 105002;
    public const long MissingScope = 105005;
    public const long InvalidSignature = 106001;
    public const long Throttled = 36009002;
    public const long InternalError = 36009003;
    public const long InvalidParameter = 36009004;
    public const long InvalidCipher = 101000;
    public const long CampaignNotFound = 16032005;
    public const long OperationDenied = 16032008;
    public const long CampaignNotOnline = 16032009;
    public const long CampaignProductNotFound = 16032010;
    public const long MaxCampaignsOnline = 16032011;
}
