using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Commissions;
using Tapbridge.Modules.Creators;
using Tapbridge.Modules.Payouts.Batches;
using Tapbridge.Modules.Sellers;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Demo;
using Tapbridge.Platform.Markets;
using Tapbridge.Platform.Startup;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Platform;

public sealed class DemoApp : TapbridgeApp
{
    public DemoApp()
        : base(DatabaseProvider.Sqlite)
    {
        Set("Demo:Enabled", "true");
        Set("Demo:SandboxPort", "0");
    }
}

public sealed class DemoWorldTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task The_demo_world_has_staff_in_every_role_sellers_with_shops_and_creators_of_every_size()
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();

        var staffRoles = await (from u in db.Users
                                where u.OrganizationKind == OrganizationKind.Agency
                                join ur in db.UserRoles on u.Id equals ur.UserId
                                join r in db.Roles on ur.RoleId equals r.Id
                                select r.Name).Distinct().ToListAsync(TestContext.Current.CancellationToken);
        staffRoles.ShouldBe(Roles.Staff, ignoreOrder: true);
        var sellers = await db.Set<SellerOrganization>().Include(s => s.Shops).ToListAsync(TestContext.Current.CancellationToken);
        sellers.Count.ShouldBeGreaterThanOrEqualTo(3);
        sellers.SelectMany(s => s.Shops).Select(s => s.MarketCode).Distinct().ShouldBe(["VN", "PH", "TH"], ignoreOrder: true);
        var creators = await db.Set<Creator>().ToListAsync(TestContext.Current.CancellationToken);
        creators.Count.ShouldBeGreaterThanOrEqualTo(20);
        creators.ShouldContain(c => c.FollowerCount < 1_000);
        creators.ShouldContain(c => c.FollowerCount >= 1_000_000);
    }

    [Fact]
    public async Task Seeding_again_after_a_restart_adds_nothing()
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
        var before = (await db.Users.CountAsync(TestContext.Current.CancellationToken), await db.Set<SellerOrganization>().CountAsync(TestContext.Current.CancellationToken), await db.Set<Creator>().CountAsync(TestContext.Current.CancellationToken));

        foreach (var task in scope.ServiceProvider.GetServices<IStartupTask>().OrderBy(t => t.Order))
        {
            await task.RunAsync(TestContext.Current.CancellationToken);
        }

        await scope.ServiceProvider.GetRequiredService<DemoWorld>().SeedAsync(TestContext.Current.CancellationToken);

        var after = (await db.Users.CountAsync(TestContext.Current.CancellationToken), await db.Set<SellerOrganization>().CountAsync(TestContext.Current.CancellationToken), await db.Set<Creator>().CountAsync(TestContext.Current.CancellationToken));
        after.ShouldBe(before);
    }

    [Fact]
    public async Task Every_demo_payout_pays_only_what_was_payable_at_its_own_cycle_s_cut_off_and_its_statement_sums_to_it()
    {
        var cancel = TestContext.Current.CancellationToken;
        var finance = await app.SignInAsync(DemoSettings.Email("finance"), new DemoSettings().Password);
        var batches = (await finance.GetFromJsonAsync<List<PayoutBatchView>>("/api/v1/agency/finance/payout-batches", cancel))!;
        batches.ShouldContain(b => b.Market == "PH" && b.Status == PayoutBatchStatus.Completed, "the demo's last pay day is paid");
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
        var checkedItems = 0;
        foreach (var summary in batches.Where(b => b.Status != PayoutBatchStatus.Cancelled))
        {
            var batch = (await finance.GetFromJsonAsync<PayoutBatchView>($"/api/v1/agency/finance/payout-batches/{summary.Id}", cancel))!;
            var calendar = (await PayoutSchedules.ForAsync(db, Market.Get(batch.Market), cancel)).Calendar;
            var cutOff = calendar.CutOffFor(batch.PayDate, Market.Get(batch.Market));
            batch.CutOffAt.ShouldBeLessThanOrEqualTo(cutOff, batch.Reference);
            foreach (var line in batch.Lines.Where(l => l.Status != PayoutLineStatus.Held))
            {
                var statement = (await finance.GetFromJsonAsync<PayoutStatement>($"/api/v1/agency/payout-lines/{line.Id}/statement", cancel))!;
                statement.ItemsTotal.ShouldBe(line.Amount, $"{line.Reference}: the items sum to the payout");
                var items = await AllItemsAsync(finance, line.Id, statement);
                foreach (var item in items.Where(i => i.Kind == EntryKind.CycleClose))
                {
                    var promised = DateOnly.ParseExact(item.Description["In the payout of ".Length..], "d MMM yyyy", CultureInfo.InvariantCulture);
                    promised.ShouldBeLessThanOrEqualTo(batch.PayDate, $"{line.Reference}: \"{item.Description}\" is not payable on {batch.PayDate:d MMM yyyy}");
                    item.At.ShouldBeLessThanOrEqualTo(cutOff, $"{line.Reference}: {item.Description} became payable after the cut-off");
                    checkedItems++;
                }

                var lineIds = items.Where(i => i.LineId is not null).Select(i => i.LineId!.Value).ToList();
                var late = await db.Set<LineEarning>().AsNoTracking().Where(e => lineIds.Contains(e.LineId) && e.PayDate > batch.PayDate).CountAsync(cancel);
                late.ShouldBe(0, $"{line.Reference}: earnings promised for a later pay day");
            }
        }

        checkedItems.ShouldBeGreaterThan(0);
        var paid = batches.Where(b => b.Market == "PH" && b.Status == PayoutBatchStatus.Completed).Max(b => b.PayDate);
        (await db.Set<LineEarning>().AnyAsync(e => e.MarketCode == "PH" && e.Stage == EarningStage.Payable && e.PayDate > paid, cancel))
            .ShouldBeTrue("some payable earnings wait for a later pay day, so the check above can fail");
    }

    [Fact]
    public async Task The_sign_in_page_lists_demo_accounts_that_work()
    {
        var page = await app.Browser().GetAsync("/account/signin");
        var text = await page.TextAsync();
        text.ShouldContain(DemoSettings.Email("admin"));

        var client = await app.SignInAsync(DemoSettings.Email("linh.beauty"), new DemoSettings().Password);
        (await client.GetAsync("/creator")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>Every item of a statement, page by page; the pages sum to the statement's total.</summary>
    private static async Task<List<StatementItem>> AllItemsAsync(HttpClient finance, Guid lineId, PayoutStatement first)
    {
        var items = new List<StatementItem>();
        for (var page = 1; page <= (first.ItemCount + PayoutStatement.MaxPageSize - 1) / PayoutStatement.MaxPageSize; page++)
        {
            var url = $"/api/v1/agency/payout-lines/{lineId}/statement?page={page}&pageSize={PayoutStatement.MaxPageSize}";
            items.AddRange((await finance.GetFromJsonAsync<PayoutStatement>(url, TestContext.Current.CancellationToken))!.Items);
        }

        (items.Count, items.Sum(i => i.Amount)).ShouldBe((first.ItemCount, first.ItemsTotal), $"{first.Reference}: the pages hold every item once");
        return items;
    }
}

public sealed class NoDemoTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Without_demo_mode_the_sign_in_page_lists_no_accounts()
    {
        var text = await (await app.Browser().GetAsync("/account/signin")).TextAsync();

        text.ShouldNotContain(DemoSettings.EmailDomain);
        text.ShouldNotContain("Demo accounts");
    }
}
