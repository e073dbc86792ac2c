using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Creators;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Orders.Matching;

/// <summary>
/// The staff queue of lines no creator could be matched to (with suggestions), and of orders creators report
/// missing. Assigning a line is audited in its history and moves its earning to the creator.
/// </summary>
internal sealed class OrderAttribution(IDbContextFactory<TapbridgeDbContext> contexts, ILinePostings postings, TimeProvider clock)
{
    public async Task<IReadOnlyList<UnmatchedLineView>> UnmatchedAsync(string? market, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lines = await db.Set<OrderLine>().AsNoTracking().Where(l => l.Attribution == Attribution.Unmatched && (market == null || l.MarketCode == market))
            .OrderByDescending(l => l.OrderedAt).Take(200).ToListAsync(cancellationToken);
        var markets = lines.Select(l => l.MarketCode).Distinct().ToList();
        var creators = await db.Set<Creator>().AsNoTracking().Where(c => markets.Contains(c.MarketCode) && c.Status == CreatorStatus.Approved)
            .Select(c => new { c.Id, c.Handle, c.MarketCode, c.DisplayName }).ToListAsync(cancellationToken);
        // Each username is compared once with every creator of its market (a queue repeats the same unknown names), and a
        // handle whose length differs by more than the distance kept cannot be suggested, so it is not compared.
        var folded = creators.Select(c => (Creator: c, Handle: Fold(c.Handle))).ToList();
        var suggestions = lines.Select(l => (l.MarketCode, l.CreatorUsername)).Distinct().ToDictionary(k => k, k =>
        {
            var name = Fold(k.CreatorUsername);
            return folded.Where(c => c.Creator.MarketCode == k.MarketCode && Math.Abs(c.Handle.Length - name.Length) <= MaxSuggestedDistance)
                .Select(c => (c.Creator, Score: Distance(name, c.Handle))).Where(x => x.Score <= MaxSuggestedDistance)
                .OrderBy(x => x.Score).Take(3).Select(x => new CreatorSuggestion(x.Creator.Id, x.Creator.Handle, x.Creator.DisplayName)).ToList();
        });
        return lines.Select(l => new UnmatchedLineView(l.Id, l.MarketCode, l.OrderId, l.SkuId, l.ProductName, l.CreatorUsername, l.OrderedAt, l.Status,
            l.Current.PartnerCommission, l.Currency, suggestions[(l.MarketCode, l.CreatorUsername)])).ToList();
    }

    public async Task AssignAsync(Actor actor, Guid lineId, Guid creatorId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var line = await db.Set<OrderLine>().SingleOrDefaultAsync(l => l.Id == lineId, cancellationToken) ?? throw new NotFoundException("Order line");
        var creator = await db.Set<Creator>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == creatorId, cancellationToken) ?? throw new NotFoundException("Creator");
        RuleViolationException.Require<OrdersRules>(creator.MarketCode == line.MarketCode, "creatorId", "Attribution.OtherMarket", creator.Handle, creator.MarketCode, line.MarketCode);
        RuleViolationException.Require<OrdersRules>(creator.Status == CreatorStatus.Approved, "creatorId", "Attribution.NotApproved", creator.Handle, creator.Status);
        var summary = line.Assign(creator.Id, creator.Handle, now);
        db.Add(OrderLineChange.Record(line, actor.DisplayName, summary, now));
        var earnings = await postings.OpenAsync(db, line.MarketCode, [line.Id], [creator.Id], cancellationToken);
        earnings.Post(line.Facts(), line.Version, summary, now);
        await db.SaveChangesAsync(cancellationToken);
        await earnings.WriteAsync(db, [], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>A creator reports an order Tapbridge does not show them.</summary>
    public async Task<MissingOrderView> ReportMissingAsync(Actor actor, MissingOrderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var creator = await db.Set<Creator>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == actor.OrganizationId, cancellationToken) ?? throw new NotFoundException("Creator account");
        var report = MissingOrderReport.File(creator.Id, creator.MarketCode, request.OrderId, request.OrderedOn, request.Details, clock.GetUtcNow());
        db.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        return ForCreator(await ViewAsync(db, report, cancellationToken));
    }

    public async Task<IReadOnlyList<MissingOrderView>> MyReportsAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reports = await db.Set<MissingOrderReport>().AsNoTracking().Where(r => r.CreatorId == actor.OrganizationId).OrderByDescending(r => r.ReportedAt).ToListAsync(cancellationToken);
        var views = new List<MissingOrderView>();
        foreach (var report in reports)
        {
            views.Add(ForCreator(await ViewAsync(db, report, cancellationToken)));
        }

        return views;
    }

    public async Task<IReadOnlyList<MissingOrderView>> ReportsAsync(ReportStatus? status, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reports = await db.Set<MissingOrderReport>().AsNoTracking().Where(r => status == null || r.Status == status).OrderBy(r => r.ReportedAt).Take(200).ToListAsync(cancellationToken);
        var views = new List<MissingOrderView>();
        foreach (var report in reports)
        {
            views.Add(await ViewAsync(db, report, cancellationToken));
        }

        return views;
    }

    /// <summary>Staff answer a report; with <see cref="ReportAnswer.AssignOrder"/> the order's lines go to the reporting creator.</summary>
    public async Task<MissingOrderView> AnswerAsync(Actor actor, Guid reportId, ReportAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(answer);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var report = await db.Set<MissingOrderReport>().SingleOrDefaultAsync(r => r.Id == reportId, cancellationToken) ?? throw new NotFoundException("Report");
        report.Reply(answer.Answer, actor.DisplayName, clock.GetUtcNow());
        if (answer.AssignOrder)
        {
            var lines = await db.Set<OrderLine>().AsNoTracking().Where(l => l.OrderId == report.OrderId && l.MarketCode == report.MarketCode).Select(l => new { l.Id, l.CreatorId }).ToListAsync(cancellationToken);
            RuleViolationException.Require<OrdersRules>(lines.Count > 0, "assignOrder", "Attribution.NotReported", report.OrderId);
            foreach (var line in lines.Where(l => l.CreatorId != report.CreatorId))
            {
                await AssignAsync(actor, line.Id, report.CreatorId, cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return await ViewAsync(db, report, cancellationToken);
    }

    private static async Task<MissingOrderView> ViewAsync(TapbridgeDbContext db, MissingOrderReport r, CancellationToken cancellationToken)
    {
        var creator = await db.Set<Creator>().AsNoTracking().Where(c => c.Id == r.CreatorId).Select(c => c.Handle).FirstOrDefaultAsync(cancellationToken) ?? "";
        var known = await db.Set<OrderLine>().AsNoTracking().Where(l => l.OrderId == r.OrderId && l.MarketCode == r.MarketCode)
            .Select(l => new { l.Id, l.CreatorUsername, l.CreatorId }).ToListAsync(cancellationToken);
        return new MissingOrderView(r.Id, r.CreatorId, creator, r.MarketCode, r.OrderId, r.OrderedOn, r.Details, r.ReportedAt, r.Status, r.Answer, r.AnsweredBy, r.AnsweredAt,
            known.Count > 0, known.FirstOrDefault()?.CreatorUsername, known.Any(l => l.CreatorId == r.CreatorId));
    }

    /// <summary>A creator may learn whether an order is theirs, not whom else it belongs to.</summary>
    private static MissingOrderView ForCreator(MissingOrderView view) => view with { KnownToTapbridge = view.AttributedToCreator, TikTokUsername = null };

    /// <summary>A small edit distance between handles, ignoring dots and underscores (how handles are usually mistyped).</summary>
    private const int MaxSuggestedDistance = 3;

    private static string Fold(string s) => s.ToLowerInvariant().Replace(".", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);

    /// <summary>The edit distance between two folded names.</summary>
    private static int Distance(string x, string y)
    {
        var previous = Enumerable.Range(0, y.Length + 1).ToArray();
        for (var i = 1; i <= x.Length; i++)
        {
            var current = new int[y.Length + 1];
            current[0] = i;
            for (var j = 1; j <= y.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[y.Length];
    }
}

internal sealed record CreatorSuggestion(Guid CreatorId, string Handle, string DisplayName);

internal sealed record UnmatchedLineView(
    Guid Id, string Market, string OrderId, string SkuId, string ProductName, string TikTokUsername, DateTimeOffset OrderedAt, TikTokLineStatus Status,
    long PartnerCommission, string Currency, IReadOnlyList<CreatorSuggestion> Suggestions);

public sealed record AssignLine(Guid CreatorId);

public sealed record MissingOrderRequest(string OrderId, DateOnly OrderedOn, string? Details);

public sealed record ReportAnswer(string Answer, bool AssignOrder);

internal sealed record MissingOrderView(
    Guid Id, Guid CreatorId, string CreatorHandle, string Market, string OrderId, DateOnly OrderedOn, string Details, DateTimeOffset ReportedAt, ReportStatus Status,
    string? Answer, string? AnsweredBy, DateTimeOffset? AnsweredAt, bool KnownToTapbridge, string? TikTokUsername, bool AttributedToCreator);
