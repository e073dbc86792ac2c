using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Commissions.Totals;

/// <summary>
/// Recomputes every total from the rows it sums, in one transaction (<c>Tapbridge rebuild-totals</c>): the repair for a
/// ledger check that reports a total differing from its rows. Writers wait meanwhile, so the rebuilt totals and the
/// triggers that keep them from then on agree (ADR 23).
/// </summary>
public sealed class TotalsRebuild(IDbContextFactory<TapbridgeDbContext> contexts, ILogger<TotalsRebuild> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var sql in TotalsTriggers.Rebuild(db.Database.IsNpgsql()))
        {
            await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Totals rebuilt from the order lines and the ledger");
    }
}
