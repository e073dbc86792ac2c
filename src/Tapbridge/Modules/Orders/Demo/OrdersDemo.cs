using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Campaigns;
using Tapbridge.Modules.Creators;
using Tapbridge.Modules.Orders.Import;
using Tapbridge.Modules.Orders.Matching;
using Tapbridge.Modules.Orders.Polling;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Demo;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Orders.Demo;

/// <summary>
/// Months of orders on the first start: the sandbox's replayed history read through the orders API, and a Partner Center
/// earnings export for Maria (who sells in TikTok outside the sandbox) with every state — delivered, in the hold,
/// confirmed, payable, returned, cancelled — plus one line no creator matched, and missing-order reports, answered and open.
/// </summary>
internal sealed class OrdersDemo(
    TapbridgeDbContext db, AffiliateOrderPoll poll, OrderImports imports, OrderAttribution attribution, TimeProvider clock, ILogger<OrdersDemo> logger)
    : IDemoSeeder
{
    private static readonly Actor Finance = new(Guid.Empty, Agency.Agency.InstallationId, OrganizationKind.Agency, "Demo finance", new HashSet<string> { Roles.Finance });

    public int Order => 550;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<OrderLine>().AnyAsync(cancellationToken))
        {
            return;
        }

        try
        {
            var report = await poll.PollAllAsync(cancellationToken);
            logger.LogInformation("Demo orders read from the sandbox: {New} lines", report.New);
        }
        catch (Exception e) when (e is HttpRequestException or RuleViolationException or TikTokShop.Errors.TikTokShopException)
        {
            logger.LogWarning(e, "The demo's sandbox orders could not be read");
        }

        var now = clock.GetUtcNow();
        if (await db.Set<Creator>().AsNoTracking().SingleOrDefaultAsync(c => c.Handle == "maria.glowup", cancellationToken) is { } maria)
        {
            await using var export = new MemoryStream(await ExportAsync(now, cancellationToken));
            await imports.ImportAsync(Finance, "PH", "partner-center-earnings-demo.csv", export, cancellationToken);
            await ReportsAsync(maria, now, cancellationToken);
        }
    }

    /// <summary>Maria's Partner Center export: 3 months of her sales of the agency's PH products, with TikTok's amounts.</summary>
    private async Task<byte[]> ExportAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var products = await (from r in db.Set<Registration>().AsNoTracking()
                              join c in db.Set<Campaign>().AsNoTracking() on r.CampaignId equals c.Id
                              where r.MarketCode == "PH" && r.Status == RegistrationStatus.Approved
                              orderby r.ProductId
                              select new { r.ProductId, r.Title, r.Skus, r.TotalRate, r.CreatorRate, c.TikTokCampaignId }).Take(4).ToListAsync(cancellationToken);
        var csv = new StringBuilder("Order ID,SKU ID,Product ID,Product name,Campaign ID,Creator username,Price,Quantity,Order status,Content type,Affiliate partner CPS,Creator CPS,")
            .Append("Estimated commission base,Estimated commission revenue,Estimated creator commission,Actual commission base,Actual partner commission,Actual creator commission,")
            .Append("Returns & refunds,Time created,Time delivered\n");
        var random = new Random(20261201);
        var market = Market.Philippines;
        for (var i = 0; i < 42 && products.Count > 0; i++)
        {
            var product = products[i % products.Count];
            var sku = product.Skus.Count > 0 ? product.Skus[i % product.Skus.Count] : new RegisteredSku(product.ProductId + "1", "Default", 49_900, 10);
            var ordered = now.AddDays(-random.Next(1, 95)).AddMinutes(-random.Next(0, 1440));
            var age = (now - ordered).TotalDays;
            var quantity = random.Next(0, 4) == 0 ? 2 : 1;
            var cancelled = age > 3 && random.Next(0, 14) == 0;
            var delivered = !cancelled && age > 4 ? ordered.AddDays(3 + random.Next(0, 2)) : (DateTimeOffset?)null;
            var completed = delivered is { } d && (now - d).TotalDays > 12;
            var returned = completed && random.Next(0, 10) == 0 ? 1 : 0;
            var creatorShare = product.TotalRate == 0 ? 0 : (int)Math.Round(product.CreatorRate * 10_000m / product.TotalRate, MidpointRounding.AwayFromZero);
            var estBase = sku.Price * quantity;
            var estTap = Rates.Apply(estBase, product.TotalRate);
            var actBase = completed ? sku.Price * (quantity - returned) : 0;
            var actTap = Rates.Apply(actBase, product.TotalRate);
            string Money(long minor) => market.ToMajor(minor).ToString("0.00", CultureInfo.InvariantCulture);
            string Time(DateTimeOffset? at) => at is { } t ? market.ToLocal(t).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : "";
            var handle = i switch { 7 => "maria.glow.up", 19 => "maria_glowup", _ => "maria.glowup" };
            csv.AppendJoin(',', [$"5781{20261201L * 1000 + i:D15}", sku.SkuId, product.ProductId, $"\"{product.Title.Replace("\"", "'", StringComparison.Ordinal)}\"", product.TikTokCampaignId ?? "",
                handle, Money(sku.Price), quantity.ToString(CultureInfo.InvariantCulture), cancelled ? "Cancelled" : completed ? "Completed" : "In progress",
                i % 3 == 0 ? "Livestream" : "Short video", Rates.Percent(product.TotalRate).Replace(" ", "", StringComparison.Ordinal),
                Rates.Percent(creatorShare).Replace(" ", "", StringComparison.Ordinal), Money(estBase), Money(estTap), Money(Rates.Apply(estTap, creatorShare)),
                Money(actBase), Money(actTap), Money(Rates.Apply(actTap, creatorShare)), returned.ToString(CultureInfo.InvariantCulture), Time(ordered), Time(delivered)]);
            csv.Append('\n');
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private async Task ReportsAsync(Creator maria, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var actor = new Actor(Guid.Empty, maria.Id, OrganizationKind.Creator, maria.DisplayName, new HashSet<string> { Roles.Creator });
        var answered = await attribution.ReportMissingAsync(actor, new MissingOrderRequest($"5781{20261201L * 1000 + 7:D15}", DateOnly.FromDateTime(now.AddDays(-30).UtcDateTime),
            "A follower bought the serum from my live but I don't see it."), cancellationToken);
        var staff = new Actor(Guid.Empty, Agency.Agency.InstallationId, OrganizationKind.Agency, "Demo manager", new HashSet<string> { Roles.AccountManager });
        try
        {
            await attribution.AnswerAsync(staff, answered.Id, new ReportAnswer("Found it: TikTok reported it under @maria.glow.up. It is yours now.", AssignOrder: true), cancellationToken);
        }
        catch (RuleViolationException e)
        {
            logger.LogWarning(e, "The demo's missing-order report could not be answered");
        }

        await attribution.ReportMissingAsync(actor, new MissingOrderRequest("5779000000000000042", DateOnly.FromDateTime(now.AddDays(-3).UtcDateTime),
            "Sold 2 water bottles on Saturday's live."), cancellationToken);
    }
}
