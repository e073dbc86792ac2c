using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Commissions.Reconciliation;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Modules.Orders;
using Tapbridge.Platform.Demo;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Commissions.Demo;

/// <summary>
/// What TikTok paid for the demo's older months: each settled month in full, but one PH month short by a little (a
/// difference to find); and for last month in PH, TikTok's statement imported line by line, with one line paid less,
/// one settled line missing and one order Tapbridge does not have.
/// </summary>
internal sealed class TikTokPaymentsDemo(TapbridgeDbContext db, TikTokPayments payments, TikTokStatements statements, TimeProvider clock) : IDemoSeeder
{
    public int Order => 580;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var finance = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Email == DemoSettings.Email("finance"), cancellationToken);
        if (finance is null || await db.Set<TikTokPayment>().AnyAsync(cancellationToken))
        {
            return;
        }

        var actor = new Actor(finance.Id, Agency.Agency.InstallationId, OrganizationKind.Agency, finance.DisplayName, new HashSet<string> { Roles.Finance });
        var lastMonth = clock.GetUtcNow().AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var settled = (await payments.ReconcileAsync(null, cancellationToken)).Where(p => p.ExpectedSettled > 0 && string.CompareOrdinal(p.Month, lastMonth) < 0).ToList();
        var shortOne = settled.FirstOrDefault(p => p.Market == "PH");
        foreach (var p in settled)
        {
            var paidOn = DateOnly.ParseExact($"{p.Month}-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).AddMonths(1).AddDays(7);
            var amount = p == shortOne ? p.ExpectedSettled - Math.Min(p.ExpectedSettled, 12_345) : p.ExpectedSettled;
            await payments.RecordAsync(actor, new TikTokPaymentRequest(p.Market, p.Month, amount, $"TTS-{p.Market}-{p.Month.Replace("-", "", StringComparison.Ordinal)}", paidOn), cancellationToken);
        }

        await StatementAsync(actor, lastMonth, cancellationToken);
    }

    private async Task StatementAsync(Actor actor, string month, CancellationToken cancellationToken)
    {
        var market = Market.Philippines;
        var first = DateOnly.ParseExact($"{month}-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var (start, end) = (market.StartOf(first), market.StartOf(first.AddMonths(1)));
        // In two steps: joining an earning to its own row (ADR 14) makes SQLite scan the table once per line.
        var receivable = await db.Set<LineEarning>().AsNoTracking()
            .Where(e => e.MarketCode == market.Code && e.OrderedAt >= start && e.OrderedAt < end && e.Receivable > 0)
            .ToDictionaryAsync(e => e.LineId, e => e.Receivable, cancellationToken);
        var settled = new List<(string OrderId, string SkuId, DateTimeOffset OrderedAt, long Receivable)>();
        foreach (var ids in receivable.Keys.Chunk(500))
        {
            var lines = await db.Set<OrderLine>().AsNoTracking()
                .Where(l => EF.Parameter(ids).Contains(l.Id) && l.Status == TikTokLineStatus.Completed)
                .Select(l => new { l.Id, l.OrderId, l.SkuId, l.OrderedAt }).ToListAsync(cancellationToken);
            settled.AddRange(lines.Select(l => (l.OrderId, l.SkuId, l.OrderedAt, receivable[l.Id])));
        }

        settled = [.. settled.OrderBy(l => l.OrderedAt).ThenBy(l => l.OrderId, StringComparer.Ordinal).ThenBy(l => l.SkuId, StringComparer.Ordinal)];
        if (settled.Count < 3)
        {
            return;
        }

        var now = clock.GetUtcNow().AddHours(-1);
        string Time(DateTimeOffset at) => market.ToLocal(at).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var csv = new StringBuilder("Order ID,SKU ID,Time created,Time commission paid,Actual partner commission\n");
        foreach (var (line, i) in settled.Select((l, i) => (l, i)).Skip(1))
        {
            var paid = i == 2 ? line.Receivable - Math.Min(line.Receivable, 1_000) : line.Receivable;
            csv.Append(CultureInfo.InvariantCulture, $"{line.OrderId},{line.SkuId},{Time(line.OrderedAt)},{Time(Min(line.OrderedAt.AddDays(12), now))},{market.Plain(paid)}\n");
        }

        csv.Append(CultureInfo.InvariantCulture, $"5799000000000000001,1729000000000000001,{Time(settled[0].OrderedAt)},{Time(Min(settled[0].OrderedAt.AddDays(12), now))},{market.Plain(4_250)}\n");
        await using var file = new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString()));
        await statements.ImportAsync(actor, market.Code, file, $"partner-center-earnings-paid-{month}.csv", cancellationToken);
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
