using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Commissions;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Payouts.Batches;

/// <summary>What the payout lines say they posted, for the ledger check: an approved line moved its amount from payable into the payout; a paid one out to the creator; a failed one back.</summary>
internal sealed class PayoutSubledger : ILedgerSubledger
{
    public async Task ExpectAsync(TapbridgeDbContext db, Action<LedgerAccount, Guid?, string, long> expect, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(expect);
        var posted = await (from l in db.Set<PayoutLine>().AsNoTracking()
                            join b in db.Set<PayoutBatch>().AsNoTracking() on l.BatchId equals b.Id
                            where (b.Status == PayoutBatchStatus.Approved || b.Status == PayoutBatchStatus.Completed) && (l.Status == PayoutLineStatus.Included || l.Status == PayoutLineStatus.Paid)
                            group l by new { l.CreatorId, b.Currency, l.Status } into g
                            select new { g.Key.CreatorId, g.Key.Currency, g.Key.Status, Amount = g.Sum(l => l.Amount) }).ToListAsync(cancellationToken);
        foreach (var p in posted)
        {
            expect(LedgerAccount.CreatorPayable, p.CreatorId, p.Currency, p.Amount);
            expect(p.Status == PayoutLineStatus.Paid ? LedgerAccount.CreatorPaid : LedgerAccount.CreatorInPayout, p.CreatorId, p.Currency, -p.Amount);
        }
    }
}
