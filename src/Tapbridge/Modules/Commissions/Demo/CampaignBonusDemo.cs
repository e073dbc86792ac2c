using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Campaigns;
using Tapbridge.Modules.Commissions.Bonuses;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Demo;

namespace Tapbridge.Modules.Commissions.Demo;

/// <summary>A bonus on Home Essentials PH (PHP 20 an order after the first 10), so the Philippine creators see their progress.</summary>
internal sealed class CampaignBonusDemo(TapbridgeDbContext db, CampaignBonuses bonuses) : IDemoSeeder
{
    public int Order => 575;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<Campaign>().AsNoTracking().FirstOrDefaultAsync(c => c.Name == "Home Essentials PH", cancellationToken) is not { } home
            || (await bonuses.ListAsync(home.Id, cancellationToken)).Count > 0)
        {
            return;
        }

        var manager = new Actor(Guid.Empty, Agency.Agency.InstallationId, OrganizationKind.Agency, "Paolo Reyes", new HashSet<string> { Roles.AccountManager });
        await bonuses.SetAsync(manager, home.Id, new CampaignBonusChange(2_000, 10), cancellationToken);
    }
}
