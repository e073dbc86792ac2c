using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Commissions;

/// <summary>The result of checking the ledger: every entry balances, and every balance equals what the earnings and adjustments say they posted.</summary>
public sealed record LedgerCheckReport(bool Balanced, int Entries, int Legs, IReadOnlyList<string> Problems, DateTimeOffset CheckedAt);

/// <summary>
/// Checks the ledger against itself, any time: each entry sums to zero per currency, and each account's balance (the
/// sum of its legs) equals what the line earnings and the adjustments recorded as posted. A failure is reported, never corrected; payouts
/// must not run while it fails.
/// </summary>
public sealed class LedgerCheck(IDbContextFactory<TapbridgeDbContext> contexts, TimeProvider clock)
{
    public async Task<LedgerCheckReport> RunAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // One snapshot for every read: a posting between them would otherwise look like a broken balance.
        await using var snapshot = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);
        var problems = new List<string>();
        var unbalanced = await db.Set<LedgerLeg>().GroupBy(l => new { l.EntryId, l.Currency }).Where(g => g.Sum(l => l.Amount) != 0)
            .Select(g => new { g.Key.EntryId, g.Key.Currency, Sum = g.Sum(l => l.Amount) }).OrderBy(u => u.EntryId).Take(50).ToListAsync(cancellationToken);
        problems.AddRange(unbalanced.Select(u => $"Entry {u.EntryId} does not balance in {u.Currency}: off by {u.Sum}."));

        var balances = (await db.Set<LedgerLeg>().GroupBy(l => new { l.Account, l.CreatorId, l.Currency })
            .Select(g => new { g.Key.Account, g.Key.CreatorId, g.Key.Currency, Sum = g.Sum(l => l.Amount) }).ToListAsync(cancellationToken))
            .Where(b => b.Sum != 0).ToDictionary(b => (b.Account, b.CreatorId, b.Currency), b => b.Sum);
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

        foreach (var key in balances.Keys.Union(expected.Keys).Where(k => balances.GetValueOrDefault(k) != expected.GetValueOrDefault(k)).Take(50))
        {
            problems.Add($"{key.Item1}{(key.Item2 is { } c ? $" of creator {c}" : "")} in {key.Item3}: entries sum to {balances.GetValueOrDefault(key)}, the earnings and adjustments say {expected.GetValueOrDefault(key)}.");
        }

        return new LedgerCheckReport(problems.Count == 0, await db.Set<LedgerEntry>().CountAsync(cancellationToken), await db.Set<LedgerLeg>().CountAsync(cancellationToken), problems, clock.GetUtcNow());
    }
}
