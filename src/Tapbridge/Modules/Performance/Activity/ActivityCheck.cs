using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Performance.Activity;

/// <summary>Whether every creator's daily sums still equal the order lines, clicks and posts they sum; each difference named.</summary>
internal sealed class ActivityCheck(IDbContextFactory<TapbridgeDbContext> contexts)
{
    public async Task<IReadOnlyList<string>> ProblemsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var snapshot = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);
        var problems = new List<string>();
        foreach (var (table, sql) in ActivityTotals.Checks(db.Database.IsNpgsql()))
        {
            var differing = await db.Database.SqlQueryRaw<long>(sql).SingleAsync(cancellationToken);
            if (differing != 0)
            {
                problems.Add($"{differing} rows of {table} differ from the sums of the rows they total.");
            }
        }

        return problems;
    }
}
