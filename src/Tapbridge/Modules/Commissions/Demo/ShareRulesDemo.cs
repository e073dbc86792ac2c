using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Campaigns;
using Tapbridge.Modules.Commissions.Shares;
using Tapbridge.Modules.Creators;
using Tapbridge.Modules.Orders;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Demo;

namespace Tapbridge.Modules.Commissions.Demo;

/// <summary>Before the demo's orders arrive (rates are fixed when a line gets its creator): a campaign share and the agreed shares of Maria, Kaye and Andrea.</summary>
internal sealed class ShareRulesDemo(TapbridgeDbContext db, ShareRules rules) : IDemoSeeder
{
    private static readonly Actor Finance = new(Guid.Empty, Agency.Agency.InstallationId, OrganizationKind.Agency, "Demo finance", new HashSet<string> { Roles.Finance });

    public int Order => 540;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<OrderLine>().AnyAsync(cancellationToken))
        {
            return;
        }

        if (await db.Set<Campaign>().AsNoTracking().FirstOrDefaultAsync(c => c.Name == "Home Essentials PH", cancellationToken) is { } home)
        {
            await rules.SetAsync(Finance, new(ShareScope.Campaign, "PH", null, home.Id, null, 1500), cancellationToken);
        }

        foreach (var (handle, basisPoints) in new[] { ("maria.glowup", 2500), ("kaye.daily.ph", 1000), ("andrea.finds.ph", 800) })
        {
            if (await db.Set<Creator>().AsNoTracking().FirstOrDefaultAsync(c => c.Handle == handle, cancellationToken) is { } creator)
            {
                await rules.SetAsync(Finance, new(ShareScope.Creator, "PH", null, null, creator.Id, basisPoints), cancellationToken);
            }
        }
    }
}
