using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Campaigns;
using Tapbridge.Modules.Commissions;
using Tapbridge.Modules.Commissions.Adjustments;
using Tapbridge.Modules.Commissions.Bonuses;
using Tapbridge.Modules.Commissions.Earnings;
using Tapbridge.Modules.Orders;
using Tapbridge.Modules.Orders.Ingestion;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Markets;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Modules.Commissions;

/// <summary>
/// An account manager sets a campaign bonus; creators see their progress while the campaign runs; once it has ended
/// and the hold has passed, the maturation job (twice at once) posts each creator's bonus once, as an adjustment.
/// </summary>
public abstract class CampaignBonusApiTests<TApp>(TApp fixture) : AppTests(fixture) where TApp : TapbridgeApp, IClockedApp
{
    [Fact]
    public async Task A_bonus_shows_as_progress_then_settles_once_per_creator_after_the_campaign_and_the_hold()
    {
        var clock = ((IClockedApp)App).Time;
        var campaign = await CampaignAsync(clock.Now);
        var manager = await App.SignInAsync(await App.CreateStaffAsync(Roles.AccountManager));
        (await manager.PutAsJsonAsync($"/api/v1/agency/campaign-bonuses/{campaign.Id}", new { amountPerOrder = 0, threshold = 2 })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await manager.PutAsJsonAsync($"/api/v1/agency/campaign-bonuses/{Guid.NewGuid()}", new { amountPerOrder = 2_000, threshold = 2 })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var set = await manager.PutAsJsonAsync($"/api/v1/agency/campaign-bonuses/{campaign.Id}", new { amountPerOrder = 2_000, threshold = 2 });
        set.StatusCode.ShouldBe(HttpStatusCode.OK, await set.Content.ReadAsStringAsync());

        var (_, email, handle) = await App.SignUpCreatorAsync("PH", 30_000);
        var creatorId = await App.ApproveCreatorAsync(handle);
        var (_, strangerEmail, strangerHandle) = await App.SignUpCreatorAsync("PH", 30_000);
        var strangerId = await App.ApproveCreatorAsync(strangerHandle);
        var inPeriod = campaign.CampaignStart.AddHours(3);
        await LinesAsync(
            Line(creatorId, handle, campaign.Id, inPeriod, "5780000000000000101"), Line(creatorId, handle, campaign.Id, inPeriod, "5780000000000000101", "1729000000000000002"),
            Line(creatorId, handle, campaign.Id, inPeriod.AddHours(1), "5780000000000000102"), Line(creatorId, handle, campaign.Id, inPeriod.AddHours(2), "5780000000000000103"),
            Line(creatorId, handle, campaign.Id, inPeriod.AddHours(3), "5780000000000000104", cancelled: true),
            Line(creatorId, handle, campaign.Id, campaign.CampaignStart.AddHours(-1), "5780000000000000105"), Line(creatorId, handle, null, inPeriod, "5780000000000000106"),
            Line(strangerId, strangerHandle, campaign.Id, inPeriod, "5780000000000000107"));

        var progress = (await (await App.SignInAsync(email)).GetFromJsonAsync<EarningsSummary>("/api/v1/creator/earnings"))!.Bonuses.Single(b => b.CampaignId == campaign.Id);
        (progress.Orders, progress.Threshold, progress.ProvisionalBonus, progress.AmountPerOrder).ShouldBe((3, 2, 2_000, 2_000), "three orders in the period count (the one with two SKU lines once): not the void one, the one before, the one outside the campaign");
        progress.SettlesAt.ShouldBe(campaign.CampaignEnd.AddDays(14));

        clock.Now = campaign.CampaignEnd.AddDays(14).AddMinutes(-1);
        var finance = App.WithToken(await (await App.SignInAsync(await App.CreateStaffAsync(Roles.Finance))).IssueTokenAsync());
        (await finance.PostAsync("/api/v1/agency/finance/maturation", null)).EnsureSuccessStatusCode();
        (await finance.GetFromJsonAsync<List<AdjustmentView>>($"/api/v1/agency/finance/adjustments?creatorId={creatorId}"))!.ShouldBeEmpty("the hold after the campaign has not passed");

        clock.Now = campaign.CampaignEnd.AddDays(14).AddMinutes(1);
        await Task.WhenAll(finance.PostAsync("/api/v1/agency/finance/maturation", null), finance.PostAsync("/api/v1/agency/finance/maturation", null));
        (await finance.PostAsync("/api/v1/agency/finance/maturation", null)).EnsureSuccessStatusCode();

        var bonus = (await finance.GetFromJsonAsync<List<AdjustmentView>>($"/api/v1/agency/finance/adjustments?creatorId={creatorId}"))!.ShouldHaveSingleItem();
        (bonus.Amount, bonus.CampaignId, bonus.Stage).ShouldBe((2_000, (Guid?)campaign.Id, EarningStage.Confirmed));
        (await finance.GetFromJsonAsync<List<AdjustmentView>>($"/api/v1/agency/finance/adjustments?creatorId={strangerId}"))!.ShouldBeEmpty("one line is not past the threshold");
        var rule = (await finance.GetFromJsonAsync<List<CampaignBonusView>>($"/api/v1/agency/campaign-bonuses?campaignId={campaign.Id}"))!.Single();
        (rule.SettledAt, rule.CreatorsPaid, rule.TotalPaid).ShouldBe((clock.Now, 1, 2_000));
        (await finance.PutAsJsonAsync($"/api/v1/agency/campaign-bonuses/{campaign.Id}", new { amountPerOrder = 3_000, threshold = 2 })).StatusCode.ShouldBe(HttpStatusCode.Conflict, "a settled bonus is not changed");

        var creator = await App.SignInAsync(email);
        var summary = (await creator.GetFromJsonAsync<EarningsSummary>("/api/v1/creator/earnings"))!;
        summary.Bonuses.ShouldNotContain(b => b.CampaignId == campaign.Id);
        summary.Adjustments.Single().PostedBy.ShouldBe(CreatorAdjustments.TheAgency);
        (await (await App.SignInAsync(strangerEmail)).GetFromJsonAsync<EarningsSummary>("/api/v1/creator/earnings"))!.Adjustments.ShouldBeEmpty();
        await using (var scope = App.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
            (await db.Set<LedgerEntry>().CountAsync(e => e.SourceKey == $"bonus:{campaign.Id}:{creatorId}")).ShouldBe(1);
        }

        (await finance.GetFromJsonAsync<LedgerCheckReport>("/api/v1/agency/finance/ledger-check"))!.Problems.ShouldBeEmpty();

        // A counted order is returned after the settlement, as TikTok reports it: the bonus is recounted at the next run
        // (before the follow-up recount is due) and the difference taken back, once.
        await using (var scope = App.Scope())
        {
            var returned = Snapshot(handle, inPeriod.AddHours(1), "5780000000000000102") with { ReturnedQuantity = 1, Actual = ReportedAmounts.Zero };
            (await scope.ServiceProvider.GetRequiredService<OrderLineIngestor>().IngestAsync([returned], LineSource.Api, "test", CancellationToken.None)).Changed.ShouldBe(1);
        }

        clock.Now = clock.Now.AddMinutes(30);
        await Task.WhenAll(finance.PostAsync("/api/v1/agency/finance/maturation", null), finance.PostAsync("/api/v1/agency/finance/maturation", null));
        (await finance.PostAsync("/api/v1/agency/finance/maturation", null)).EnsureSuccessStatusCode();
        var bonuses = (await finance.GetFromJsonAsync<List<AdjustmentView>>($"/api/v1/agency/finance/adjustments?creatorId={creatorId}"))!;
        bonuses.Select(b => b.Amount).ShouldBe(new[] { 2_000L, -2_000L }, ignoreOrder: true, "two orders count now: none past the threshold");
        bonuses.Single(b => b.Amount < 0).Reason.ShouldContain("2 orders count now");
        rule = (await finance.GetFromJsonAsync<List<CampaignBonusView>>($"/api/v1/agency/campaign-bonuses?campaignId={campaign.Id}"))!.Single();
        (rule.CreatorsPaid, rule.TotalPaid).ShouldBe((0, 0L));
        (await finance.GetFromJsonAsync<List<AdjustmentView>>($"/api/v1/agency/finance/adjustments?creatorId={strangerId}"))!.ShouldBeEmpty();

        clock.Now = clock.Now.AddHours(2);
        (await finance.PostAsync("/api/v1/agency/finance/maturation", null)).EnsureSuccessStatusCode();
        (await finance.GetFromJsonAsync<List<AdjustmentView>>($"/api/v1/agency/finance/adjustments?creatorId={creatorId}"))!.Count.ShouldBe(2, "nothing changed since: the follow-up recount posts nothing more");
        await using (var scope = App.Scope())
        {
            var recounted = await scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>().Set<CampaignBonusRule>().AsNoTracking().SingleAsync(r => r.CampaignId == campaign.Id);
            (recounted.Recounts, recounted.RecountDueAt).ShouldBe((2, (DateTimeOffset?)null), "the recount after the return, then the follow-up an hour after the settlement");
        }
        (await finance.GetFromJsonAsync<LedgerCheckReport>("/api/v1/agency/finance/ledger-check"))!.Problems.ShouldBeEmpty();
    }

    private async Task<Campaign> CampaignAsync(DateTimeOffset now)
    {
        var campaign = Campaign.Create(Market.Philippines, new CampaignTerms
        {
            Name = "Bonus test " + Guid.NewGuid().ToString("N")[..6], Description = "Orders past the second earn a bonus.",
            RegistrationStart = now.AddDays(-2), RegistrationEnd = now.AddDays(3), CampaignStart = now.AddDays(-2), CampaignEnd = now.AddDays(5),
            CommissionRate = 1500, ContactEmail = "tap@agency.test", ContactMessenger = "+639171234567",
        }, now.AddDays(-3));
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
        db.Add(campaign);
        await db.SaveChangesAsync();
        return campaign;
    }

    private static OrderLine Line(Guid creator, string handle, Guid? campaign, DateTimeOffset ordered, string orderId, string skuId = "1729000000000000001", bool cancelled = false)
    {
        var line = OrderLine.Start(Snapshot(handle, ordered, orderId, skuId, cancelled), LineSource.Api, ordered);
        line.Attribute(creator, campaign, null);
        return line;
    }

    private static OrderLineSnapshot Snapshot(string handle, DateTimeOffset ordered, string orderId, string skuId = "1729000000000000001", bool cancelled = false) => new()
    {
        MarketCode = "PH", Currency = "PHP", OrderId = orderId, SkuId = skuId, ProductId = "1729000000000000900", CreatorUsername = handle, Price = 50_000, Quantity = 1,
        TapRate = 2000, CreatorRate = 3000, Status = cancelled ? TikTokLineStatus.Cancelled : TikTokLineStatus.Completed, OrderedAt = ordered, DeliveredAt = cancelled ? null : ordered.AddDays(2),
        Estimated = new ReportedAmounts(50_000, 10_000, 3_000, 0, 0), Actual = cancelled ? ReportedAmounts.Zero : new ReportedAmounts(50_000, 10_000, 3_000, 0, 0),
    };

    /// <summary>Lines stored and posted as the Orders module does.</summary>
    private async Task LinesAsync(params OrderLine[] lines)
    {
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var batch = await scope.ServiceProvider.GetRequiredService<EarningPostings>()
            .OpenAsync(db, "PH", [], lines.Select(l => l.CreatorId!.Value).Distinct().ToList(), CancellationToken.None);
        foreach (var line in lines)
        {
            batch.Post(line.Facts(), line.Version, "test line", line.OrderedAt);
        }

        await batch.WriteAsync(db, lines, CancellationToken.None);
        await transaction.CommitAsync();
    }
}

public sealed class CampaignBonusApiTestsOnSqlite(ClockedApp app) : CampaignBonusApiTests<ClockedApp>(app), IClassFixture<ClockedApp>;

public sealed class CampaignBonusApiTestsOnPostgres(ClockedPostgresApp app) : CampaignBonusApiTests<ClockedPostgresApp>(app), IClassFixture<ClockedPostgresApp>;
