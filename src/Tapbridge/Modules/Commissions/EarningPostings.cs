using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Commissions.Bonuses;
using Tapbridge.Modules.Commissions.Shares;
using Tapbridge.Modules.Orders;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Commissions;

/// <summary>
/// How the Orders module's lines are posted (<see cref="ILinePostings"/>): inside Orders' transaction, so a line version
/// and its ledger entry are stored together or not at all. Each entry is keyed by the line version it records.
/// </summary>
public sealed class EarningPostings(IOptions<CommissionSettings> settings) : ILinePostings
{
    /// <summary>Days after delivery before an agency earning confirms (Commissions:HoldDays, default 14).</summary>
    public int HoldDays => settings.Value.HoldDays;

    async Task<ILinePostingBatch> ILinePostings.OpenAsync(
        TapbridgeDbContext db, string market, IReadOnlyCollection<Guid> lineIds, IReadOnlyCollection<Guid> creatorIds, CancellationToken cancellationToken) =>
        await OpenAsync(db, market, lineIds, creatorIds, cancellationToken);

    public async Task<EarningBatch> OpenAsync(TapbridgeDbContext db, string market, IReadOnlyCollection<Guid> lineIds, IReadOnlyCollection<Guid> creatorIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        // A batch of lines new to Tapbridge has no earnings yet: no query for them.
        var earnings = lineIds.Count == 0 ? [] : await db.Set<LineEarning>().AsNoTracking().Where(e => EF.Parameter(lineIds).Contains(e.LineId)).ToDictionaryAsync(e => e.LineId, cancellationToken);
        var settledBonuses = await db.Set<CampaignBonusRule>().AsNoTracking().Where(r => r.MarketCode == market && r.SettledAt != null).Select(r => r.CampaignId).ToListAsync(cancellationToken);
        return new EarningBatch(earnings, await ShareRates.LoadAsync(db, market, creatorIds, cancellationToken), [.. settledBonuses], market, HoldDays);
    }
}

/// <summary>
/// The earnings of one batch of lines, read once without tracking; <see cref="WriteAsync"/> stores what the posts
/// changed in bulk, each changed earning checked against the version it was read at, and marks the settled campaign
/// bonuses whose counted lines changed for a recount.
/// </summary>
public sealed class EarningBatch : ILinePostingBatch
{
    private readonly Dictionary<Guid, LineEarning> earnings;
    private readonly Dictionary<Guid, int> versionsRead;
    private readonly List<LedgerEntry> entries = [];
    private readonly ShareRates rates;
    private readonly HashSet<Guid> settledBonuses;
    private readonly HashSet<Guid> recounts = [];
    private readonly string market;
    private readonly int holdDays;
    private DateTimeOffset lastPost;

    internal EarningBatch(Dictionary<Guid, LineEarning> earnings, ShareRates rates, HashSet<Guid> settledBonuses, string market, int holdDays)
    {
        (this.earnings, this.rates, this.settledBonuses, this.market, this.holdDays) = (earnings, rates, settledBonuses, market, holdDays);
        versionsRead = earnings.ToDictionary(e => e.Key, e => e.Value.Version);
    }

    public void Post(LineFacts facts, int version, string description, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (!earnings.TryGetValue(facts.LineId, out var earning))
        {
            earning = LineEarning.For(facts);
            earnings.Add(facts.LineId, earning);
        }

        var counted = earning.BonusCount;
        entries.AddRange(earning.Apply(facts, creator => rates.For(creator, facts.CampaignId, market), holdDays, $"line:{facts.LineId}:v{version}", description, now));
        if (settledBonuses.Count > 0 && earning.BonusCount != counted)
        {
            recounts.UnionWith(new[] { counted?.Campaign, earning.BonusCount?.Campaign }.OfType<Guid>().Where(settledBonuses.Contains));
        }

        lastPost = now;
    }

    /// <summary>
    /// Stores the posts in the caller's transaction: <paramref name="newLines"/> (lines not stored yet, each posted in
    /// this batch) as one row each with their earnings, the other new and changed earnings, and the entries.
    /// </summary>
    public async Task WriteAsync(TapbridgeDbContext db, IReadOnlyCollection<OrderLine> newLines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(newLines);
        await BulkRows.InsertAsync(db, [.. newLines.Select(l => (l, earnings[l.Id]))], cancellationToken);
        var inserted = newLines.Select(l => l.Id).ToHashSet();
        var changed = earnings.Values.Where(e => !inserted.Contains(e.LineId))
            .Select(e => (Earning: e, Read: versionsRead.TryGetValue(e.LineId, out var read) ? read : (int?)null))
            .Where(x => x.Read != x.Earning.Version);
        await BulkRows.UpdateAsync(db, [.. changed.Select(x => (x.Earning, (object?)x.Read))], cancellationToken);
        await BulkRows.InsertAsync(db, entries, cancellationToken);
        if (recounts.Count > 0)
        {
            await CampaignBonuses.MarkForRecountAsync(db, recounts, lastPost, cancellationToken);
        }
    }
}
