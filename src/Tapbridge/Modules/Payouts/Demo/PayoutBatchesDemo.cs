using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Agency;
using Tapbridge.Modules.Commissions;
using Tapbridge.Modules.Payouts.Batches;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Demo;

namespace Tapbridge.Modules.Payouts.Demo;

/// <summary>
/// The last pay day's payouts in each market, paying what was payable at that cycle's cut-off (what became payable
/// since waits for its own pay day): prepared by Finance (Quang), approved by the admin (Mai Anh), and the bank's
/// results recorded — all paid but Paolo's, whose bank account was closed (his amount is payable again). Creators
/// below the minimum, without a method or with a method on hold (Maria) are held, with why.
/// </summary>
internal sealed class PayoutBatchesDemo(TapbridgeDbContext db, PayoutBatches batches, AgencyDirectory agency, TimeProvider clock, ILogger<PayoutBatchesDemo> logger) : IDemoSeeder
{
    public int Order => 650;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<PayoutBatch>().AnyAsync(cancellationToken))
        {
            return;
        }

        var finance = await ActorAsync("finance", Roles.Finance, cancellationToken);
        var admin = await ActorAsync("admin", Roles.Admin, cancellationToken);
        if (finance is null || admin is null)
        {
            return;
        }

        foreach (var market in (await agency.GetAsync(cancellationToken)).Markets)
        {
            var lastPayDay = (await PayoutSchedules.ForAsync(db, market, cancellationToken)).Calendar.LastPayDate(clock.GetUtcNow(), market);
            PayoutBatchView batch;
            try
            {
                batch = await batches.PrepareAsync(finance, market.Code, lastPayDay, cancellationToken);
            }
            catch (RuleViolationException e)
            {
                logger.LogInformation("No demo payout batch in {Market}: {Reason}", market.Code, e.English);
                continue;
            }

            await batches.ApproveAsync(admin, batch.Id, cancellationToken);
            foreach (var line in batch.Lines.Where(l => l.Status == PayoutLineStatus.Included))
            {
                var failed = line.Handle == "paolo.home.ph";
                await batches.RecordResultAsync(finance, batch.Id, line.Id, new PayoutResult(!failed, failed ? "Account closed: the bank returned the transfer" : null), cancellationToken);
            }
        }
    }

    private async Task<Actor?> ActorAsync(string name, string role, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Email == DemoSettings.Email(name), cancellationToken);
        return user is null ? null : new Actor(user.Id, Agency.Agency.InstallationId, OrganizationKind.Agency, user.DisplayName, new HashSet<string> { role });
    }
}
