using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Commissions.Shares;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Commissions;

/// <summary>
/// How the Orders module posts: inside its own transaction, so a line version and its ledger entry are stored
/// together or not at all. Each entry is keyed by the line version it records.
/// </summary>
public sealed class EarningPostings(IConfiguration configuration)
{
    /// <summary>Days after delivery before an agency earning confirms (Commissions:HoldDays, default 14).</summary>
    public int HoldDays => Math.Clamp(configuration.GetValue("Commissions:HoldDays", 14), 0, 90);

    public async Task<EarningBatch> OpenAsync(TapbridgeDbContext db, string market, IReadOnlyCollection<Guid> lineIds, IReadOnlyCollection<Guid> creatorIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var earnings = await db.Set<LineEarning>().Where(e => lineIds.Contains(e.LineId)).ToDictionaryAsync(e => e.LineId, cancellationToken);
        return new EarningBatch(db, earnings, await ShareRates.LoadAsync(db, market, creatorIds, cancellationToken), market, HoldDays);
    }
}

/// <summary>The earnings of one batch of lines, loaded once.</summary>
public sealed class EarningBatch
{
    private readonly TapbridgeDbContext db;
    private readonly Dictionary<Guid, LineEarning> earnings;
    private readonly ShareRates rates;
    private readonly string market;
    private readonly int holdDays;

    internal EarningBatch(TapbridgeDbContext db, Dictionary<Guid, LineEarning> earnings, ShareRates rates, string market, int holdDays) =>
        (this.db, this.earnings, this.rates, this.market, this.holdDays) = (db, earnings, rates, market, holdDays);

    public void Post(LineFacts facts, int version, string description, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (!earnings.TryGetValue(facts.LineId, out var earning))
        {
            earning = LineEarning.For(facts);
            earnings.Add(facts.LineId, earning);
            db.Add(earning);
        }

        var entry = earning.Apply(facts, creator => rates.For(creator, facts.CampaignId, market), holdDays, $"line:{facts.LineId}:v{version}", description, now);
        if (entry is not null)
        {
            db.Add(entry);
        }
    }
}
