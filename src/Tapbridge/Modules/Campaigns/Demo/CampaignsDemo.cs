using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Demo;

namespace Tapbridge.Modules.Campaigns.Demo;

/// <summary>
/// Demo campaigns in every status across VN, PH and TH (created in the sandbox too when the market is connected). Two have
/// run for months, so the sandbox can replay months of their orders for the earnings pages.
/// </summary>
internal sealed class CampaignsDemo(CampaignService campaigns, TapbridgeDbContext db, TimeProvider clock) : IDemoSeeder
{
    public int Order => 400;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var demo = new Actor(Guid.Empty, Guid.Empty, OrganizationKind.Agency, "Demo world", new HashSet<string>());
        var plans = new[]
        {
            (Market: "VN", Name: "Tết Beauty Rush", Rate: 1800, Start: -75, Days: 130, Publish: true, Close: false, Messenger: "+84901234567"),
            (Market: "VN", Name: "Back to School Tech", Rate: 1200, Start: -40, Days: 41, Publish: true, Close: true, Messenger: "+84901234567"),
            (Market: "PH", Name: "12.12 Mega Sale", Rate: 1500, Start: 5, Days: 30, Publish: true, Close: false, Messenger: "+639171234567"),
            (Market: "PH", Name: "Home Essentials PH", Rate: 1000, Start: -100, Days: 240, Publish: true, Close: false, Messenger: "+639171234567"),
            (Market: "TH", Name: "Glow & Home Fair TH", Rate: 1500, Start: -30, Days: 120, Publish: true, Close: false, Messenger: "+66812345678"),
            (Market: "TH", Name: "Songkran Summer Fit", Rate: 2000, Start: 20, Days: 45, Publish: false, Close: false, Messenger: "+66812345678"),
        };
        foreach (var plan in plans)
        {
            if (await db.Set<Campaign>().AsNoTracking().SingleOrDefaultAsync(c => c.Name == plan.Name, cancellationToken) is { } existing)
            {
                await ResendAsync(demo, existing, now, cancellationToken);
                continue;
            }

            var start = now.AddDays(plan.Start);
            var created = await campaigns.CreateAsync(demo, plan.Market, new CampaignTerms
            {
                Name = plan.Name,
                Description = $"{plan.Name}: brands offer at least {plan.Rate / 100} % commission; free samples for creators with 5K+ followers.",
                RegistrationStart = start,
                RegistrationEnd = start.AddDays(plan.Days),
                CampaignStart = start,
                CampaignEnd = start.AddDays(plan.Days),
                CommissionRate = plan.Rate,
                ContactEmail = "partners@sunrise-affiliates.test",
                ContactMessenger = plan.Messenger,
            }, cancellationToken);
            if (plan.Publish)
            {
                await campaigns.PublishAsync(demo, created.Id, cancellationToken);
            }

            if (plan.Close)
            {
                await campaigns.CloseAsync(demo, created.Id, cancellationToken);
            }
        }
    }

    /// <summary>The demo's sandbox keeps its world in memory: after a restart, open demo campaigns are sent to it again.</summary>
    private async Task ResendAsync(Actor demo, Campaign campaign, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (campaign.TikTokCampaignId is null || campaign.StatusAt(now) == CampaignStatus.Closed)
        {
            return;
        }

        try
        {
            await campaigns.SendToTikTokAsync(demo, campaign.Id, cancellationToken);
        }
        catch (Tapbridge.Platform.RuleViolationException)
        {
            // Still on TikTok, or the market is not connected: nothing to repair.
        }
    }
}
