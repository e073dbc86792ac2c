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
}

/// <summary>
/// A balanced, append-only journal entry. <see cref="SourceKey"/> is unique: the event it records (a line version,
/// a confirmation, an adjustment) posts at most once, however often it is processed. Entries are never changed; a correction is a
/// later entry.
/// </summary>
public sealed class LedgerEntry
{
    private readonly List<LedgerLeg> legs = [];

    private LedgerEntry()
    {
    }

    public Guid Id { get; private set; }
    public string SourceKey { get; private set; } = "";
    public Guid? LineId { get; private set; }
    public EntryKind Kind { get; private set; }
    public string Currency { get; private set; } = "";
    public string Description { get; private set; } = "";
    public DateTimeOffset PostedAt { get; private set; }
    public IReadOnlyList<LedgerLeg> Legs => legs;

    /// <summary>An entry of the non-zero legs, or null when nothing moves. Throws when the legs do not balance: a bug, never saved.</summary>
    public static LedgerEntry? Post(string sourceKey, Guid? lineId, EntryKind kind, string currency, string description, DateTimeOffset now,
        IEnumerable<(LedgerAccount Account, Guid? CreatorId, long Amount)> legs)
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

        var entry = new LedgerEntry
        {
            Id = Guid.CreateVersion7(now), SourceKey = sourceKey, LineId = lineId, Kind = kind, Currency = currency,
            Description = description.Length > 500 ? description[..500] : description, PostedAt = now,
        };
        entry.legs.AddRange(moving.Select((l, i) => new LedgerLeg(entry.Id, i, l.Account, l.CreatorId, currency, l.Amount)));
        return entry;
    }
}

/// <summary>One side of an entry: an amount (debit positive, credit negative) on an account, per creator where the account is.</summary>
public sealed class LedgerLeg
{
    private LedgerLeg()
    {
    }

    internal LedgerLeg(Guid entryId, int seq, LedgerAccount account, Guid? creatorId, string currency, long amount) =>
        (EntryId, Seq, Account, CreatorId, Currency, Amount) = (entryId, seq, account, creatorId, currency, amount);

    public Guid EntryId { get; private set; }
    public int Seq { get; private set; }
    public LedgerAccount Account { get; private set; }
    public Guid? CreatorId { get; private set; }
    public string Currency { get; private set; } = "";
    public long Amount { get; private set; }
}
