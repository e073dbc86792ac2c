using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Commissions;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Payouts.Batches;

/// <summary>A pay day is done once its batch has every result in: what is payable after it (a failed transfer among it) goes with the next.</summary>
internal sealed class PayoutDays : IPayoutDays
{
    public Task<bool> DoneAsync(TapbridgeDbContext db, string marketCode, DateOnly payDate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<PayoutBatch>().AsNoTracking().AnyAsync(b => b.MarketCode == marketCode && b.PayDate == payDate && b.Status == PayoutBatchStatus.Completed, cancellationToken);
    }
}
