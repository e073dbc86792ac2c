using Tapbridge.Platform;
using Tapbridge.TikTokShop.Errors;

namespace Tapbridge.Modules.Campaigns;

/// <summary>TikTok's refusal of a change becomes a rule violation the caller reads; nothing local is saved after it.</summary>
internal static class TikTokRefusals
{
    public static async Task<T> AsRuleAsync<T>(Func<Task<T>> call, string what = "the change")
    {
        try
        {
            return await call();
        }
        catch (TikTokShopException e)
        {
            throw new RuleViolationException($"TikTok Shop refused {what}: {e.TikTokMessage} (code {e.Code}). Nothing was saved.");
        }
        catch (Exception e) when (e is HttpRequestException or Polly.Timeout.TimeoutRejectedException)
        {
            throw new RuleViolationException($"TikTok Shop could not be reached for {what}; nothing was saved. Try again in a moment.");
        }
    }

    public static async Task AsRuleAsync(Func<Task> call, string what = "the change") => await AsRuleAsync(async () =>
    {
        await call();
        return true;
    }, what);
}
