using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Campaigns;
using Tapbridge.Modules.Commissions;
using Tapbridge.Modules.Orders;
using Tapbridge.Modules.Orders.Import;
using Tapbridge.Modules.Samples;
using Tapbridge.Modules.Samples.Returns;
using Tapbridge.Modules.Samples.Review;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Markets;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Modules.Samples;

/// <summary>
/// Sample-to-sale returns on generated data: samples delivered over half a year to three creators for two sellers'
/// products, and Partner Center lines around them (before delivery, after, cancelled, other products, unknown
/// creators), imported as finance would. Every sample's figures and every roll-up equal a calculation written here from
/// the stored lines; each reader sees only what is theirs.
/// </summary>
public abstract class SampleReturnTests(TapbridgeApp fixture)
{
    private static readonly Market Ph = Market.Philippines;
    private TapbridgeApp App => fixture.Require();

    [Fact]
    public async Task Each_sample_and_each_roll_up_equal_an_independent_sum_of_the_lines_after_delivery()
    {
        var random = new Random(20261207);
        var now = DateTimeOffset.UtcNow;
        var (productA, sellerA, manager) = await App.ProductWithSamplesAsync(quota: 10);
        var (productB, sellerB, _) = await App.ProductWithSamplesAsync(quota: 10);
        var creators = new List<(HttpClient Client, Guid Id, string Handle)>();
        for (var i = 0; i < 3; i++)
        {
            var (client, _, handle) = await App.SignUpCreatorAsync("PH");
            creators.Add((client, await App.ApproveCreatorAsync(handle), handle));
        }

        var products = await ProductsAsync(productA, productB);
        await SamplesAsync(random, now, creators.Select(c => c.Id).ToList(), products);
        var selling = creators.Take(2).Select(c => c.Handle).ToList();
        await ImportAsync(Lines(random, now, selling, products.Select(p => p.ProductId).ToList()));

        (await PassAsync()).ShouldBeGreaterThan(0);
        var expected = await ExpectedAsync(creators.Select(c => c.Id).ToList());
        var stored = await StoredAsync(expected.Keys);
        stored.Count.ShouldBe(expected.Count);
        foreach (var (id, figure) in expected)
        {
            stored[id].ShouldBe(figure, $"sample {id}");
        }

        expected.Values.Count(e => e.Gmv > 0).ShouldBeGreaterThan(2, "the generated lines reach several samples");
        expected.Values.Count(e => e.Gmv == 0).ShouldBeGreaterThan(0, "and leave some without a sale");
        (await PassAsync()).ShouldBe(0, "a pass that finds nothing new changes nothing");

        await CheckRollUpsAsync(expected, products, creators, sellerA, sellerB, manager);

        var counted = await CountedLineAsync(creators[0].Id);
        await ImportAsync([counted]);
        (await PassAsync()).ShouldBeGreaterThan(0, "a line settled after the last pass changes its sample's figures");
        var again = await ExpectedAsync(creators.Select(c => c.Id).ToList());
        var restored = await StoredAsync(again.Keys);
        foreach (var (id, figure) in again)
        {
            restored[id].ShouldBe(figure, $"sample {id} after the line settled");
        }
    }

    private static async Task CheckRollUpsAsync(
        Dictionary<Guid, Expected> expected, List<Product> products, List<(HttpClient Client, Guid Id, string Handle)> creators,
        HttpClient sellerA, HttpClient sellerB, HttpClient manager)
    {
        var ofA = expected.Values.Where(e => e.RegistrationId == products[0].RegistrationId).ToList();
        var byCreator = (await sellerA.GetFromJsonAsync<SampleReturnReport>("/api/v1/seller/samples/returns?by=Creator"))!;
        byCreator.Market.ShouldBe("PH");
        byCreator.Rows.Count.ShouldBe(ofA.Select(e => e.CreatorId).Distinct().Count());
        foreach (var row in byCreator.Rows)
        {
            var theirs = ofA.Where(e => e.CreatorId.ToString() == row.Key).ToList();
            row.Label.ShouldBe("@" + creators.Single(c => c.Id.ToString() == row.Key).Handle);
            Sums(row.Sums).ShouldBe(Sums(theirs), $"creator {row.Label}");
            row.Sums.AgencyShare.ShouldBeNull("a seller does not see what the agency pays creators");
        }

        byCreator.Rows.Select(r => r.Sums.GmvPerCost ?? decimal.MaxValue).ShouldBeInOrder(SortDirection.Descending);
        Sums(byCreator.Total!).ShouldBe(Sums(ofA));
        var queue = (await sellerA.GetFromJsonAsync<SampleDeskPage>("/api/v1/seller/samples?pageSize=100"))!;
        queue.Items.ShouldNotBeEmpty();
        queue.Items.ShouldAllBe(i => i.Creator.PastReturns == null, "a seller is not told what other sellers' samples led to");
        queue.Items.Where(i => i.Sample.DeliveredAt != null).ShouldAllBe(i => i.Sample.Return != null && i.Sample.Return.AgencyShare == null);
        var byProductB = (await sellerB.GetFromJsonAsync<SampleReturnReport>("/api/v1/seller/samples/returns"))!;
        byProductB.Rows.ShouldHaveSingleItem().Key.ShouldBe(products[1].RegistrationId.ToString(), "seller B sees only its own product");

        var staff = (await manager.GetFromJsonAsync<SampleReturnReport>("/api/v1/agency/samples/returns?by=Seller&market=PH"))!;
        var rowA = staff.Rows.Single(r => r.Key == products[0].SellerId.ToString());
        Sums(rowA.Sums).ShouldBe(Sums(ofA));
        rowA.Sums.AgencyShare.ShouldNotBeNull();

        var (creator, creatorId, _) = creators[0];
        var hers = expected.Values.Where(e => e.CreatorId == creatorId).ToList();
        var mineReport = (await creator.GetFromJsonAsync<SampleReturnReport>("/api/v1/creator/samples/returns"))!;
        mineReport.Total!.PartnerCommission.ShouldBeNull("a creator does not see the agency's commission");
        Sums(mineReport.Total with { PartnerCommission = hers.Sum(e => e.Partner) }).ShouldBe(Sums(hers));
        var mine = (await creator.GetFromJsonAsync<CreatorSamplesView>("/api/v1/creator/samples"))!;
        mine.Led!.Gmv.ShouldBe(hers.Sum(e => e.Gmv));
        mine.Samples.Where(s => s.DeliveredAt is not null).ShouldAllBe(s => s.Return != null && s.Return.PartnerCommission == null);
    }

    private async Task<int> PassAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SampleReturnPass>().RunAsync(CancellationToken.None);
    }

    private async Task<List<Product>> ProductsAsync(params Guid[] registrations)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
        var rows = await db.Set<Registration>().Where(r => registrations.Contains(r.Id))
            .Select(r => new { r.Id, r.CampaignId, r.ProductId, r.Title, r.SellerId }).ToListAsync();
        return registrations.Select(id => rows.Single(r => r.Id == id))
            .Select(r => new Product(r.Id, r.CampaignId, r.SellerId!.Value, r.ProductId, r.Title)).ToList();
    }

    /// <summary>One or two samples per creator and product, the second after the first was posted, delivered 10 to 200 days ago.</summary>
    private async Task SamplesAsync(Random random, DateTimeOffset now, List<Guid> creators, List<Product> products)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
        foreach (var creator in creators)
        {
            foreach (var product in products)
            {
                var delivered = now.AddDays(-random.Next(100, 200)).AddMinutes(random.Next(0, 1440));
                var count = random.Next(1, 3);
                for (var k = 0; k < count; k++)
                {
                    var ask = new SampleAsk(creator, product.CampaignId, product.RegistrationId, product.SellerId, "PH", product.ProductId,
                        product.Title, product.ProductId + "1", "Default", random.Next(5, 60) * 1_000, SampleSource.Tapbridge, false);
                    var sample = SampleRequest.Ask(ask, new SampleDelivery("R", "+63 917 000 0000", "Makati", ContentFormat.Video, null),
                        delivered.AddDays(-5), TimeSpan.FromHours(72));
                    sample.Approve("test", delivered.AddDays(-4));
                    sample.Ship("J&T Express", "JT-" + random.Next(1000, 9999), random.Next(0, 2) == 0 ? null : 9_500,
                        delivered.AddDays(-2));
                    sample.Deliver(delivered, TimeSpan.FromDays(14));
                    if (k < count - 1)
                    {
                        sample.Post(new Uri("https://www.tiktok.com/@c/video/7301234567890123456"), delivered.AddDays(3));
                    }

                    db.Add(sample);
                    delivered = delivered.AddDays(random.Next(20, 80));
                }
            }
        }

        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Partner Center rows: two of the three creators and handles nobody has, both products and one without samples, 200
    /// days of orders.
    /// </summary>
    private static List<string> Lines(Random random, DateTimeOffset now, List<string> handles, List<string> productIds)
    {
        var rows = new List<string>();
        string[] statuses = ["Completed", "Completed", "In progress", "Cancelled"];
        for (var i = 0; i < 160; i++)
        {
            var handle = random.Next(0, 12) == 0 ? "nobody_" + i : handles[random.Next(handles.Count)];
            var product = random.Next(0, 8) == 0 ? "1729999999999999999" : productIds[random.Next(productIds.Count)];
            var ordered = now.AddDays(-random.Next(1, 200)).AddSeconds(-random.Next(0, 86_400));
            rows.Add(Row($"57{random.NextInt64(1_000_000_000_000_000, 9_000_000_000_000_000)}", product, handle, random.Next(50, 900) * 100,
                random.Next(1, 3), statuses[random.Next(statuses.Length)], ordered));
        }

        return rows;
    }

    private static string Row(
        string orderId, string product, string handle, long price, int quantity, string status, DateTimeOffset ordered, int returned = 0)
    {
        var completed = status == "Completed";
        var estimated = price * quantity;
        var actual = completed ? price * (quantity - returned) : 0;
        string Money(long minor) => Ph.ToMajor(minor).ToString("0.00", CultureInfo.InvariantCulture);
        string Time(DateTimeOffset at) => Ph.ToLocal(at).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        return string.Join(',', orderId, product + "1", product, "Serum", "@" + handle, Money(price),
            quantity.ToString(CultureInfo.InvariantCulture), status, "Short video", "20%", "30%", Money(estimated), Money(estimated / 5),
            Money(estimated * 3 / 50), Money(actual), Money(actual / 5), Money(actual * 3 / 50),
            returned.ToString(CultureInfo.InvariantCulture), Time(ordered), completed ? Time(ordered.AddDays(3)) : "");
    }

    private async Task ImportAsync(List<string> rows)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var imports = scope.ServiceProvider.GetRequiredService<OrderImports>();
        var finance = new Actor(Guid.Empty, Tapbridge.Modules.Agency.Agency.InstallationId, OrganizationKind.Agency, "Test finance",
            new HashSet<string> { Roles.Finance });
        var csv = Encoding.UTF8.GetBytes(EarningsCsvHeader + "\n" + string.Join('\n', rows) + "\n");
        await using var stream = new MemoryStream(csv);
        var result = await imports.ImportAsync(finance, "PH", "earnings.csv", stream, CancellationToken.None);
        result.Errors.ShouldBeEmpty();
    }

    /// <summary>
    /// A line still in progress that counts for a sample delivered recently (older figures no longer move), now
    /// completed with one unit returned: its sample's GMV moves to the settled base.
    /// </summary>
    private async Task<string> CountedLineAsync(Guid creator)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
        var samples = await db.Set<SampleRequest>().AsNoTracking().Where(s => s.CreatorId == creator && s.DeliveredAt != null)
            .ToListAsync();
        var lines = await db.Set<OrderLine>().AsNoTracking().Where(l => l.CreatorId == creator && l.Status != TikTokLineStatus.Completed
            && l.Status != TikTokLineStatus.Cancelled).ToListAsync();
        var recent = DateTimeOffset.UtcNow - SampleReturnPass.Settling + TimeSpan.FromDays(1);
        SampleRequest? Owner(OrderLine l) => samples.Where(s => s.ProductId == l.ProductId && s.DeliveredAt <= l.OrderedAt)
            .MaxBy(s => s.DeliveredAt);
        var line = lines.First(l => Owner(l) is { } owner && owner.DeliveredAt > recent
            && l.OrderedAt < owner.DeliveredAt!.Value.AddDays(90));
        var handle = line.CreatorUsername.TrimStart('@');
        return Row(line.OrderId, line.ProductId, handle, line.Price, line.Quantity, "Completed", line.OrderedAt, returned: 1);
    }

    /// <summary>
    /// The rule, written again over what is stored: a line counts for the sample of its creator and product delivered last
    /// before it, for 90 days.
    /// </summary>
    private async Task<Dictionary<Guid, Expected>> ExpectedAsync(List<Guid> creators)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
        var samples = await db.Set<SampleRequest>().AsNoTracking().Where(s => creators.Contains(s.CreatorId) && s.DeliveredAt != null)
            .ToListAsync();
        var lines = await db.Set<OrderLine>().AsNoTracking().Where(l => l.CreatorId != null && creators.Contains(l.CreatorId.Value))
            .ToListAsync();
        var lineIds = lines.Select(l => l.Id).ToList();
        var earnings = await db.Set<LineEarning>().AsNoTracking().Where(e => lineIds.Contains(e.LineId)).ToDictionaryAsync(e => e.LineId);
        return samples.ToDictionary(s => s.Id, s =>
        {
            var next = samples.Where(o => o.CreatorId == s.CreatorId && o.ProductId == s.ProductId && o.DeliveredAt > s.DeliveredAt)
                .Select(o => o.DeliveredAt!.Value).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
            var until = new[] { s.DeliveredAt!.Value.AddDays(90), next }.Min();
            var counted = lines.Where(l => l.CreatorId == s.CreatorId && l.ProductId == s.ProductId && l.MarketCode == s.MarketCode
                && l.Status != TikTokLineStatus.Cancelled && l.OrderedAt >= s.DeliveredAt && l.OrderedAt < until).ToList();
            long Of(Func<LineEarning, long> amount) => counted.Sum(l => earnings.TryGetValue(l.Id, out var e) ? amount(e) : 0);
            return new Expected(
                s.CreatorId, s.RegistrationId, s.UnitPrice * s.Quantity + (s.ShippingCost ?? 0), Millis(until),
                counted.Select(l => l.OrderId).Distinct().Count(),
                counted.Sum(l => l.Status == TikTokLineStatus.Completed ? l.Actual.Base : l.Estimated.Base),
                Of(e => e.Receivable), Of(e => e.Share), Of(e => e.Memo),
                counted.Count == 0 ? null : Millis(counted.Min(l => l.OrderedAt)));
        });
    }

    /// <summary>Figures keep instants to the millisecond (PostgreSQL stores microseconds).</summary>
    private static DateTimeOffset Millis(DateTimeOffset at) => DateTimeOffset.FromUnixTimeMilliseconds(at.ToUnixTimeMilliseconds());

    private async Task<Dictionary<Guid, Expected>> StoredAsync(IEnumerable<Guid> samples)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
        var ids = samples.ToList();
        return await db.Set<SampleReturn>().AsNoTracking().Where(r => ids.Contains(r.SampleId))
            .ToDictionaryAsync(r => r.SampleId, r => new Expected(
                r.CreatorId, r.RegistrationId, r.Cost, r.Until, r.Orders, r.Gmv, r.PartnerCommission, r.AgencyShare, r.CreatorCommission,
                r.FirstSaleAt));
    }

    private static (int, int, long, int, long, long, long, int, int, int, int, int) Sums(IReadOnlyCollection<Expected> figures) =>
        (figures.Count, figures.Count(e => e.Gmv > 0), figures.Sum(e => e.Cost), figures.Sum(e => e.Orders), figures.Sum(e => e.Gmv),
            figures.Sum(e => e.Creator), figures.Sum(e => e.Partner),
            figures.Count(e => e.Gmv <= 0), figures.Count(e => e.Gmv > 0 && e.Gmv < e.Cost),
            figures.Count(e => e.Gmv > 0 && e.Gmv >= e.Cost && e.Gmv < 3 * e.Cost),
            figures.Count(e => e.Gmv > 0 && e.Gmv >= 3 * e.Cost && e.Gmv < 10 * e.Cost),
            figures.Count(e => e.Gmv > 0 && e.Gmv >= 10 * e.Cost));

    private static (int, int, long, int, long, long, long, int, int, int, int, int) Sums(SampleReturnSums s) =>
        (s.Samples, s.Sold, s.Cost, s.Orders, s.Gmv, s.CreatorCommission, s.PartnerCommission ?? 0, s.Bands.NoSale, s.Bands.BelowCost,
            s.Bands.UpTo3x, s.Bands.UpTo10x, s.Bands.From10x);

    private const string EarningsCsvHeader = Tapbridge.Tests.Modules.Orders.EarningsCsvTests.Header;

    private sealed record Product(Guid RegistrationId, Guid CampaignId, Guid SellerId, string ProductId, string Title);

    private sealed record Expected(
        Guid CreatorId, Guid RegistrationId, long Cost, DateTimeOffset Until, int Orders, long Gmv, long Partner, long Share, long Creator,
        DateTimeOffset? FirstSaleAt);
}

public sealed class SampleReturnTestsOnSqlite(SqliteApp app) : SampleReturnTests(app), IClassFixture<SqliteApp>;

public sealed class SampleReturnTestsOnPostgres(PostgresApp app) : SampleReturnTests(app), IClassFixture<PostgresApp>;
