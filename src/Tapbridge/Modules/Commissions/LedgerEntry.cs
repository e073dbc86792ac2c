namespace Tapbridge.Modules.Commissions;

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<EntryKind>))]
public enum EntryKind
{
    /// <summary>TikTok reported new facts for a line (or staff attributed it): amounts move to what they are now.</summary>
    LineUpdate,

    /// <summary>The hold passed: the earning moves from pending to confirmed.</summary>
    Confirmation,

    /// <summary>The payout cycle's cut-off passed: the earning moves from confirmed to payable.</summary>
    CycleClose,

    /// <summary>Finance posted an adjustment for a creator (or reversed one): confirmed as it is posted.</summary>
    Adjustment,

    /// <summary>A payout batch was approved: the creator's payable amount moves into the payout.</summary>
    PayoutApproved,

    /// <summary>The bank confirmed the transfer: the amount left the agency.</summary>
    PayoutPaid,

    /// <summary>The transfer failed: the amount returns to the creator's payable balance.</summary>
    PayoutFailed,
}

/// <summary>
/// A balanced, append-only journal entry, stored as one row with a column per account (ADR 0013): its legs are the
/// non-zero columns, and the creator accounts are <see cref="CreatorId"/>'s. <see cref="SourceKey"/> is the key: the
/// event it records (a line version, a confirmation, an adjustment) posts at most once, however often it is processed.
/// Entries are never changed; a correction is a later entry.
/// </summary>
public sealed class LedgerEntry
{
    private LedgerEntry()
    {
    }

    public string SourceKey { get; private set; } = "";
    public Guid? LineId { get; private set; }
    public EntryKind Kind { get; private set; }
    public string Currency { get; private set; } = "";
    public string Description { get; private set; } = "";
    public DateTimeOffset PostedAt { get; private set; }

    /// <summary>
    /// When the movement counts for payouts: for what a cycle's close made payable, the cut-off itself (however late the
    /// job posted it), so a batch pays exactly what was payable at its cut-off; the posting time for everything else.
    /// </summary>
    public DateTimeOffset EffectiveAt { get; private set; }

    /// <summary>The creator whose accounts the entry moves; null when it moves only the agency's, or a line's not attributed yet.</summary>
    public Guid? CreatorId { get; private set; }

    public long TikTokReceivable { get; private set; }
    public long CommissionRevenue { get; private set; }
    public long CreatorShareExpense { get; private set; }
    public long CreatorPending { get; private set; }
    public long CreatorConfirmed { get; private set; }
    public long CreatorPayable { get; private set; }
    public long TikTokPaidCreatorCommission { get; private set; }
    public long TikTokPaidCreatorCommissionContra { get; private set; }
    public long CreatorInPayout { get; private set; }
    public long CreatorPaid { get; private set; }

    /// <summary>Entries that move a payable, in-payout or paid balance: the filter of their partial index, to be used as it is so the index serves.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<LedgerEntry, bool>> MovesPayouts = e => e.CreatorPayable != 0 || e.CreatorInPayout != 0 || e.CreatorPaid != 0;

    /// <summary>The entry's legs: each account it moves, debit positive, credit negative.</summary>
    public IReadOnlyList<LedgerLeg> Legs =>
        [.. ChartOfAccounts.All.Select(a => new LedgerLeg(a.Account, a.PerCreator ? CreatorId : null, a.Read(this))).Where(l => l.Amount != 0)];

    public long Amount(LedgerAccount account) => ChartOfAccounts.Of(account).Read(this);

    /// <summary>
    /// An entry of the non-zero legs, or null when nothing moves. Throws when the legs do not balance, when an agency
    /// account has a creator, or when the legs move two creators' accounts (post one entry per creator): a bug, never saved.
    /// </summary>
    public static LedgerEntry? Post(string sourceKey, Guid? lineId, EntryKind kind, string currency, string description, DateTimeOffset now,
        IEnumerable<(LedgerAccount Account, Guid? CreatorId, long Amount)> legs, DateTimeOffset? effectiveAt = null)
    {
        var moving = legs.Where(l => l.Amount != 0)
            .GroupBy(l => (l.Account, l.CreatorId)).Select(g => (g.Key.Account, g.Key.CreatorId, Amount: g.Sum(l => l.Amount))).Where(l => l.Amount != 0).ToList();
        if (moving.Count == 0)
        {
            return null;
        }

        if (moving.Sum(l => l.Amount) != 0)
        {
            throw new InvalidOperationException($"Entry {sourceKey} does not balance: {string.Join(", ", moving)}.");
        }

        if (moving.Any(l => !ChartOfAccounts.Of(l.Account).PerCreator && l.CreatorId is not null))
        {
            throw new InvalidOperationException($"Entry {sourceKey} gives an agency account a creator: {string.Join(", ", moving)}.");
        }

        // A creator account without a creator is the line's before it is attributed; it is a holder of its own.
        var creators = moving.Where(l => ChartOfAccounts.Of(l.Account).PerCreator).Select(l => l.CreatorId).Distinct().ToList();
        if (creators.Count > 1)
        {
            throw new InvalidOperationException($"Entry {sourceKey} moves the creator accounts of {creators.Count} holders: post one entry per creator.");
        }

        var entry = new LedgerEntry
        {
            SourceKey = sourceKey, LineId = lineId, Kind = kind, Currency = currency, CreatorId = creators.FirstOrDefault(),
            Description = description.Length > 500 ? description[..500] : description, PostedAt = now,
            EffectiveAt = effectiveAt ?? now,
        };
        foreach (var (account, _, amount) in moving)
        {
            ChartOfAccounts.Of(account).Add(entry, amount);
        }

        return entry;
    }
}

/// <summary>One side of an entry: an amount (debit positive, credit negative) on an account, with its creator where the account is a creator's.</summary>
public sealed record LedgerLeg(LedgerAccount Account, Guid? CreatorId, long Amount);
