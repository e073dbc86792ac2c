namespace Tapbridge.Modules.Payouts.Batches;

public sealed record PayoutLineView(Guid Id, int Number, string Reference, Guid CreatorId, string Handle, long Amount, PayoutLineStatus Status, string? HoldReason,
    string? Provider, string? HolderName, string? AccountNumber, string? FailureReason, DateTimeOffset? ResolvedAt);

/// <summary>A batch; CutOffAt is the cut-off of the cycle it pays (what became payable later waits for its own pay day).</summary>
public sealed record PayoutBatchView(Guid Id, string Reference, string Market, string Currency, DateOnly PayDate, DateTimeOffset CutOffAt, PayoutBatchStatus Status, string PreparedBy, DateTimeOffset PreparedAt,
    bool Scheduled, string? ReviewedBy, DateTimeOffset? ReviewedAt, string? ApprovedBy, DateTimeOffset? ApprovedAt, DateTimeOffset? CompletedAt, long Total, int Included, int Held, IReadOnlyList<PayoutLineView> Lines);

/// <summary>A payout as its creator sees it: when, how much, where to, and what became of it.</summary>
public sealed record CreatorPayoutView(Guid LineId, string Reference, DateOnly PayDate, string Currency, long Amount, PayoutLineStatus Status, PayoutBatchStatus BatchStatus,
    string? HoldReason, string? Provider, string? AccountNumber, string? FailureReason, DateTimeOffset? ResolvedAt)
{
    public string StatusText => PayoutLine.StatusText(Status, BatchStatus);
}

public sealed record PayoutResult(bool Paid, string? Reason);

/// <summary>What a result file recorded; a file with a bad row records nothing and is refused naming the rows.</summary>
public sealed record ResultFileReport(int Rows, int Paid, int Failed, int Unchanged);
