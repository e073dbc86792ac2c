using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Agency;
using Tapbridge.Modules.Connections;
using Tapbridge.Modules.Orders.Ingestion;
using Tapbridge.Platform;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Jobs;
using Tapbridge.Platform.Markets;
using Tapbridge.TikTokShop.Partner;

namespace Tapbridge.Modules.Orders.Polling;

/// <summary>
/// Reads TikTok's TAP affiliate orders (P10) of every connected market. TikTok filters them by creation time only and
/// has no push for them, so each run reads (1) the orders created since the last run, from a little before it
/// (<see cref="Overlap"/>), and (2) again the days whose lines may still change (processing or frozen), until TikTok
/// settles them. Each page is ingested before the next is asked for, and the window and page token are stored with
/// it: a run that stops resumes at the next page; a page read twice changes nothing.
/// </summary>
internal sealed class AffiliateOrderPoll(
    IDbContextFactory<TapbridgeDbContext> contexts, AgencyDirectory agency, PartnerConnection tiktok, OrderLineIngestor ingestor, JobLeases leases,
    IOptions<OrderSettings> settings, TimeProvider clock, ILogger<AffiliateOrderPoll> logger)
{
    public static readonly TimeSpan Overlap = TimeSpan.FromMinutes(10);
    private const int PageSize = 100;

    private int InitialDays => settings.Value.InitialDays;

    private int RefreshDays => settings.Value.RefreshDays;

    /// <summary>Polls every connected market; a market TikTok cannot answer for waits for the next run.</summary>
    public async Task<IngestReport> PollAllAsync(CancellationToken cancellationToken)
    {
        var report = IngestReport.Empty;
        foreach (var market in (await agency.GetAsync(cancellationToken)).Markets)
        {
            try
            {
                report = report.Add(await PollAsync(market, cancellationToken));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "TAP orders of {Market} were not read", market.Code);
                await RecordAsync(market.Code, c => c.Failed((e.GetBaseException() as RuleViolationException)?.English ?? e.GetBaseException().Message), cancellationToken);
            }
        }

        return report;
    }

    /// <summary>One market's poll, under a lease so two instances (or the job and "Sync now") never read it at once.</summary>
    public async Task<IngestReport> PollAsync(Market market, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(market);
        if (await tiktok.ForMarketAsync(market.Code, cancellationToken) is not { } partner)
        {
            return IngestReport.Empty;
        }

        var lease = $"order-poll:{market.Code}";
        RuleViolationException.Require<OrdersRules>(await leases.TryAcquireAsync(lease, TimeSpan.FromMinutes(10), cancellationToken), null, "Poll.Running", market.Name);
        try
        {
            var report = IngestReport.Empty;
            foreach (var (start, end, newOrders) in await WindowsAsync(market, cancellationToken))
            {
                report = report.Add(await ReadWindowAsync(partner, market, start, end, newOrders, lease, cancellationToken));
            }

            await RecordAsync(market.Code, c => c.Succeeded(clock.GetUtcNow()), cancellationToken);
            return report;
        }
        finally
        {
            await leases.ReleaseAsync(lease, CancellationToken.None);
        }
    }

    /// <summary>Reads one order again (after a webhook said it changed): TikTok's window of its creation second.</summary>
    public async Task<IngestReport> RefreshOrderAsync(Market market, string orderId, DateTimeOffset orderedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(market);
        var partner = await tiktok.ForMarketAsync(market.Code, cancellationToken) ?? throw RuleViolationException.Say<OrdersRules>("Market.NotConnected", null, market.Name);
        var second = DateTimeOffset.FromUnixTimeSeconds(orderedAt.ToUnixTimeSeconds());
        var lines = new List<OrderLineSnapshot>();
        await foreach (var order in partner.SearchAffiliateOrdersAsync(new AffiliateOrderQuery { CreateTimeGe = second, CreateTimeLt = second.AddSeconds(1) }, cancellationToken, PageSize))
        {
            if (order.Id == orderId)
            {
                lines.AddRange(OrderLineSnapshot.FromApi(order, market));
            }
        }

        return await ingestor.IngestAsync(lines, LineSource.Webhook, "TikTok webhook", cancellationToken);
    }

    private async Task<List<(DateTimeOffset Start, DateTimeOffset End, bool NewOrders)>> WindowsAsync(Market market, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cursor = await db.Set<OrderPollCursor>().AsNoTracking().SingleOrDefaultAsync(c => c.MarketCode == market.Code, cancellationToken);
        var windows = new List<(DateTimeOffset, DateTimeOffset, bool)>();
        if (cursor is { InWindow: true })
        {
            windows.Add((cursor.WindowStart!.Value, cursor.WindowEnd!.Value, cursor.WindowEnd > (cursor.HighWater ?? DateTimeOffset.MinValue)));
        }

        var highWater = cursor?.HighWater ?? now.AddDays(-InitialDays);
        var since = now.AddDays(-RefreshDays);
        var open = await db.Set<OrderLine>().AsNoTracking()
            .Where(l => l.MarketCode == market.Code && (l.Status == TikTokLineStatus.Processing || l.Status == TikTokLineStatus.Frozen) && l.OrderedAt >= since && l.OrderedAt < highWater)
            .Select(l => l.OrderedAt).ToListAsync(cancellationToken);
        foreach (var day in open.Select(o => o.UtcDateTime.Date).Distinct().Order())
        {
            var start = new DateTimeOffset(day, TimeSpan.Zero);
            windows.Add((start, Min(start.AddDays(1), highWater), false));
        }

        windows.Add((highWater - (cursor?.HighWater is null ? TimeSpan.Zero : Overlap), now, true));
        return windows;
    }

    private async Task<IngestReport> ReadWindowAsync(PartnerClient partner, Market market, DateTimeOffset start, DateTimeOffset end, bool newOrders, string lease, CancellationToken cancellationToken)
    {
        var report = IngestReport.Empty;
        var token = await RecordAsync(market.Code, c =>
        {
            if (c.WindowStart != start || c.WindowEnd != end)
            {
                c.Open(start, end, clock.GetUtcNow());
            }
        }, cancellationToken);
        async IAsyncEnumerable<(IReadOnlyList<OrderLineSnapshot>, string?)> Batches()
        {
            do
            {
                // Pages are gathered up to one ingestion batch: one transaction, and one cursor write, per batch rather than per page.
                var lines = new List<OrderLineSnapshot>();
                do
                {
                    var page = await partner.SearchAffiliateOrdersPageAsync(new AffiliateOrderQuery { CreateTimeGe = start, CreateTimeLt = end }, PageSize, token, cancellationToken);
                    var (read, unreadable) = Readable(page.Items, market);
                    lines.AddRange(read);
                    report = report.Add(IngestReport.Empty with { Refused = unreadable });
                    token = page.NextPageToken;
                }
                while (!string.IsNullOrEmpty(token) && lines.Count < OrderLineIngestor.BatchSize);

                yield return (lines, token);
            }
            while (!string.IsNullOrEmpty(token));
        }

        // The next pages are requested while the batch before is written; the cursor moves once a batch is committed.
        await ingestor.IngestAsync(Batches(), LineSource.Api, "TikTok orders API", async (part, next) =>
        {
            report = report.Add(part);
            await RecordAsync(market.Code, c => c.Read(part.Received, next, newOrders), cancellationToken);
            RuleViolationException.Require<OrdersRules>(await leases.TryAcquireAsync(lease, TimeSpan.FromMinutes(10), cancellationToken), null, "Poll.LostLease", market.Name);
        }, cancellationToken);

        return report;
    }

    /// <summary>The lines of a page's orders; an order TikTok sent in a shape Tapbridge cannot take is logged and skipped, so it cannot stop the market's poll.</summary>
    private (List<OrderLineSnapshot> Lines, List<RefusedLine> Unreadable) Readable(IReadOnlyList<AffiliateOrder> orders, Market market)
    {
        var lines = new List<OrderLineSnapshot>();
        var unreadable = new List<RefusedLine>();
        foreach (var order in orders)
        {
            try
            {
                lines.AddRange(OrderLineSnapshot.FromApi(order, market).ToList());
            }
            catch (FormatException e)
            {
                logger.LogError("TikTok order {Order} of {Market} was skipped: {Reason}", order.Id, market.Code, e.Message);
                unreadable.Add(new RefusedLine(order.Id, "", e.Message));
            }
        }

        return (lines, unreadable);
    }

    private async Task<string?> RecordAsync(string market, Action<OrderPollCursor> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cursor = await db.Set<OrderPollCursor>().SingleOrDefaultAsync(c => c.MarketCode == market, cancellationToken);
        if (cursor is null)
        {
            cursor = OrderPollCursor.Start(market);
            db.Add(cursor);
        }

        change(cursor);
        await db.SaveChangesAsync(cancellationToken);
        return cursor.PageToken;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
