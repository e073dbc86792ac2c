using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Commissions.Totals;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Commissions;

/// <summary>The result of checking the ledger: every entry balances, and every balance equals what the earnings and adjustments say they posted.</summary>
public sealed record LedgerCheckReport(bool Balanced, int Entries, IReadOnlyList<string> Problems, DateTimeOffset CheckedAt);

/// <summary>
/// Checks the ledger against itself, any time: each entry sums to zero per currency, and each account's balance (the
/// sum of its column over the entries) equals what the line earnings and the adjustments recorded as posted; and the
/// totals that pages read equal the lines they sum. A failure is reported, never corrected; payouts must not run while
/// it fails.
/// </summary>
public sealed class LedgerCheck(IDbContextFactory<TapbridgeDbContext> contexts, IEnumerable<ILedgerSubledger> subledgers, TimeProvider clock)
{
    public async Task<LedgerCheckReport> RunAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // One snapshot for every read: a posting between them would otherwise look like a broken balance.
        await using var snapshot = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);
        var problems = new List<string>();
        var entries = db.Set<LedgerEntry>().AsNoTracking();
        var unbalanced = await entries.Where(ChartOfAccounts.Unbalanced).OrderBy(e => e.SourceKey).Take(50).ToListAsync(cancellationToken);
        problems.AddRange(unbalanced.Select(u => $"Entry {u.SourceKey} does not balance in {u.Currency}: off by {ChartOfAccounts.All.Sum(a => a.Read(u))}."));

        var balances = new Dictionary<(LedgerAccount, Guid?, string), long>();
        foreach (var b in await entries.GroupBy(e => new { e.CreatorId, e.Currency }).SumEach().ToListAsync(cancellationToken))
        {
            foreach (var (account, amount) in ChartOfAccounts.All.Zip(b.Sums))
            {
                var key = (account.Account, account.PerCreator ? b.Key.CreatorId : null, b.Key.Currency);
                balances[key] = balances.GetValueOrDefault(key) + amount;
            }
        }

        var expected = new Dictionary<(LedgerAccount, Guid?, string), long>();
        void Expect(LedgerAccount account, Guid? creator, string currency, long amount)
        {
            if (amount != 0)
            {
                expected[(account, creator, currency)] = expected.GetValueOrDefault((account, creator, currency)) + amount;
            }
        }

        var earnings = db.Set<LineEarning>().AsNoTracking();
        foreach (var r in await earnings.GroupBy(e => e.Currency).Select(g => new { Currency = g.Key, Receivable = g.Sum(e => e.Receivable), Share = g.Sum(e => e.Share), Memo = g.Sum(e => e.Memo) }).ToListAsync(cancellationToken))
        {
            Expect(LedgerAccount.TikTokReceivable, null, r.Currency, r.Receivable);
            Expect(LedgerAccount.CommissionRevenue, null, r.Currency, -r.Receivable);
            Expect(LedgerAccount.CreatorShareExpense, null, r.Currency, r.Share);
            Expect(LedgerAccount.TikTokPaidCreatorCommissionContra, null, r.Currency, -r.Memo);
        }

        foreach (var s in await earnings.Where(e => e.Share != 0).GroupBy(e => new { e.Stage, e.ShareCreatorId, e.Currency }).Select(g => new { g.Key.Stage, g.Key.ShareCreatorId, g.Key.Currency, Share = g.Sum(e => e.Share) }).ToListAsync(cancellationToken))
        {
            Expect(LedgerAccounts.ForStage(s.Stage), s.ShareCreatorId, s.Currency, -s.Share);
        }

        foreach (var m in await earnings.Where(e => e.Memo != 0).GroupBy(e => new { e.MemoCreatorId, e.Currency }).Select(g => new { g.Key.MemoCreatorId, g.Key.Currency, Memo = g.Sum(e => e.Memo) }).ToListAsync(cancellationToken))
        {
            Expect(LedgerAccount.TikTokPaidCreatorCommission, m.MemoCreatorId, m.Currency, m.Memo);
        }

        // An adjustment sits whole in the creator account of its stage, against the agency's expense.
        foreach (var a in await db.Set<CreatorAdjustment>().AsNoTracking().GroupBy(a => new { a.Stage, a.CreatorId, a.Currency })
            .Select(g => new { g.Key.Stage, g.Key.CreatorId, g.Key.Currency, Amount = g.Sum(a => a.Amount) }).ToListAsync(cancellationToken))
        {
            Expect(LedgerAccount.CreatorShareExpense, null, a.Currency, a.Amount);
            Expect(LedgerAccounts.ForStage(a.Stage), a.CreatorId, a.Currency, -a.Amount);
        }

        foreach (var subledger in subledgers)
        {
            await subledger.ExpectAsync(db, Expect, cancellationToken);
        }

        foreach (var key in balances.Keys.Union(expected.Keys).Where(k => balances.GetValueOrDefault(k) != expected.GetValueOrDefault(k)).Take(50))
        {
            problems.Add($"{key.Item1}{(key.Item2 is { } c ? $" of creator {c}" : "")} in {key.Item3}: entries sum to {balances.GetValueOrDefault(key)}, the earnings and adjustments say {expected.GetValueOrDefault(key)}.");
        }

        // The totals pages read instead of the lines (ADR 23) must be the lines' sums.
        foreach (var (table, sql) in TotalsTriggers.Checks(db.Database.IsNpgsql()))
        {
            var differing = await db.Database.SqlQueryRaw<long>(sql).SingleAsync(cancellationToken);
            if (differing != 0)
            {
                problems.Add($"{differing} rows of {table} differ from the sums of the order lines they total.");
            }
        }

        return new LedgerCheckReport(problems.Count == 0, await entries.CountAsync(cancellationToken), problems, clock.GetUtcNow());
    }
}

/// <summary>
/// Another module's records of what it posted to the ledger (payouts), so that <see cref="LedgerCheck"/> compares
/// every balance with a record that is not the ledger itself.
/// </summary>
public interface ILedgerSubledger
{
    /// <summary>Adds, through <paramref name="expect"/>, what each (account, creator, currency) should hold from this module's postings; read in the check's snapshot.</summary>
    Task ExpectAsync(TapbridgeDbContext db, Action<LedgerAccount, Guid?, string, long> expect, CancellationToken cancellationToken);
}

/// <summary>Whether a market's payout for a pay day is done (Payouts knows): the creator's next payout is then the one after it.</summary>
public interface IPayoutDays
{
    Task<bool> DoneAsync(TapbridgeDbContext db, string marketCode, DateOnly payDate, CancellationToken cancellationToken);
}
