using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Creators;
using Tapbridge.Modules.Sellers;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Demo;
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
    public async Task The_sign_in_page_lists_demo_accounts_that_work()
    {
        var page = await app.Browser().GetAsync("/account/signin");
        var text = await page.TextAsync();
        text.ShouldContain(DemoSettings.Email("admin"));

        var client = await app.SignInAsync(DemoSettings.Email("linh.beauty"), new DemoSettings().Password);
        (await client.GetAsync("/creator")).StatusCode.ShouldBe(HttpStatusCode.OK);
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
