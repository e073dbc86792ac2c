using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Commissions.Adjustments;
using Tapbridge.Modules.Creators;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Demo;

namespace Tapbridge.Modules.Commissions.Demo;

/// <summary>Finance's adjustments for Maria: a bonus, a reimbursement, and one posted twice then reversed. Fixed keys: a restart posts nothing again.</summary>
internal sealed class AdjustmentsDemo(TapbridgeDbContext db, CreatorAdjustments adjustments) : IDemoSeeder
{
    private const string Courier = "Reimbursement of the courier fee for sending the serum samples back to the brand.";

    public int Order => 570;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var maria = await db.Set<Creator>().AsNoTracking().FirstOrDefaultAsync(c => c.Handle == "maria.glowup", cancellationToken);
        var finance = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Email == DemoSettings.Email("finance"), cancellationToken);
        if (maria is null || finance is null)
        {
            return;
        }

        var actor = new Actor(finance.Id, Agency.Agency.InstallationId, OrganizationKind.Agency, finance.DisplayName, new HashSet<string> { Roles.Finance });
        await adjustments.PostAsync(actor, new(maria.Id, "PH", 150_000,
            "Bonus for hosting the Home Essentials PH launch live stream, as agreed: ₱1,500 for the two-hour slot.", "Home Essentials PH", "demo:maria:live-bonus"), cancellationToken);
        await adjustments.PostAsync(actor, new(maria.Id, "PH", 35_000, Courier, null, "demo:maria:courier"), cancellationToken);
        var twice = await adjustments.PostAsync(actor, new(maria.Id, "PH", 35_000, Courier, null, "demo:maria:courier-again"), cancellationToken);
        await adjustments.ReverseAsync(actor, twice.Adjustment.Id, new("Posted twice by mistake; the first reimbursement stands.", "demo:maria:courier-again:reversal"), cancellationToken);
    }
}
