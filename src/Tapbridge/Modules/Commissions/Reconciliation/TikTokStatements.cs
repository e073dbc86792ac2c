using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Agency;
using Tapbridge.Modules.Commissions.Totals;
using Tapbridge.Modules.Orders;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Csv;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Commissions.Reconciliation;

[JsonConverter(typeof(JsonStringEnumConverter<StatementMatch>))]
internal enum StatementMatch
{
    /// <summary>TikTok paid the partner commission Tapbridge expects.</summary>
    PaidAsExpected,

    /// <summary>TikTok paid another amount than Tapbridge expects.</summary>
    PaidDifferently,

    /// <summary>Settled in Tapbridge, but not on TikTok's statement.</summary>
    NotPaid,

    /// <summary>On TikTok's statement, but Tapbridge has no such order line: import or poll the orders.</summary>
    NotInTapbridge,
}

internal sealed record StatementImportReport(string Market, int Rows, int Added, int Updated, int Unchanged, int NotPaidYet, long Total);

/// <summary>An order line against TikTok's statement: what Tapbridge expects, what TikTok paid (and when), and the difference.</summary>
internal sealed record StatementLineView(string OrderId, string SkuId, Guid? LineId, string? Creator, string? Product, StatementMatch Match, long Expected, long? Paid, long Difference, DateOnly? PaidOn);

/// <summary>A market's month line by line: how many lines match, and every one that does not.</summary>
internal sealed record StatementMonth(string Market, string Currency, string Month, int PaidAsExpected, int PaidDifferently, int NotPaid, int NotInTapbridge, long Expected, long Paid,
    IReadOnlyList<StatementLineView> Differences);

/// <summary>
/// TikTok's statement imported line by line (the Paid tab of Partner Center's earnings export) and matched with the
/// order lines: what TikTok paid each one against the partner commission Tapbridge expects.
/// </summary>
internal sealed class TikTokStatements(IDbContextFactory<TapbridgeDbContext> contexts, AgencyDirectory agency, TimeProvider clock)
{
    public const int MaxDifferencesListed = 500;

    public const long MaxBytes = 100L * 1024 * 1024;

    /// <summary>Imports the statement for <paramref name="marketCode"/> in one transaction: new lines are added, changed ones replaced, the same file twice changes nothing.</summary>
    public async Task<StatementImportReport> ImportAsync(Actor actor, string? marketCode, Stream file, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var market = await agency.RequireMarketAsync(marketCode, cancellationToken);
        await using var upload = await CsvUpload.SpoolAsync(file, MaxBytes, cancellationToken);
        var (rows, notPaid) = TikTokStatementFile.Read(upload.OpenText(), market);
        var now = clock.GetUtcNow();
        var name = Path.GetFileName(fileName) is { Length: > 0 } n ? n[..Math.Min(n.Length, 200)] : "statement.csv";
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (added, updated) = (0, 0);
        foreach (var chunk in rows.Chunk(500))
        {
            var orders = chunk.Select(r => r.OrderId).Distinct().ToList();
            var existing = await db.Set<TikTokStatementLine>().Where(s => s.MarketCode == market.Code && EF.Parameter(orders).Contains(s.OrderId)).ToListAsync(cancellationToken);
            var byKey = existing.ToDictionary(s => (s.OrderId, s.SkuId));
            foreach (var row in chunk)
            {
                if (byKey.TryGetValue((row.OrderId, row.SkuId), out var line))
                {
                    updated += line.Update(row, name, actor.DisplayName, now) ? 1 : 0;
                }
                else
                {
                    db.Add(TikTokStatementLine.Import(row, market.Code, market.Currency, name, actor.DisplayName, now));
                    added++;
                }
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DbConflicts.IsConflict(e))
        {
            throw RuleViolationException.Say<CommissionsRules>("Statement.ImportedMeanwhile", null);
        }

        await transaction.CommitAsync(cancellationToken);
        return new StatementImportReport(market.Code, rows.Count, added, updated, rows.Count - added - updated, notPaid, rows.Sum(r => r.PartnerCommission));
    }

    /// <summary><paramref name="month"/> (yyyy-MM, orders placed in the market's time) in <paramref name="marketCode"/>, line by line.</summary>
    public async Task<StatementMonth> MonthAsync(string? marketCode, string? month, CancellationToken cancellationToken)
    {
        var market = await agency.RequireMarketAsync(marketCode, cancellationToken);
        RuleViolationException.Require<CommissionsRules>(DateOnly.TryParseExact($"{month}-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first), "month", "Statement.Month");
        var (start, end) = (market.StartOf(first), market.StartOf(first.AddMonths(1)));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var statement = db.Set<TikTokStatementLine>().AsNoTracking().Where(s => s.MarketCode == market.Code && s.Month == month);
        var unknown = statement.Where(s => !db.Set<OrderLine>().Any(l => l.MarketCode == s.MarketCode && l.OrderId == s.OrderId && l.SkuId == s.SkuId && l.OrderedAt >= start && l.OrderedAt < end));
        var key = MonthKeys.Of(first);
        var totals = await db.Set<MarketMonthTotal>().AsNoTracking().SingleOrDefaultAsync(t => t.MarketCode == market.Code && t.Month == key, cancellationToken);
        var matched = (await StatedMonths.ReadAsync(db, market.Code, key, cancellationToken)).GetValueOrDefault(key) ?? new StatedMonth();
        var paid = await statement.SumAsync(s => s.PartnerCommission, cancellationToken);
        var differing = await StatedDifferences.ReadAsync(db, market.Code, month!, start, end, MaxDifferencesListed, cancellationToken);
        var notInTapbridge = await unknown.OrderByDescending(s => Math.Abs(s.PartnerCommission)).ThenBy(s => s.OrderId).ThenBy(s => s.SkuId).Take(MaxDifferencesListed)
            .ToListAsync(cancellationToken);
        var views = differing.Select(l => new StatementLineView(l.OrderId, l.SkuId, l.LineId, l.CreatorUsername, l.ProductName,
                l.Paid is null ? StatementMatch.NotPaid : StatementMatch.PaidDifferently, l.Receivable, l.Paid, (l.Paid ?? 0) - l.Receivable, l.PaidOn))
            .Concat(notInTapbridge.Select(s => new StatementLineView(s.OrderId, s.SkuId, null, null, null, StatementMatch.NotInTapbridge, 0, s.PartnerCommission, s.PartnerCommission, s.PaidOn)));
        return new StatementMonth(market.Code, market.Currency, first.ToString("yyyy-MM", CultureInfo.InvariantCulture), matched.OnStatement - matched.PaidDifferently,
            matched.PaidDifferently, (totals?.Settled ?? 0) - matched.SettledPaid, await unknown.CountAsync(cancellationToken), totals?.ReceivableActual ?? 0, paid,
            [.. views.OrderByDescending(v => Math.Abs(v.Difference)).Take(MaxDifferencesListed)]);
    }

}
