using System.Globalization;
using System.Text;
using CsCheck;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Commissions;
using Tapbridge.Modules.Commissions.Adjustments;
using Tapbridge.Modules.Commissions.Maturation;
using Tapbridge.Modules.Commissions.Shares;
using Tapbridge.Modules.Creators;
using Tapbridge.Modules.Orders;
using Tapbridge.Modules.Orders.Import;
using Tapbridge.Modules.Orders.Ingestion;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Modules.Commissions;

/// <summary>One step of a generated history: what happens to which line, with a number the step uses (hours, quantity, delay).</summary>
public sealed record HistoryStep(int Kind, int Line, int Amount)
{
    public override string ToString() => $"{Kinds[Kind]}({Line},{Amount})";

    internal static readonly string[] Kinds =
        ["create", "deliver", "return", "complete", "cancel", "freeze", "duplicate", "replay-old", "tick", "csv-twice", "crash-then-complete", "mature-twice-at-once", "unfreeze", "adjust-twice-at-once", "reverse-adjustment"];
}

/// <summary>
/// Random histories of order lines — created, delivered, partly returned, completed (with coupons), cancelled, frozen
/// and released, reported twice or out of order, re-uploaded as CSV, matured at random clock steps, a crash in the
/// middle of a write, two maturation runs at once, finance adjustments (posted twice at once with one key) and their
/// reversals — checked after every step against <see cref="LedgerModel"/>: every
/// entry balances, every balance equals its entries, and every amount and stage equals the model's. CsCheck prints the
/// seed and the shrunk history of a failure, so it replays exactly.
/// </summary>
public abstract class LedgerPropertyTests<TApp>(TApp fixture) where TApp : TapbridgeApp, IClockedApp
{
    private static readonly Actor Finance = new(Guid.Empty, Tapbridge.Modules.Agency.Agency.InstallationId, OrganizationKind.Agency, "Finance test", new HashSet<string> { Roles.Finance });
    private static readonly Gen<HistoryStep[]> Histories = Gen.Select(Gen.Int[0, HistoryStep.Kinds.Length - 1], Gen.Int[0, 2], Gen.Int[1, 400], (k, l, a) => new HistoryStep(k, l, a)).Array[4, 22];

    private TapbridgeApp App => fixture.Require();

    [Fact]
    public async Task Every_history_keeps_the_ledger_balanced_and_equal_to_the_model_in_PHP() => await RunAsync("PH", "PHP", 2, TimeSpan.FromHours(8), 1750);

    [Fact]
    public async Task Every_history_keeps_the_ledger_balanced_and_equal_to_the_model_in_VND() => await RunAsync("VN", "VND", 0, TimeSpan.FromHours(7), 2500);

    private async Task RunAsync(string market, string currency, int minorUnits, TimeSpan offset, int shareRate)
    {
        var (creatorId, handle) = await CreatorAsync(market, shareRate);
        await Histories.SampleAsync(async steps =>
        {
            var model = new LedgerModel(market, currency, minorUnits, offset, shareRate);
            var run = Guid.NewGuid().ToString("N")[..8];
            for (var i = 0; i < 3; i++)
            {
                model.Lines.Add(new ModelLine { OrderId = $"{Math.Abs(run.GetHashCode(StringComparison.Ordinal)) % 1_000_000_000}{i}{Random.Shared.Next(1000, 9999)}", SkuId = $"17{i}{Random.Shared.Next(100000, 999999)}" });
            }

            foreach (var step in steps)
            {
                await ApplyAsync(model, step, creatorId, handle);
                await CheckAsync(model, creatorId);
            }
        }, iter: 20, threads: 1, print: steps => string.Join(" ", steps.Select(s => s.ToString())));
    }

    private async Task ApplyAsync(LedgerModel model, HistoryStep step, Guid creatorId, string handle)
    {
        var line = model.Lines[step.Line];
        var now = fixture.Time.Now;
        switch (HistoryStep.Kinds[step.Kind])
        {
            case "create" when !line.Exists:
                (line.Exists, line.Price, line.Quantity, line.TapRate, line.CreatorRate, line.OrderedAt) =
                    (true, model.MinorUnits == 0 ? 1_000 * (50 + step.Amount) : 100 * (step.Amount + 1) + step.Amount % 100, 1 + step.Amount % 3, 1000 + step.Amount * 13, 3000 + step.Amount * 7, now);
                await SendAsync(model, line, handle);
                break;
            case "deliver" when line.Exists && line.Status == "PROCESSING" && line.DeliveredAt is null:
                line.DeliveredAt = now;
                await SendAsync(model, line, handle);
                break;
            case "return" when line.Exists && line.DeliveredAt is not null && line.Status is "PROCESSING" or "FROZEN" && line.Kept > 0:
                line.Returned += 1 + step.Amount % line.Kept;
                LedgerModel.Settle(line);
                await SendAsync(model, line, handle);
                break;
            case "complete" when line.Exists && line.DeliveredAt is not null && line.Status is "PROCESSING" or "FROZEN":
                line.HoldClearedAt = line.Status == "FROZEN" ? now : line.HoldClearedAt;
                (line.Status, line.Coupon) = ("COMPLETED", step.Amount % 4 == 0 ? line.Price / 5 : 0);
                await SendAsync(model, line, handle);
                break;
            case "crash-then-complete" when line.Exists && line.DeliveredAt is not null && line.Status == "PROCESSING":
                line.Status = "COMPLETED";
                using (var crash = new CancellationTokenSource(TimeSpan.FromMilliseconds(step.Amount % 5)))
                {
                    try
                    {
                        await IngestAsync(model, line, handle, crash.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        // The write died part-way; the source delivers the same facts again, as TikTok's next page would.
                    }
                }

                await SendAsync(model, line, handle);
                break;
            case "cancel" when line.Exists && line.Status == "PROCESSING" && line.DeliveredAt is null:
                line.Status = "CANCELLED";
                LedgerModel.Settle(line);
                await SendAsync(model, line, handle);
                break;
            case "freeze" when line.Exists && line.Status == "PROCESSING" && line.DeliveredAt is not null:
                line.Status = "FROZEN";
                await SendAsync(model, line, handle);
                break;
            case "unfreeze" when line.Exists && line.Status == "FROZEN":
                (line.Status, line.HoldClearedAt) = ("COMPLETED", now);
                await SendAsync(model, line, handle);
                break;
            case "duplicate" when line.Exists:
                await SendAsync(model, line, handle);
                break;
            case "replay-old" when line.SentCsvRows.Count > 1:
                await UploadAsync(model, [line.SentCsvRows[step.Amount % (line.SentCsvRows.Count - 1)]], $"old-{Guid.NewGuid():N}");
                break;
            case "tick":
                fixture.Time.Now = now.AddHours(step.Amount);
                model.Mature(fixture.Time.Now);
                await MatureAsync();
                break;
            case "mature-twice-at-once":
                fixture.Time.Now = now.AddDays(step.Amount % 20);
                model.Mature(fixture.Time.Now);
                await Task.WhenAll(MatureAsync(), MatureAsync());
                break;
            case "adjust-twice-at-once":
                var amount = (step.Amount % 2 == 0 ? 1 : -1) * (model.MinorUnits == 0 ? 1_000L : 10L) * step.Amount;
                var request = new AdjustmentRequest(creatorId, model.Market, amount, $"Property test adjustment of {amount}", null, Guid.NewGuid().ToString("N"));
                var posted = await Task.WhenAll(PostAdjustmentAsync(request), PostAdjustmentAsync(request));
                posted.Select(p => p.Adjustment.Id).Distinct().Count().ShouldBe(1, "one key posts one adjustment, however many requests carry it");
                model.Adjustments.Add(new ModelAdjustment { Id = posted[0].Adjustment.Id, Amount = amount, CycleClose = model.CutOffAtOrAfter(now) });
                break;
            case "reverse-adjustment" when model.Adjustments.LastOrDefault(a => !a.IsReversal && !a.Reversed) is { } original:
                await using (var scope = App.Scope())
                {
                    var reversal = await scope.ServiceProvider.GetRequiredService<CreatorAdjustments>()
                        .ReverseAsync(Finance, original.Id, new ReversalRequest("Reversed by the property test", Guid.NewGuid().ToString("N")), CancellationToken.None);
                    original.Reversed = true;
                    model.Adjustments.Add(new ModelAdjustment { Id = reversal.Adjustment.Id, Amount = -original.Amount, CycleClose = model.CutOffAtOrAfter(now), IsReversal = true });
                }

                break;
            case "csv-twice" when model.Lines.Any(l => l.Exists):
                var rows = model.Lines.Where(l => l.Exists).Select(l => CsvRow(model, l, handle)).ToList();
                var name = $"export-{Guid.NewGuid():N}.csv";
                await UploadAsync(model, rows, name);
                await UploadAsync(model, rows, name);
                break;
            default:
                break;
        }
    }

    private async Task SendAsync(LedgerModel model, ModelLine line, string handle)
    {
        line.SentCsvRows.Add(CsvRow(model, line, handle));
        await IngestAsync(model, line, handle, CancellationToken.None);
    }

    private async Task IngestAsync(LedgerModel model, ModelLine line, string handle, CancellationToken cancellationToken)
    {
        var (eb, et, ec) = line.Estimated;
        var (ab, at, ac) = line.Actual;
        var snapshot = new OrderLineSnapshot
        {
            MarketCode = model.Market, Currency = model.Currency, OrderId = line.OrderId, SkuId = line.SkuId, ProductId = "1729000000000000001", ProductName = "Serum",
            CreatorUsername = handle, Price = line.Price, Quantity = line.Quantity, ReturnedQuantity = line.Returned, TapRate = line.TapRate, CreatorRate = line.CreatorRate,
            Status = Enum.Parse<TikTokLineStatus>(line.Status, ignoreCase: true), OrderedAt = line.OrderedAt, DeliveredAt = line.DeliveredAt,
            Estimated = new ReportedAmounts(eb, et, ec, 0, 0), Actual = new ReportedAmounts(ab, at, ac, 0, 0),
        };
        await using var scope = App.Scope();
        await scope.ServiceProvider.GetRequiredService<OrderLineIngestor>().IngestAsync([snapshot], LineSource.Api, "property test", cancellationToken);
    }

    private async Task UploadAsync(LedgerModel model, IReadOnlyList<string> rows, string name)
    {
        var csv = new StringBuilder("Order ID,SKU ID,Product ID,Product name,Creator username,Price,Quantity,Order status,Affiliate partner CPS,Creator CPS,")
            .Append("Estimated commission base,Estimated commission revenue,Estimated creator commission,Actual commission base,Actual partner commission,Actual creator commission,")
            .Append("Returns & refunds,Time created,Time delivered\n");
        foreach (var row in rows)
        {
            csv.Append(row).Append('\n');
        }

        await using var scope = App.Scope();
        var result = await scope.ServiceProvider.GetRequiredService<OrderImports>().ImportAsync(Finance, model.Market, name, new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), CancellationToken.None);
        result.Failed.ShouldBe(0, string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    private static string CsvRow(LedgerModel model, ModelLine line, string handle)
    {
        string Money(long minor) => (model.MinorUnits == 0 ? minor : minor / 100m).ToString(CultureInfo.InvariantCulture);
        string Rate(int rate) => (rate / 100m).ToString(CultureInfo.InvariantCulture) + "%";
        var (eb, et, ec) = line.Estimated;
        var (ab, at, ac) = line.Actual;
        var status = line.Status switch { "PROCESSING" => "In progress", "COMPLETED" => "Completed", "CANCELLED" => "Cancelled", _ => "Frozen" };
        return string.Join(',', line.OrderId, line.SkuId, "1729000000000000001", "Serum", handle, Money(line.Price), line.Quantity, status, Rate(line.TapRate), Rate(line.CreatorRate),
            Money(eb), Money(et), Money(ec), Money(ab), Money(at), Money(ac), line.Returned, line.OrderedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            line.DeliveredAt?.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) ?? "");
    }

    private async Task<AdjustmentPosted> PostAdjustmentAsync(AdjustmentRequest request)
    {
        await using var scope = App.Scope();
        return await scope.ServiceProvider.GetRequiredService<CreatorAdjustments>().PostAsync(Finance, request, CancellationToken.None);
    }

    private async Task MatureAsync()
    {
        await using var scope = App.Scope();
        await scope.ServiceProvider.GetRequiredService<EarningsMaturation>().RunAsync(CancellationToken.None);
    }

    private async Task CheckAsync(LedgerModel model, Guid creatorId)
    {
        await using var scope = App.Scope();
        var report = await scope.ServiceProvider.GetRequiredService<LedgerCheck>().RunAsync(CancellationToken.None);
        report.Balanced.ShouldBeTrue(string.Join("\n", report.Problems));
        var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
        foreach (var expected in model.Lines.Where(l => l.Exists))
        {
            var line = await db.Set<OrderLine>().AsNoTracking().SingleAsync(l => l.MarketCode == model.Market && l.OrderId == expected.OrderId && l.SkuId == expected.SkuId);
            line.CreatorId.ShouldBe(creatorId);
            var earning = await db.Set<LineEarning>().AsNoTracking().SingleAsync(e => e.LineId == line.Id);
            var share = expected.Share(model.ShareRate);
            var what = $"order {expected.OrderId} ({expected.Status}, kept {expected.Kept}/{expected.Quantity}, delivered {expected.DeliveredAt:u})";
            earning.Receivable.ShouldBe(expected.Receivable, what);
            earning.Memo.ShouldBe(expected.TikTokPaid, what);
            earning.Share.ShouldBe(share, what);
            earning.Stage.ToString().ShouldBe(expected.Stage, what);
            (line.Discrepancy is not null).ShouldBe(expected.Coupon > 0 && expected.Status is "COMPLETED" or "FROZEN" && expected.Kept > 0, what);

            var legs = (await db.Set<LedgerEntry>().AsNoTracking().Where(e => e.LineId == line.Id).ToListAsync()).SelectMany(e => e.Legs).ToList();
            long Sum(LedgerAccount account) => legs.Where(l => l.Account == account).Sum(l => l.Amount);
            Sum(LedgerAccount.TikTokReceivable).ShouldBe(expected.Receivable, what);
            Sum(LedgerAccount.CommissionRevenue).ShouldBe(-expected.Receivable, what);
            Sum(LedgerAccount.CreatorShareExpense).ShouldBe(share, what);
            Sum(LedgerAccount.TikTokPaidCreatorCommission).ShouldBe(expected.TikTokPaid, what);
            var account = expected.Stage switch { "Confirmed" => LedgerAccount.CreatorConfirmed, "Payable" => LedgerAccount.CreatorPayable, _ => LedgerAccount.CreatorPending };
            legs.Where(l => l.Account == account && l.CreatorId == creatorId).Sum(l => l.Amount).ShouldBe(-share, what);
            legs.Where(l => l.Account is LedgerAccount.CreatorPending or LedgerAccount.CreatorConfirmed or LedgerAccount.CreatorPayable).Sum(l => l.Amount).ShouldBe(-share, what);
        }

        var ids = model.Adjustments.Select(a => a.Id).ToList();
        var stages = await db.Set<CreatorAdjustment>().AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Stage.ToString());
        foreach (var expected in model.Adjustments)
        {
            stages[expected.Id].ShouldBe(expected.Stage, $"adjustment of {expected.Amount}");
        }

        var keys = model.Adjustments.SelectMany(a => new[] { $"adj:{a.Id}", $"adjpayable:{a.Id}" }).ToList();
        var adjustmentLegs = (await db.Set<LedgerEntry>().AsNoTracking().Where(e => keys.Contains(e.SourceKey)).ToListAsync()).SelectMany(e => e.Legs).ToList();
        long Owed(LedgerAccount account) => -adjustmentLegs.Where(l => l.Account == account && l.CreatorId == creatorId).Sum(l => l.Amount);
        adjustmentLegs.Where(l => l.Account == LedgerAccount.CreatorShareExpense).Sum(l => l.Amount).ShouldBe(model.Adjustments.Sum(a => a.Amount));
        Owed(LedgerAccount.CreatorConfirmed).ShouldBe(model.Adjustments.Where(a => a.Stage == "Confirmed").Sum(a => a.Amount));
        Owed(LedgerAccount.CreatorPayable).ShouldBe(model.Adjustments.Where(a => a.Stage == "Payable").Sum(a => a.Amount));
    }

    private async Task<(Guid Id, string Handle)> CreatorAsync(string market, int shareRate)
    {
        var handle = $"prop_{Guid.NewGuid():N}"[..20];
        await App.SignUpApprovedCreatorAsync(market, 50_000, handle);
        await using var scope = App.Scope();
        var id = await scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>().Set<Creator>().Where(c => c.Handle == handle).Select(c => c.Id).SingleAsync();
        await scope.ServiceProvider.GetRequiredService<ShareRules>().SetAsync(Finance, new ShareRuleChange(ShareScope.Creator, market, null, null, id, shareRate), CancellationToken.None);
        return (id, handle);
    }
}

public sealed class LedgerPropertyTestsOnSqlite(ClockedApp app) : LedgerPropertyTests<ClockedApp>(app), IClassFixture<ClockedApp>;

public sealed class LedgerPropertyTestsOnPostgres(ClockedPostgresApp app) : LedgerPropertyTests<ClockedPostgresApp>(app), IClassFixture<ClockedPostgresApp>;
