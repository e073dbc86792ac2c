using System.Globalization;
using System.Text.Json.Serialization;
using Tapbridge.Platform.Markets;
using static Tapbridge.Platform.RuleViolationException;

namespace Tapbridge.Modules.Payouts.Batches;

[JsonConverter(typeof(JsonStringEnumConverter<PayoutBatchStatus>))]
public enum PayoutBatchStatus
{
    /// <summary>Worked out and waiting for a Finance user's review (when the scheduler prepared it) and a second Finance user's approval.</summary>
    Prepared,

    /// <summary>Approved and posted: the bank file can be sent; results are coming back.</summary>
    Approved,

    /// <summary>Every line was paid or failed.</summary>
    Completed,

    /// <summary>Dropped before approval (nothing was posted).</summary>
    Cancelled,
}

/// <summary>
/// One market's payout for one pay date: the creators paid (and those held, with why), prepared by one Finance user
/// (or by the scheduler, and then reviewed by one) and approved by another. Approval posts every line to the ledger at
/// once; a market has at most one batch open (prepared or approved) at a time, so no creator is in two payouts, and
/// one live batch per pay date.
/// </summary>
public sealed class PayoutBatch
{
    private PayoutBatch()
    {
    }

    public Guid Id { get; private set; }
    public string MarketCode { get; private set; } = "";
    public string Currency { get; private set; } = "";
    public DateOnly PayDate { get; private set; }
    public PayoutBatchStatus Status { get; private set; }
    public Guid PreparedById { get; private set; }
    public string PreparedBy { get; private set; } = "";
    public DateTimeOffset PreparedAt { get; private set; }

    /// <summary>
    /// The cut-off of the cycle the batch pays (or when it was prepared, if earlier): it pays what became payable up to
    /// then, less what was taken back or paid out by the time it was prepared; what became payable later waits for its own cycle.
    /// </summary>
    public DateTimeOffset CutOffAt { get; private set; }

    /// <summary>The Finance user who checked the lines and holds: the preparer, or for a scheduled batch whoever reviewed it.</summary>
    public Guid? ReviewedById { get; private set; }
    public string? ReviewedBy { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public Guid? ApprovedById { get; private set; }
    public string? ApprovedBy { get; private set; }
    public DateTimeOffset? ApprovedAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public long Total { get; private set; }
    public int Included { get; private set; }
    public int Held { get; private set; }
    public int Version { get; private set; }

    public Market Market => Market.Get(MarketCode);

    /// <summary>"TB-PH-20261225": the batch's name on the bank file and in mails.</summary>
    public string Reference => string.Create(CultureInfo.InvariantCulture, $"TB-{MarketCode}-{PayDate:yyyyMMdd}");

    /// <summary>The preparer of a batch the payout scheduler made: no Finance user, so a Finance user reviews it before another approves.</summary>
    public static readonly Guid Scheduler = Guid.Empty;

    public const string SchedulerName = "the payout scheduler";

    public bool Scheduled => PreparedById == Scheduler;

    public static PayoutBatch Prepare(
        Guid id, Market market, DateOnly payDate, DateTimeOffset cutOffAt, IReadOnlyList<PayoutLine> lines, Guid byId, string by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(lines);
        var included = lines.Where(l => l.Status == PayoutLineStatus.Included).ToList();
        Require<PayoutsRules>(included.Count > 0, null, lines.Count > 0 ? "Batch.NothingPayableHeld" : "Batch.NothingPayable", market.Name, payDate, lines.Count);
        return new PayoutBatch
        {
            Id = id, MarketCode = market.Code, Currency = market.Currency, PayDate = payDate, Status = PayoutBatchStatus.Prepared,
            PreparedById = byId, PreparedBy = by, PreparedAt = now, CutOffAt = cutOffAt < now ? cutOffAt : now,
            ReviewedById = byId == Scheduler ? null : byId, ReviewedBy = byId == Scheduler ? null : by, ReviewedAt = byId == Scheduler ? null : now, Total = included.Sum(l => l.Amount), Included = included.Count, Held = lines.Count - included.Count,
        };
    }

    /// <summary>A Finance user signs off a scheduled batch's lines and holds, which lets another approve it.</summary>
    public void Review(Guid byId, string by, DateTimeOffset now)
    {
        Require<PayoutsRules>(Status == PayoutBatchStatus.Prepared, null, "Batch.ReviewPreparedOnly", Status);
        Require<PayoutsRules>(ReviewedById is null, null, "Batch.AlreadyReviewed", ReviewedBy);
        Require<PayoutsRules>(byId != Scheduler, null, "Batch.SchedulerCannotReview");
        (ReviewedById, ReviewedBy, ReviewedAt) = (byId, by, now);
        Version++;
    }

    /// <summary>The four-eyes rule: two Finance users, the one who prepared or reviewed the batch and the one who approves it.</summary>
    public void Approve(Guid byId, string by, DateTimeOffset now)
    {
        Require<PayoutsRules>(Status == PayoutBatchStatus.Prepared, null, "Batch.ApprovePreparedOnly", Status);
        Require<PayoutsRules>(ReviewedById is not null, null, "Batch.ReviewFirst");
        Require<PayoutsRules>(byId != ReviewedById, null, Scheduled ? "Batch.ReviewerCannotApprove" : "Batch.PreparerCannotApprove", ReviewedBy);
        (Status, ApprovedById, ApprovedBy, ApprovedAt) = (PayoutBatchStatus.Approved, byId, by, now);
        Version++;
    }

    public void Cancel()
    {
        Require<PayoutsRules>(Status == PayoutBatchStatus.Prepared, null, "Batch.DropPreparedOnly", Status);
        Status = PayoutBatchStatus.Cancelled;
        Version++;
    }

    /// <summary>Completes the batch once none of its lines waits for a result.</summary>
    public void ResultsIn(IEnumerable<PayoutLine> lines, DateTimeOffset now)
    {
        Require<PayoutsRules>(Status == PayoutBatchStatus.Approved, null, "Batch.ResultsApprovedOnly", Status);
        if (lines.All(l => l.Status != PayoutLineStatus.Included))
        {
            (Status, CompletedAt) = (PayoutBatchStatus.Completed, now);
        }

        Version++;
    }
}
