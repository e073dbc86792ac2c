using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Orders;

/// <summary>
/// Who turns line facts into money (Commissions), inside Orders' own transaction, so that a line version and its ledger
/// entry are stored together or not at all. Orders depends on this contract only; money flows on from here.
/// </summary>
public interface ILinePostings
{
    /// <summary>Reads what posting a batch of lines needs (their earnings so far, the creators' share rates), once.</summary>
    Task<ILinePostingBatch> OpenAsync(
        TapbridgeDbContext db, string market, IReadOnlyCollection<Guid> lineIds, IReadOnlyCollection<Guid> creatorIds, CancellationToken cancellationToken);
}

/// <summary>The postings of one batch of lines, written with the batch.</summary>
public interface ILinePostingBatch
{
    /// <summary>Posts what a line version means for money; entries are keyed by the version, so a version posts once.</summary>
    void Post(LineFacts facts, int version, string description, DateTimeOffset now);

    /// <summary>
    /// Stores the posts in the caller's transaction. The line and its earning share one row (ADR 14): lines not stored
    /// yet are handed over and written with their earnings, whose columns Commissions owns.
    /// </summary>
    Task WriteAsync(TapbridgeDbContext db, IReadOnlyCollection<OrderLine> newLines, CancellationToken cancellationToken);
}
