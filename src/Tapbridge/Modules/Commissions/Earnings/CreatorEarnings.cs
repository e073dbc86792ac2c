using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Campaigns;
using Tapbridge.Modules.Commissions.Adjustments;
using Tapbridge.Modules.Commissions.Bonuses;
using Tapbridge.Modules.Commissions.Totals;
using Tapbridge.Modules.Creators;
using Tapbridge.Modules.Orders;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Csv;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Commissions.Earnings;

/// <summary>
/// What a creator earns through the agency, line by line: the agency-funded share (what Tapbridge pays) and the
/// commission TikTok pays the creator directly, with where each line stands and when it confirms and is paid, and the
/// agency's adjustments beside them. A creator sees only their own; staff see any creator's.
/// </summary>
public sealed class CreatorEarnings(IDbContextFactory<TapbridgeDbContext> contexts, EarningPostings postings, CampaignBonuses bonuses, IEnumerable<IPayoutDays> payoutDays, TimeProvider clock)
{
    public async Task<EarningsSummary> SummaryAsync(Actor actor, Guid? creatorId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (creator, market) = await CreatorAsync(db, actor, creatorId, cancellationToken);
        var now = clock.GetUtcNow();
        var groups = await LineGroupsAsync(db, creator, cancellationToken);
        var adjustments = await AdjustmentsAsync(db, actor, creator, cancellationToken);
        var shares = groups.Where(g => g.Own).ToList();
        var byStage = Enum.GetValues<EarningStage>().Select(s => new StageTotal(s,
            shares.Where(g => g.Stage == s).Sum(g => g.Share) + adjustments.Where(a => a.Stage == s).Sum(a => a.Amount),
            shares.Where(g => g.Stage == s).Sum(g => g.Lines), adjustments.Count(a => a.Stage == s))).ToList();
        var byMonth = ByMonth(market, groups, adjustments);
        var byCampaign = await ByCampaignAsync(db, creator, cancellationToken);
        var upcoming = await UpcomingAsync(db, creator, market, now, cancellationToken);
        var next = await NextAsync(db, creator, market, adjustments, now, cancellationToken);
        byStage = [.. byStage.Select(s => s.Stage == EarningStage.Payable ? s with { Amount = next.Payable } : s)];
        return new EarningsSummary(market.Currency, byStage.Where(s => s.Stage != EarningStage.Void).Sum(s => s.Amount) + next.InPayout + next.Paid, groups.Sum(g => g.Memo), byStage,
            byMonth, byCampaign, upcoming, next.Date, next.Amount, postings.HoldDays, adjustments, await bonuses.ProgressAsync(db, creator, market.Code, cancellationToken))
        {
            NextPayDue = next.Due, NextPayNote = next.Note, Schedule = next.Schedule, InPayout = next.InPayout, Paid = next.Paid,
        };
    }

    /// <summary>
    /// The creator's lines summed by stage and month of order (in the creator's market), as the database keeps them on
    /// every write (ADR 23): a few dozen rows, whatever the number of lines, from which the summary's totals come.
    /// </summary>
    private static async Task<List<LineGroup>> LineGroupsAsync(TapbridgeDbContext db, Guid creator, CancellationToken cancellationToken) =>
        [.. (await db.Set<CreatorMonthTotal>().AsNoTracking().Where(t => t.CreatorId == creator && t.Lines != 0)
            .ToListAsync(cancellationToken)).Select(t => new LineGroup(t.Stage, t.Own, MonthKeys.Format(t.Month), t.Share, t.Memo, t.Lines))];

    /// <summary>
    /// The creator's lines by campaign, largest share first (the latest campaign first among equals), from the totals the
    /// database keeps.
    /// </summary>
    private static async Task<List<CampaignTotal>> ByCampaignAsync(TapbridgeDbContext db, Guid creator, CancellationToken cancellationToken)
    {
        var totals = await db.Set<CreatorCampaignTotal>().AsNoTracking().Where(t => t.CreatorId == creator && t.Lines != 0)
            .ToListAsync(cancellationToken);
        var names = await CampaignNamesAsync(db, totals.Select(t => (Guid?)t.CampaignId), cancellationToken);
        string Name(Guid id) => id == Guid.Empty ? "Outside the agency's campaigns" : names.GetValueOrDefault(id, "Campaign");
        return [.. totals.OrderByDescending(t => t.Latest)
            .Select(t => new CampaignTotal(t.CampaignId == Guid.Empty ? null : t.CampaignId, Name(t.CampaignId), t.Share, t.Memo, t.Lines))
            .OrderByDescending(c => c.AgencyShare)];
    }

    /// <summary>The first 14 days (in the creator's market) on which pending shares are due to confirm, summed in the database.</summary>
    private static async Task<List<UpcomingConfirmation>> UpcomingAsync(TapbridgeDbContext db, Guid creator, Market market, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = Earnings(db, creator, EarningStage.Pending).Where(e => e.ConfirmDueAt > now && e.Share > 0);
        var (days, groups) = await TimeRanges.FitAsync(() => TimeRanges.SpanAsync(due.Select(e => e.ConfirmDueAt!.Value), cancellationToken),
            (from, to) => TimeRanges.Days(market, from, to),
            days => due.GroupBy(days.Expand((LineEarning e) => TimeRanges.Of(e.ConfirmDueAt!.Value)))
                .Select(g => new DayGroup(g.Key, g.Sum(e => e.Share), g.Count())).ToListAsync(cancellationToken),
            g => g.Day);
        return [.. groups.OrderBy(g => g.Day).Take(14).Select(g => new UpcomingConfirmation(days![g.Day], g.Amount, g.Lines))];
    }

    /// <summary>Only the next payout (what the Payouts page shows): summed in the database, without reading every line.</summary>
    public async Task<NextPayout> NextPayoutAsync(Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (creator, market) = await CreatorAsync(db, actor, null, cancellationToken);
        return await NextAsync(db, creator, market, await AdjustmentsAsync(db, actor, creator, cancellationToken), clock.GetUtcNow(), cancellationToken);
    }

    /// <summary>
    /// The next pay day (after any whose payout is done) and what it pays: the payable balance, what is in payout, and
    /// what confirmed for it. Payable, in payout and paid are the ledger's balances (kept by the database, ADR 23):
    /// payouts move money out of payable without changing the earnings.
    /// </summary>
    private async Task<NextPayout> NextAsync(TapbridgeDbContext db, Guid creator, Market market, List<AdjustmentView> adjustments, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var schedule = await PayoutSchedules.ForAsync(db, market, cancellationToken);
        var nextPay = schedule.Calendar.NextPayDate(now, market);
        foreach (var days in payoutDays)
        {
            while (await days.DoneAsync(db, market.Code, nextPay, cancellationToken))
            {
                nextPay = schedule.Calendar.PayDateAfter(nextPay);
            }
        }

        var balances = await db.Set<CreatorBalance>().AsNoTracking().Where(b => b.CreatorId == creator && b.Currency == market.Currency)
            .Select(b => new { Payable = -b.Payable, InPayout = -b.InPayout, Paid = -b.Paid }).SingleOrDefaultAsync(cancellationToken);
        var (payable, inPayout, paid) = (balances?.Payable ?? 0, balances?.InPayout ?? 0, balances?.Paid ?? 0);
        var confirmed = await Earnings(db, creator, EarningStage.Confirmed).Where(e => e.PayDate <= nextPay).SumAsync(e => (long?)e.Share, cancellationToken) ?? 0;
        var due = payable + inPayout + confirmed + adjustments.Where(a => a.Stage == EarningStage.Confirmed && a.PayDate <= nextPay).Sum(a => a.Amount);
        var notPaid = schedule.NotPaid(due);
        return new NextPayout(market.Currency, nextPay, notPaid is null ? Math.Max(0, due) : 0, due, notPaid, PayoutScheduleView.Of(schedule, now), payable, inPayout, paid);
    }

    public async Task<EarningsPage> LinesAsync(Actor actor, Guid? creatorId, EarningStage? stage, string? month, int page, int pageSize, CancellationToken cancellationToken)
    {
        pageSize = Math.Clamp(pageSize, 1, 200);
        page = Math.Clamp(page, 1, 100_000);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (creator, market) = await CreatorAsync(db, actor, creatorId, cancellationToken);
        var earnings = InMonth(Earnings(db, creator, stage), market, month);
        var total = await CountAsync(db, creator, stage, month, cancellationToken);
        // The page's lines are found in the creator's index alone, then read: a deep page skips index entries, not rows.
        var ids = await Newest(earnings).Skip((page - 1) * pageSize).Take(pageSize).Select(e => e.LineId).ToListAsync(cancellationToken);
        // Read by key alone: with the creator's filter too, SQLite walks her whole index to find the page's ids.
        var onPage = db.Set<LineEarning>().AsNoTracking().Where(e => ids.Contains(e.LineId));
        var found = await Newest(Rows(onPage, db)).ToListAsync(cancellationToken);
        var names = await CampaignNamesAsync(db, found.Select(r => r.Earning.CampaignId), cancellationToken);
        var calendar = (await PayoutSchedules.ForAsync(db, market, cancellationToken)).Calendar;
        var now = clock.GetUtcNow();
        return new EarningsPage([.. found.Select(r => View(r.Line, r.Earning, names, calendar, now))], total, page, pageSize);
    }

    /// <summary>
    /// The creator's lines and adjustments as CSV, written as they are read: the access is checked here, before the
    /// response starts; the returned writer then streams every line without holding the history in memory.
    /// </summary>
    public async Task<Func<Stream, Task>> CsvAsync(Actor actor, Guid? creatorId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (creator, market) = await CreatorAsync(db, actor, creatorId, cancellationToken);
        return stream => WriteCsvAsync(actor, creator, market, stream, cancellationToken);
    }

    private async Task WriteCsvAsync(Actor actor, Guid creator, Market creatorMarket, Stream stream, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var names = await CampaignNamesAsync(db, await Earnings(db, creator, null).Select(e => e.CampaignId).Distinct().ToListAsync(cancellationToken), cancellationToken);
        var calendar = (await PayoutSchedules.ForAsync(db, creatorMarket, cancellationToken)).Calendar;
        var adjustments = await AdjustmentsAsync(db, actor, creator, cancellationToken);
        var now = clock.GetUtcNow();
        await using var csv = new StreamWriter(stream, new UTF8Encoding(false), bufferSize: 64 * 1024, leaveOpen: true);
        await csv.WriteAsync("order_id,product,campaign,ordered_at,tiktok_status,quantity,kept_quantity,agency_share,tiktok_paid,currency,stage,hold,expected_confirm,expected_pay,kind,reason,reference\n");
        await foreach (var r in Newest(Rows(Earnings(db, creator, null), db)).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var l = View(r.Line, r.Earning, names, calendar, now);
            var market = Market.All.First(m => m.Currency == l.Currency);
            await csv.WriteAsync(string.Join(',', [l.OrderId, CsvCell.Quote(l.ProductName), CsvCell.Quote(l.CampaignName ?? ""), market.ToLocal(l.OrderedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                l.TikTokStatus.ToString(), l.Quantity.ToString(CultureInfo.InvariantCulture), l.KeptQuantity.ToString(CultureInfo.InvariantCulture),
                market.ToMajor(l.AgencyShare).ToString(CultureInfo.InvariantCulture), market.ToMajor(l.TikTokPaid).ToString(CultureInfo.InvariantCulture), l.Currency, l.Stage.ToString(),
                CsvCell.Quote(l.Hold ?? ""), l.ExpectedConfirm is { } c ? market.ToLocal(c).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "",
                l.ExpectedPay?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", "order", "", ""]) + "\n");
        }

        foreach (var a in adjustments)
        {
            var market = Market.Get(a.Market);
            var posted = market.ToLocal(a.PostedAt);
            await csv.WriteAsync(string.Join(',', ["", "Adjustment by the agency", "", posted.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), "", "", "",
                market.ToMajor(a.Amount).ToString(CultureInfo.InvariantCulture), "0", a.Currency, a.Stage.ToString(), "", posted.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                a.PayDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "adjustment", CsvCell.Quote(a.Reason), CsvCell.Quote(a.Reference ?? "")]) + "\n");
        }
    }

    /// <summary>How many lines <see cref="InMonth"/> finds, from the creator's month totals instead of her lines.</summary>
    private static async Task<int> CountAsync(
        TapbridgeDbContext db, Guid creator, EarningStage? stage, string? month, CancellationToken cancellationToken)
    {
        var key = MonthKeys.Parse(month);
        if (month is not null && key is null)
        {
            return 0;
        }

        return await db.Set<CreatorMonthTotal>().AsNoTracking()
            .Where(t => t.CreatorId == creator && (stage == null || t.Stage == stage) && (key == null || t.Month == key))
            .SumAsync(t => t.Lines, cancellationToken);
    }

    /// <summary>Lines ordered in <paramref name="month"/> (yyyy-MM) in the creator's market time; none when it is not a month.</summary>
    private static IQueryable<LineEarning> InMonth(IQueryable<LineEarning> rows, Market market, string? month)
    {
        if (month is null)
        {
            return rows;
        }

        if (month.Length != 7 || !DateOnly.TryParseExact($"{month}-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            || first.Year == DateOnly.MaxValue.Year)
        {
            return rows.Where(_ => false);
        }

        var (start, end) = (market.StartOf(first), market.StartOf(first.AddMonths(1)));
        return rows.Where(e => e.OrderedAt >= start && e.OrderedAt < end);
    }

    /// <summary>Lines by the month they were ordered, adjustments by the month they were posted.</summary>
    private static List<MonthTotal> ByMonth(Market market, List<LineGroup> groups, List<AdjustmentView> adjustments)
    {
        var lines = groups.GroupBy(g => g.Month).ToDictionary(g => g.Key, g => g.ToList());
        var adjusted = adjustments.GroupBy(a => market.ToLocal(a.PostedAt).ToString("yyyy-MM", CultureInfo.InvariantCulture)).ToDictionary(g => g.Key, g => g.ToList());
        return lines.Keys.Union(adjusted.Keys).OrderDescending(StringComparer.Ordinal).Select(month =>
        {
            var l = lines.GetValueOrDefault(month) ?? [];
            var a = adjusted.GetValueOrDefault(month) ?? [];
            return new MonthTotal(month, l.Sum(g => g.Share) + a.Sum(x => x.Amount), l.Sum(g => g.Memo), l.Sum(g => g.Lines), a.Sum(x => x.Amount), a.Count);
        }).ToList();
    }

    private static Task<List<AdjustmentView>> AdjustmentsAsync(TapbridgeDbContext db, Actor actor, Guid creator, CancellationToken cancellationToken) =>
        CreatorAdjustments.ViewsAsync(db, db.Set<CreatorAdjustment>().AsNoTracking().Where(a => a.CreatorId == creator), actor.Kind == OrganizationKind.Creator, cancellationToken);

    internal static async Task<Dictionary<Guid, string>> CampaignNamesAsync(TapbridgeDbContext db, IEnumerable<Guid?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Where(i => i != null).Select(i => i!.Value).Distinct().ToList();
        return await db.Set<Campaign>().AsNoTracking().Where(c => wanted.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
    }

    /// <summary>The creator whose earnings <paramref name="actor"/> may read: their own, or (staff) the one asked for.</summary>
    internal static async Task<(Guid Creator, Market Market)> CreatorAsync(TapbridgeDbContext db, Actor actor, Guid? creatorId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var id = actor.Kind switch
        {
            OrganizationKind.Creator => actor.OrganizationId,
            OrganizationKind.Agency => creatorId ?? throw RuleViolationException.Say<CommissionsRules>("Earnings.NameCreator", "creatorId"),
            OrganizationKind.Seller => throw new UnauthorizedAccessException("Sellers do not see creators' earnings."),
        };
        var market = await db.Set<Creator>().AsNoTracking().Where(c => c.Id == id).Select(c => c.MarketCode).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Creator");
        return (id, Market.Get(market));
    }

    private EarningLineView View(OrderLine line, LineEarning earning, Dictionary<Guid, string> names, PayoutCalendar calendar, DateTimeOffset now)
    {
        var (confirm, pay) = earning.Expected(calendar, postings.HoldDays, now);
        return new EarningLineView(line.Id, line.OrderId, line.ProductName, earning.CampaignId is { } c ? names.GetValueOrDefault(c) : null, line.OrderedAt, line.Status,
            line.Quantity, line.KeptQuantity, earning.Share, earning.Memo, earning.Stage, earning.Hold(now), confirm, pay, line.Currency)
        {
            HoldPhrase = earning.HoldPhrase(now),
        };
    }

    /// <summary>
    /// The <paramref name="earnings"/> with their lines, read from the earning's side: an earning shares its line's row (ADR 14)
    /// as an optional part, which EF joins on a CASE; from the line's side that join scans the table once per line.
    /// </summary>
    private static IQueryable<LinePair> Rows(IQueryable<LineEarning> earnings, TapbridgeDbContext db) =>
        from e in earnings
        join l in db.Set<OrderLine>().AsNoTracking() on e.LineId equals l.Id
        select new LinePair { Line = l, Earning = e };

    private static IQueryable<LineEarning> Earnings(TapbridgeDbContext db, Guid creator, EarningStage? stage) =>
        db.Set<LineEarning>().AsNoTracking().Where(e => e.CreatorId == creator && (stage == null || e.Stage == stage));

    /// <summary>Newest first by the earning's copy of the line's order time, which its index holds (a posting copies it from the line).</summary>
    private static IQueryable<LineEarning> Newest(IQueryable<LineEarning> rows) => rows.OrderByDescending(e => e.OrderedAt).ThenBy(e => e.LineId);

    private static IQueryable<LinePair> Newest(IQueryable<LinePair> rows) => rows.OrderByDescending(r => r.Earning.OrderedAt).ThenBy(r => r.Earning.LineId);
}

/// <summary>The creator's lines of one stage and month (yyyy-MM); <see cref="Own"/>: shares the creator holds, or void.</summary>
internal sealed record LineGroup(EarningStage Stage, bool Own, string Month, long Share, long Memo, int Lines);

internal sealed record DayGroup(int Day, long Amount, int Lines);

internal sealed class LinePair
{
    public required OrderLine Line { get; init; }

    public required LineEarning Earning { get; init; }
}
