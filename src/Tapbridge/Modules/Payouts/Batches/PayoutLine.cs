using System.Text.Json.Serialization;
using static Tapbridge.Platform.RuleViolationException;

namespace Tapbridge.Modules.Payouts.Batches;

[JsonConverter(typeof(JsonStringEnumConverter<PayoutLineStatus>))]
public enum PayoutLineStatus
{
    /// <summary>To be paid (in an approved batch: sent, waiting for the bank's result).</summary>
    Included,

    /// <summary>Not paid in this batch, with the reason; the balance stays payable.</summary>
    Held,
    Paid,

    /// <summary>The bank refused the transfer; the amount went back to the creator's payable balance.</summary>
    Failed,
}

/// <summary>Where a line is paid, as it was when the batch was prepared (the method's id, and what may be shown of it).</summary>
internal sealed record PayoutTarget(Guid MethodId, string Provider, string HolderName, string AccountLast4);

/// <summary>One creator's line in a payout batch.</summary>
public sealed class PayoutLine
{
    public const int MaxReason = 300;

    private PayoutLine()
    {
    }

    public Guid Id { get; private set; }
    public Guid BatchId { get; private set; }
    public Guid CreatorId { get; private set; }

    /// <summary>The line's reference on the bank file and the result file: "{batch reference}-{number}".</summary>
    public int Number { get; private set; }
    public long Amount { get; private set; }
    public PayoutLineStatus Status { get; private set; }
    public string? HoldReason { get; private set; }
    public Guid? MethodId { get; private set; }
    public string? Provider { get; private set; }
    public string? HolderName { get; private set; }
    public string? AccountLast4 { get; private set; }
    public string? FailureReason { get; private set; }
    public string? ResolvedBy { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }
    public int Version { get; private set; }

    public string? MaskedAccountNumber => AccountLast4 is null ? null : $"••••{AccountLast4}";

    /// <summary>"Scheduled", "On its way", "Paid", "Failed" or "Not paid this time": a line as its creator reads it.</summary>
    public static string StatusText(PayoutLineStatus status, PayoutBatchStatus batch) => status switch
    {
        PayoutLineStatus.Included when batch == PayoutBatchStatus.Prepared => "Scheduled",
        PayoutLineStatus.Included => "On its way",
        PayoutLineStatus.Held => "Not paid this time",
        _ => status.ToString(),
    };

    internal static PayoutLine Create(Guid batchId, Guid creatorId, long amount, string? hold, PayoutTarget? target, int number) => new()
    {
        Id = Guid.CreateVersion7(), BatchId = batchId, CreatorId = creatorId, Amount = amount, Number = number,
        Status = hold is null && target is not null ? PayoutLineStatus.Included : PayoutLineStatus.Held, HoldReason = hold,
        MethodId = target?.MethodId, Provider = target?.Provider, HolderName = target?.HolderName, AccountLast4 = target?.AccountLast4,
    };

    /// <summary>The bank's result. The same result again changes nothing (an uploaded file twice); another is refused.</summary>
    public bool Resolve(bool paid, string? reason, string by, DateTimeOffset now)
    {
        var wanted = paid ? PayoutLineStatus.Paid : PayoutLineStatus.Failed;
        if (Status == wanted)
        {
            return false;
        }

        Require<PayoutsRules>(Status == PayoutLineStatus.Included, "status", "Line.ResultOnce", Number, Status);
        var why = reason?.Trim();
        Require<PayoutsRules>(paid || why is { Length: >= 3 }, "reason", "Line.FailureReason", Number);
        Require<PayoutsRules>((why?.Length ?? 0) <= MaxReason, "reason", "Line.ReasonLength", MaxReason);
        (Status, FailureReason, ResolvedBy, ResolvedAt) = (wanted, paid ? null : why, by, now);
        Version++;
        return true;
    }
}
