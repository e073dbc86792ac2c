using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Commissions;
using Tapbridge.Modules.Commissions.Earnings;
using Tapbridge.Modules.Orders;
using Tapbridge.Modules.Orders.Ingestion;
using Tapbridge.Platform.Markets;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Modules.Commissions;

/// <summary>
/// A creator's earnings are summed, filtered and paged by the database: the totals by stage, month (in the creator's
/// market time) and campaign, the pages, the month filter and the export are what the lines say, and nobody else's.
/// </summary>
public abstract class EarningsReadTests(TapbridgeApp fixture) : AppTests(fixture)
{
    private const string Product = "Earnings reader serum";

    [Fact]
    public async Task The_summary_sums_by_stage_month_and_campaign_in_the_creators_market_time()
    {
        var data = await SeedAsync();
        var summary = (await data.Creator.GetFromJsonAsync<EarningsSummary>("/api/v1/creator/earnings"))!;

        summary.ByMonth.Select(m => (m.Month, m.AgencyShare, m.TikTokPaid, m.Lines)).ShouldBe(
        [
            (data.ThisMonth, 300, 1_000, 1),
            ("2026-06", 1_500, 5_000, 2),
            ("2026-05", 700, 3_000, 1),
            ("2026-04", 7 * 100, 7 * 1_000, 7),
        ], "the line at 16:00 UTC on 31 May is 1 June in Manila; the one a minute before is May");
        summary.ByStage.Single(s => s.Stage == EarningStage.Pending).ShouldBe(new StageTotal(EarningStage.Pending, 700 + 1_500 + 700 + 300, 10, 0));
        summary.ByStage.Single(s => s.Stage == EarningStage.Void).ShouldBe(new StageTotal(EarningStage.Void, 0, 1, 0));
        summary.ByStage.Single(s => s.Stage == EarningStage.Confirmed).ShouldBe(new StageTotal(EarningStage.Confirmed, 0, 0, 0));
        (summary.AgencyShareTotal, summary.TikTokPaidTotal).ShouldBe((3_200, 16_000));
        summary.ByCampaign.Single().ShouldBe(new CampaignTotal(null, "Outside the agency's campaigns", 3_200, 16_000, 11));
        var confirms = DateOnly.FromDateTime(Market.Philippines.ToLocal(data.DeliveredAt.AddDays(summary.HoldDays)).DateTime);
        summary.Upcoming.ShouldBe([new UpcomingConfirmation(confirms, 300, 1)], "only the delivered line has a date to confirm on");
    }

    [Fact]
    public async Task Lines_are_paged_newest_first_and_filtered_by_month_and_stage()
    {
        var data = await SeedAsync();
        async Task<EarningsPage> PageAsync(string query) => (await data.Creator.GetFromJsonAsync<EarningsPage>($"/api/v1/creator/earnings/lines?{query}"))!;

        var first = await PageAsync("pageSize=4");
        (first.Total, first.Page, first.PageSize).ShouldBe((11, 1, 4));
        first.Items.Select(l => l.OrderId).ShouldBe([data.Recent, data.Cancelled, data.June, data.May]);
        (await PageAsync("pageSize=4&page=2")).Items.Select(l => l.OrderId).ShouldBe(data.April.Take(4));
        (await PageAsync("pageSize=4&page=3")).Items.Select(l => l.OrderId).ShouldBe(data.April.Skip(4));
        (await PageAsync("pageSize=4&page=4")).ShouldSatisfyAllConditions(p => p.Items.ShouldBeEmpty(), p => p.Total.ShouldBe(11));

        var june = await PageAsync("month=2026-06");
        june.Total.ShouldBe(2);
        june.Items.Select(l => l.OrderId).ShouldBe([data.Cancelled, data.June]);
        (await PageAsync("month=2026-05")).Items.Select(l => l.OrderId).ShouldBe([data.May]);
        (await PageAsync("month=2026-04&pageSize=2&page=2")).ShouldSatisfyAllConditions(p => p.Total.ShouldBe(7), p => p.Items.Select(l => l.OrderId).ShouldBe(data.April.Skip(2).Take(2)));
        (await PageAsync("stage=Void")).Items.Select(l => l.OrderId).ShouldBe([data.Cancelled]);
        (await PageAsync("month=2026-06&stage=Pending")).Items.Select(l => l.OrderId).ShouldBe([data.June]);
        (await PageAsync("month=2026-6")).Total.ShouldBe(0, "a month is yyyy-MM, as the summary names it");
        (await PageAsync("month=June")).Total.ShouldBe(0);

        var line = first.Items.Single(l => l.OrderId == data.June);
        (line.ProductName, line.AgencyShare, line.TikTokPaid, line.Stage, line.Currency, line.OrderedAt).ShouldBe((Product, 1_500, 5_000, EarningStage.Pending, "PHP", JuneFirst));
    }

    [Fact]
    public async Task The_export_has_every_line_newest_first_and_nobody_elses()
    {
        var data = await SeedAsync();
        var csv = await data.Creator.GetStringAsync("/api/v1/creator/earnings/export.csv");
        var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        rows[0].ShouldBe("order_id,product,campaign,ordered_at,tiktok_status,quantity,kept_quantity,agency_share,tiktok_paid,currency,stage,hold,expected_confirm,expected_pay,kind,reason,reference");
        rows.Skip(1).Select(r => r.Split(',')[0]).ShouldBe([data.Recent, data.Cancelled, data.June, data.May, .. data.April]);
        rows[3].ShouldStartWith($"{data.June},{Product},,2026-06-01 00:00,Processing,1,1,15,50,PHP,Pending,Not delivered yet; confirms after delivery and the hold,");
        rows[3].ShouldEndWith(",order,,");
        rows[2].ShouldStartWith($"{data.Cancelled},{Product},,2026-06-20 10:00,Cancelled,1,1,0,0,PHP,Void,Cancelled,,,order,,");
        rows[4].ShouldStartWith($"{data.May},{Product},,2026-05-31 23:59,Processing,1,1,7,30,PHP,Pending,");
        csv.ShouldNotContain(data.Strangers);
    }

    private static readonly DateTimeOffset JuneFirst = new(2026, 5, 31, 16, 0, 0, TimeSpan.Zero);

    private sealed record Seeded(HttpClient Creator, string ThisMonth, DateTimeOffset DeliveredAt, string Recent, string Cancelled, string June, string May, IReadOnlyList<string> April,
        string Strangers);

    /// <summary>
    /// Eleven lines of one creator (shares at a Newbie's 10 % of the partner commission) and one of another creator:
    /// one delivered two days ago, one cancelled in June, one at 00:00 and one at 23:59 either side of 1 June in Manila,
    /// and seven in April, an hour apart.
    /// </summary>
    private async Task<Seeded> SeedAsync()
    {
        var (creator, _, handle) = await App.SignUpCreatorAsync("PH", 30_000);
        await App.ApproveCreatorAsync(handle);
        var (_, _, strangerHandle) = await App.SignUpCreatorAsync("PH", 30_000);
        await App.ApproveCreatorAsync(strangerHandle);
        var now = DateTimeOffset.UtcNow;
        var delivered = now.AddDays(-2);
        var recent = Line(handle, now.AddDays(-3), new ReportedAmounts(20_000, 4_000, 1_000, 0, 0), deliveredAt: delivered);
        var cancelled = Line(handle, new DateTimeOffset(2026, 6, 20, 2, 0, 0, TimeSpan.Zero), new ReportedAmounts(30_000, 6_000, 2_000, 0, 0), TikTokLineStatus.Cancelled);
        var june = Line(handle, JuneFirst, new ReportedAmounts(100_000, 20_000, 5_000, 0, 0));
        var may = Line(handle, JuneFirst.AddMinutes(-1), new ReportedAmounts(50_000, 10_000, 3_000, 0, 0));
        var april = Enumerable.Range(0, 7).Select(i => Line(handle, new DateTimeOffset(2026, 4, 20, 12, 0, 0, TimeSpan.Zero).AddHours(-i), new ReportedAmounts(10_000, 2_000, 1_000, 0, 0)))
            .ToList();
        var stranger = Line(strangerHandle, JuneFirst, new ReportedAmounts(90_000, 9_000, 1_000, 0, 0));
        await using (var scope = App.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<OrderLineIngestor>().IngestAsync([recent, cancelled, june, may, .. april, stranger], LineSource.Api, "test", CancellationToken.None);
        }

        return new Seeded(App.WithToken(await creator.IssueTokenAsync()), Market.Philippines.ToLocal(now.AddDays(-3)).ToString("yyyy-MM", CultureInfo.InvariantCulture), delivered,
            recent.OrderId, cancelled.OrderId, june.OrderId, may.OrderId, [.. april.Select(l => l.OrderId)], stranger.OrderId);
    }

    private static OrderLineSnapshot Line(string handle, DateTimeOffset ordered, ReportedAmounts estimated, TikTokLineStatus status = TikTokLineStatus.Processing,
        DateTimeOffset? deliveredAt = null) => new()
    {
        MarketCode = "PH", Currency = "PHP", OrderId = $"56{Random.Shared.NextInt64(1_000_000_000_000_000, 9_999_999_999_999_999)}", SkuId = "1729000000000000001",
        ProductId = "1729000000000000900", ProductName = Product, CreatorUsername = handle, Price = estimated.Base, Quantity = 1, TapRate = 2000, CreatorRate = 500,
        Status = status, OrderedAt = ordered, DeliveredAt = deliveredAt, Estimated = estimated, Actual = ReportedAmounts.Zero,
    };
}

public sealed class EarningsReadTestsOnSqlite(SqliteApp app) : EarningsReadTests(app), IClassFixture<SqliteApp>;

public sealed class EarningsReadTestsOnPostgres(PostgresApp app) : EarningsReadTests(app), IClassFixture<PostgresApp>;
