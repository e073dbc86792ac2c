using Tapbridge.Platform;
using Tapbridge.TikTokShop.Errors;

namespace Tapbridge.Modules.Campaigns;

/// <summary>TikTok's refusal of a change becomes a rule violation the caller reads; nothing local is saved after it.</summary>
internal static class TikTokRefusals
{
    /// <summary>
    /// Runs <paramref name="call"/>; TikTok's refusal or silence becomes a rule violation worded by the CampaignsRules keys
    /// "TikTok.Refused.{<paramref name="asked"/>}" (TikTok's message {0}, its code {1}, <paramref name="saved"/> {2}) and
    /// "TikTok.Unreachable.{asked}" (<paramref name="saved"/> {0}).
    /// </summary>
    public static async Task<T> AsRuleAsync<T>(Func<Task<T>> call, string asked = "Change", int saved = 0)
    {
        try
        {
            return await call();
        }
        catch (TikTokShopException e)
        {
            throw RuleViolationException.Say<CampaignsRules>("TikTok.Refused." + asked, null, e.TikTokMessage, e.Code, saved);
        }
        catch (Exception e) when (e is HttpRequestException or Polly.Timeout.TimeoutRejectedException)
        {
            throw RuleViolationException.Say<CampaignsRules>("TikTok.Unreachable." + asked, null, saved);
        }
    }

    public static async Task AsRuleAsync(Func<Task> call, string asked = "Change") => await AsRuleAsync(async () =>
    {
        await call();
        return true;
    }, asked);
}
