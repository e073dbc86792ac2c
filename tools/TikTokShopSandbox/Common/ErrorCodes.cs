namespace TikTokShopSandbox.Common;

/// <summary>TikTok's response codes that the sandbox reports.</summary>
internal static class ErrorCodes
{
    public const long Success = 0;
    public const long InvalidCipher = 101000;
    public const long InvalidToken = 105001;
    public const long ExpiredToken = 105002;
    public const long NoPermission = 105005;
    public const long InvalidSign = 106001;
    public const long RegionMismatch = 16032001;
    public const long InvalidCampaignPeriod = 16032002;
    public const long InvalidRegistrationPeriod = 16032003;
    public const long InvalidSellerScope = 16032004;
    public const long CampaignNotFound = 16032005;
    public const long OperationDenied = 16032008;
    public const long CampaignNotOnline = 16032009;
    public const long CampaignProductNotFound = 16032010;
    public const long MaxOnlineCampaigns = 16032011;
    public const long TooManyRequests = 36009002;
    public const long InternalError = 36009003;
    public const long InvalidParameter = 36009004;
    public const long InvalidPath = 36009014;
}
