using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tapbridge;
using Tapbridge.Modules.Accounts.ApiTokens;
using Tapbridge.Modules.Agency;
using Tapbridge.Modules.Campaigns;
using Tapbridge.Modules.Commissions.Maturation;
using Tapbridge.Modules.Creators;
using Tapbridge.Modules.Orders;
using Tapbridge.Modules.Orders.Ingestion;
using Tapbridge.Modules.Payouts.Batches;
using Tapbridge.Modules.Payouts.Methods;
using Tapbridge.Modules.Performance.Content;
using Tapbridge.Modules.Performance.Dashboard;
using Tapbridge.Modules.Samples;
using Tapbridge.Modules.Samples.Returns;
using Tapbridge.Modules.Sellers;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Markets;
using Tapbridge.Platform.Security;
using Tapbridge.Platform.Startup;

// Seeds N order lines over 12 months (10,000 creators, one with a tenth of the lines, 500 campaigns) through the real
// ingestor, then times the read endpoints creators and staff open, over HTTP with API tokens, against /api/v1/account/me.
//   dotnet run -c Release --project bench/ReadPaths -- Sqlite 1000000
//   dotnet run -c Release --project bench/ReadPaths -- Postgres 1000000 "Host=127.0.0.1;Port=55432;Username=postgres;Database=readpaths"
// Each endpoint gets up to 200 timed requests (after 5 untimed), or as many as fit in 20 s when it is slower.
// READPATHS_KEEP=<folder> keeps the SQLite database there; a database that already holds the bench's lines is measured
// again without seeding (after any new migration), so a change to a read is timed on the same million lines.
var provider = args.Length > 0 ? args[0] : "Sqlite";
var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
const int Creators = 10_000;
const int Campaigns = 500;
const int Products = 2_000;
var keep = Environment.GetEnvironmentVariable("READPATHS_KEEP");
var work = keep is { Length: > 0 } ? Directory.CreateDirectory(keep).FullName : Directory.CreateTempSubdirectory("tapbridge-reads-").FullName;
var connection = provider == "Sqlite" ? $"Data Source={Path.Combine(work, "bench.db")}" : args[2];

var builder = WebApplication.CreateBuilder([$"--Database:Provider={provider}", $"--ConnectionStrings:Tapbridge={connection}", "--Logging:LogLevel:Default=Warning", .. args.Where(a => a.StartsWith("--Logging", StringComparison.Ordinal)),
    "--Demo:Enabled=false", "--Commissions:MaturationMinutes=1440", "--urls=http://127.0.0.1:0"]);
builder.AddPlatform();
builder.AddModules();
await using var app = builder.Build();
await app.PrepareAsync(migrate: true);
app.UsePlatform();
app.MapPlatform();
app.MapModules();

var now = DateTimeOffset.UtcNow;
var start = now.AddDays(-365);
Console.WriteLine($"{provider}, {count:N0} lines, {Creators:N0} creators, {Campaigns} campaigns, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}");
var seeding = Stopwatch.StartNew();
Guid big;
await using (var scope = app.Services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
    var bigHandle = Handle(0);
    big = await db.Set<Creator>().AsNoTracking().Where(c => c.Handle == bigHandle).Select(c => c.Id).SingleOrDefaultAsync();
}

if (big == Guid.Empty)
{
    big = await SeedAsync();
}

Console.WriteLine($"seeded in {seeding.Elapsed.TotalSeconds:N0} s");
var (creatorToken, staffToken, typicalToken) = await TokensAsync(app, big);
Guid lineId, campaignId, typical;
string month, orderId;
await using (var scope = app.Services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
    var line = await db.Set<OrderLine>().AsNoTracking().Where(l => l.CreatorId == big).OrderBy(l => l.OrderedAt).Skip(40_000 * count / 1_000_000).FirstAsync();
    (lineId, orderId, month) = (line.Id, line.OrderId, Market.Philippines.ToLocal(line.OrderedAt).ToString("yyyy-MM", CultureInfo.InvariantCulture));
    campaignId = await db.Set<Campaign>().AsNoTracking().OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
    var handle = Handle(1);
    typical = await db.Set<Creator>().AsNoTracking().Where(c => c.Handle == handle).Select(c => c.Id).SingleAsync();
}

var statement = await PayoutLineAsync(app, big);
var (sellerToken, registrationId) = await SellersAsync(app, now);
await SamplesAsync(app, now);
await ContentAsync(app, now, big);
Guid post;
await using (var scope = app.Services.CreateAsyncScope())
{
    post = await scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>().Set<ContentPost>().AsNoTracking()
        .Where(p => p.CreatorId == big).OrderByDescending(p => p.PostedAt).Select(p => p.Id).FirstAsync();
}

await app.StartAsync();
var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromMinutes(5) };
var lastPage = Math.Max(1, count / 10 / 50);
(string Who, string Token, string Path)[] endpoints =
[
    ("creator", creatorToken, "/api/v1/account/me"),
    ("creator", creatorToken, "/api/v1/creator/earnings"),
    ("creator", creatorToken, "/api/v1/creator/earnings/lines?page=1"),
    ("creator", creatorToken, $"/api/v1/creator/earnings/lines?page={Math.Min(500, lastPage)}"),
    ("creator", creatorToken, $"/api/v1/creator/earnings/lines?month={month}"),
    ("creator", creatorToken, $"/api/v1/creator/earnings/lines/{lineId}"),
    ("creator", creatorToken, "/api/v1/creator/earnings/export.csv"),
    ("creator", creatorToken, "/api/v1/creator/payouts"),
    ("creator", creatorToken, "/api/v1/creator/products/home"),
    ("creator", creatorToken, "/api/v1/creator/products"),
    ("creator", creatorToken, "/api/v1/creator/products?search=bench&sort=Newest"),
    ("typical creator", typicalToken, "/api/v1/creator/earnings"),
    ("typical creator", typicalToken, "/api/v1/creator/earnings/lines?page=1"),
    ("typical creator", typicalToken, "/api/v1/creator/earnings/export.csv"),
    ("staff", staffToken, "/api/v1/account/me"),
    ("staff", staffToken, $"/api/v1/agency/creators/{big}/earnings"),
    ("staff", staffToken, "/api/v1/agency/finance?market=PH"),
    ("staff", staffToken, "/api/v1/agency/finance/reconciliation?market=PH"),
    ("staff", staffToken, $"/api/v1/agency/finance/reconciliation/PH/{month}"),
    ("staff", staffToken, "/api/v1/agency/orders"),
    ("staff", staffToken, "/api/v1/agency/orders?market=PH&page=100"),
    ("staff", staffToken, "/api/v1/agency/orders?status=Completed"),
    ("staff", staffToken, "/api/v1/agency/orders?attribution=Unmatched"),
    ("staff", staffToken, "/api/v1/agency/orders?differs=true"),
    ("staff", staffToken, $"/api/v1/agency/orders?search={orderId}"),
    ("staff", staffToken, $"/api/v1/agency/orders?campaignId={campaignId}"),
    ("staff", staffToken, $"/api/v1/agency/orders?productId={Product(7)}"),
    ("staff", staffToken, "/api/v1/agency/orders/unmatched?market=PH"),
    ("staff", staffToken, "/api/v1/agency/orders/imports"),
    ("staff", staffToken, "/api/v1/agency/finance/payout-schedules"),
    ("staff", staffToken, "/api/v1/agency/creators"),
    ("staff", staffToken, "/api/v1/agency/creators?search=bench_creator_77&market=PH"),
    ("staff", staffToken, "/api/v1/agency/creators?page=300"),
    ("staff", staffToken, "/api/v1/agency/registrations"),
    ("staff", staffToken, "/api/v1/agency/catalogue?market=PH"),
    ("creator", creatorToken, $"/api/v1/creator/payouts/{statement}/statement"),
    ("creator", creatorToken, $"/api/v1/creator/payouts/{statement}/statement?page=300"),
    ("staff", staffToken, $"/api/v1/agency/payout-lines/{statement}/statement"),
    ("seller", sellerToken, "/api/v1/account/me"),
    ("seller", sellerToken, "/api/v1/seller/shops"),
    ("seller", sellerToken, "/api/v1/seller/campaigns"),
    ("seller", sellerToken, "/api/v1/seller/registrations"),
    ("seller", sellerToken, "/api/v1/seller/registrations?status=Approved"),
    ("seller", sellerToken, $"/api/v1/seller/registrations/{registrationId}"),
    ("staff", staffToken, "/api/v1/agency/registrations?status=Pending"),
    ("staff", staffToken, "/api/v1/agency/sellers"),
    ("staff", staffToken, "/api/v1/agency/samples"),
    ("staff", staffToken, "/api/v1/agency/samples?stage=Requested&market=PH"),
    ("staff", staffToken, "/api/v1/agency/samples/returns?market=PH"),
    ("staff", staffToken, "/api/v1/agency/samples/returns?by=Product&market=PH"),
    ("staff", staffToken, "/api/v1/agency/samples/returns?by=Seller&market=PH"),
    ("staff", staffToken, "/api/v1/agency/samples/returns?by=Campaign&market=PH"),
    ("staff", staffToken, "/api/v1/agency/samples/returns?by=Market"),
    ("staff", staffToken, "/api/v1/agency/samples/rules/products?market=PH"),
    ("staff", staffToken, $"/api/v1/agency/samples/rules/products/{registrationId}"),
    ("seller", sellerToken, "/api/v1/seller/samples"),
    ("seller", sellerToken, "/api/v1/seller/samples/returns"),
    ("seller", sellerToken, "/api/v1/seller/samples/returns?by=Creator"),
    ("creator", creatorToken, "/api/v1/creator/samples"),
    ("creator", creatorToken, "/api/v1/creator/samples/returns"),
    ("creator", creatorToken, "/api/v1/creator/dashboard?days=7"),
    ("creator", creatorToken, "/api/v1/creator/dashboard?days=30"),
    ("creator", creatorToken, "/api/v1/creator/dashboard?days=90"),
    ("creator", creatorToken, "/api/v1/creator/content?days=90"),
    ("creator", creatorToken, $"/api/v1/creator/content/{post}/snapshots"),
    ("creator", creatorToken, "/api/v1/creator/best-time"),
    ("typical creator", typicalToken, "/api/v1/creator/dashboard?days=30"),
    ("typical creator", typicalToken, "/api/v1/creator/best-time"),
];

// READPATHS_ONLY=<text>[|<text>…] times only the endpoints whose path contains one of them (after the baseline), to
// re-time one area.
var only = Environment.GetEnvironmentVariable("READPATHS_ONLY")?.Split('|', StringSplitOptions.RemoveEmptyEntries) ?? [];
endpoints = [.. endpoints.Where((e, i) => i == 0 || only.Length == 0 || only.Any(o => e.Path.Contains(o, StringComparison.Ordinal)))];
Console.WriteLine("| who | endpoint | requests | p50 ms | p95 ms | p95 / me |");
Console.WriteLine("|---|---|---:|---:|---:|---:|");
double? me = null;
foreach (var (who, token, path) in endpoints)
{
    var (n, p50, p95) = await MeasureAsync(http, token, path);
    me ??= p95;
    Console.WriteLine($"| {who} | `{path.Replace(lineId.ToString(), "{line}", StringComparison.Ordinal).Replace(big.ToString(), "{creator}", StringComparison.Ordinal).Replace(statement.ToString(), "{payout}", StringComparison.Ordinal)}` | {n} | {p50:N1} | {p95:N1} | {p95 / me:N1} |");
}

Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024:N0} MB");
await app.StopAsync();
if (provider == "Sqlite" && keep is not { Length: > 0 })
{
    Directory.Delete(work, recursive: true);
}

return;

static async Task<(int Count, double P50, double P95)> MeasureAsync(HttpClient http, string token, string path)
{
    async Task<double> OnceAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var watch = Stopwatch.StartNew();
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await response.Content.CopyToAsync(Stream.Null);
        watch.Stop();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{path}: {(int)response.StatusCode}");
        }

        return watch.Elapsed.TotalMilliseconds;
    }

    for (var i = 0; i < 5; i++)
    {
        await OnceAsync();
    }

    var times = new List<double>();
    var budget = Stopwatch.StartNew();
    while (times.Count < 200 && (times.Count < 10 || budget.Elapsed < TimeSpan.FromSeconds(20)))
    {
        times.Add(await OnceAsync());
    }

    times.Sort();
    return (times.Count, times[times.Count / 2], times[(int)Math.Ceiling(times.Count * 0.95) - 1]);
}

static async Task<(string Creator, string Staff, string Typical)> TokensAsync(WebApplication app, Guid big)
{
    await using var scope = app.Services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
    var handle = Handle(1);
    var typical = await db.Set<Creator>().AsNoTracking().Where(c => c.Handle == handle).Select(c => c.Id).SingleAsync();
    return (await TokenAsync(app, "big@bench.example", OrganizationKind.Creator, big, Roles.Creator),
        await TokenAsync(app, "admin@bench.example", OrganizationKind.Agency, Agency.InstallationId, Roles.Admin),
        await TokenAsync(app, "typical@bench.example", OrganizationKind.Creator, typical, Roles.Creator));
}

// A user of the organization with the role (created once) and a new API token for them.
static async Task<string> TokenAsync(WebApplication app, string email, OrganizationKind kind, Guid organization, string role)
{
    await using var scope = app.Services.CreateAsyncScope();
    var users = scope.ServiceProvider.GetRequiredService<UserManager<TapbridgeUser>>();
    var user = await users.FindByEmailAsync(email);
    if (user is null)
    {
        user = TapbridgeUser.Create(email, email, kind, organization, DateTimeOffset.UtcNow);
        user.EmailConfirmed = true;
        await users.CreateAsync(user, "bench-password-long-enough");
        await users.AddToRoleAsync(user, role);
    }

    var actor = new Actor(user.Id, organization, kind, email, new HashSet<string> { role });
    return (await scope.ServiceProvider.GetRequiredService<ApiTokenService>().IssueAsync(actor, "bench", 1, CancellationToken.None)).Secret;
}

// The big creator's line in a PH payout batch (prepared from what is payable, or the open one of an earlier run): her
// statement lists every entry that moved her payable balance for it.
static async Task<Guid> PayoutLineAsync(WebApplication app, Guid big)
{
    await using var scope = app.Services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
    if (!await db.Set<PayoutMethod>().AnyAsync(m => m.CreatorId == big))
    {
        var since = DateTimeOffset.UtcNow.AddDays(-30);
        db.Add(PayoutMethod.Add(big, Market.Philippines, "Bench 0", "BDO", "Bench 0", "004820194821",
            scope.ServiceProvider.GetRequiredService<SecretProtector>().Protect, replacesAnother: false, TimeSpan.Zero, since));
        await db.SaveChangesAsync();
    }

    var batches = scope.ServiceProvider.GetRequiredService<PayoutBatches>();
    var finance = new Actor(Guid.NewGuid(), Agency.InstallationId, OrganizationKind.Agency, "Bench finance", new HashSet<string> { Roles.Finance });
    // A fresh database has matured nothing yet: the maturation job runs only once the app has started.
    await scope.ServiceProvider.GetRequiredService<EarningsMaturation>().RunAsync(CancellationToken.None);
    var open = (await batches.ListAsync("PH", CancellationToken.None)).FirstOrDefault(b => b.Status is PayoutBatchStatus.Prepared or PayoutBatchStatus.Approved);
    var batch = open is null ? await batches.PrepareAsync(finance, "PH", CancellationToken.None) : await batches.GetAsync(open.Id, CancellationToken.None);
    return batch.Lines.Single(l => l.CreatorId == big).Id;
}

// 50 sellers with a shop each register the 2,000 products in 5 of the 100 campaigns TikTok lets a market publish (10,000
// registrations; the first seller holds a tenth); two in three are approved. Returns the first seller's token and one of
// its registrations; a database that has them already is reused.
static async Task<(string Token, Guid Registration)> SellersAsync(WebApplication app, DateTimeOffset now)
{
    const int Sellers = 50;
    await using var scope = app.Services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
    var first = await db.Set<SellerOrganization>().Include(s => s.Shops).SingleOrDefaultAsync(s => s.Name == "Bench seller 0");
    if (first is null)
    {
        var sellers = Enumerable.Range(0, Sellers).Select(i => SellerOrganization.Create($"Bench seller {i}", now)).ToList();
        var shops = sellers.Select((s, i) => s.AddShop($"PHBENCH{i:D4}", $"Bench shop {i}", Market.Philippines, now)).ToList();
        db.AddRange(sellers);
        var campaigns = await db.Set<Campaign>().OrderBy(c => c.Id).Take(Campaign.MaxPublished).ToListAsync();
        campaigns.Select((c, i) => (c, i)).ToList().ForEach(x => x.c.Publish(x.i, now));
        var category = new CategoryRef("601450", "Beauty & Personal Care", "601450");
        for (var p = 0; p < Products; p++)
        {
            var shop = shops[p % 10 == 0 ? 0 : 1 + p % (Sellers - 1)];
            for (var k = 0; k < 5; k++)
            {
                var campaign = campaigns[(p + k * 20) % campaigns.Count];
                var at = campaign.RegistrationStart.AddMinutes(1);
                var draft = new RegistrationDraft
                {
                    ShopId = shop.Id, ProductId = Product(p), Title = $"Bench product {p}", ImageUrls = ["https://images.tapbridge.test/b.jpg"],
                    CategoryId = category.Id, Skus = [new SkuDraft($"17{p:D16}", "Default", 10_000 + p, 100)], PartnerRate = 1000,
                    CreatorRate = 1000 + p % 20 * 100, SampleQuota = p % 10, Brief = new ContentBrief { SellingPoints = ["Bench"] },
                };
                var registering = new RegisteringShop(shop.SellerId, shop.Id, shop.ShopCode, shop.Name, "PH", CrossBorder: false);
                var registration = Registration.Submit(campaign, registering, draft, category, at);
                if ((p + k) % 3 != 0)
                {
                    registration.Decide(campaign, ReviewDecision.Approve, [], null, "bench", at);
                }

                db.Add(registration);
            }
        }

        await db.SaveChangesAsync();
        first = sellers[0];
    }

    var registrationId = await db.Set<Registration>().AsNoTracking().Where(r => r.SellerId == first.Id).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync();
    return (await TokenAsync(app, "seller@bench.example", OrganizationKind.Seller, first.Id, Roles.Seller), registrationId);
}

// 200,000 samples of the sellers' approved products over the last year, 20 per creator (the big creator too), a
// twentieth still waiting for review and the rest posted; then one pass of the sample-returns job sums what each led to.
// 200,000 posts over the year with ten measurements each (2,000,000 snapshots): 2,000 of them the busy creator's, the
// rest spread over the 10,000 creators; the market patterns worked out once, as the content job does after a pass.
static async Task ContentAsync(WebApplication app, DateTimeOffset now, Guid big)
{
    const int Posts = 200_000;
    await using var scope = app.Services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
    if (await db.Set<ContentPost>().AnyAsync())
    {
        return;
    }

    var products = await db.Set<Registration>().AsNoTracking().Where(r => r.Status == RegistrationStatus.Approved)
        .OrderBy(r => r.Id).Select(r => r.Id).ToListAsync();
    var creators = await db.Set<Creator>().AsNoTracking().OrderBy(c => c.Handle).Select(c => c.Id).ToListAsync();
    var random = new Random(23);
    foreach (var chunk in Enumerable.Range(0, Posts).Chunk(10_000))
    {
        var posts = new List<ContentPost>();
        var snapshots = new List<ContentSnapshot>();
        foreach (var i in chunk)
        {
            var creator = i % 100 == 0 ? big : creators[i % creators.Count];
            var posted = now.AddDays(-random.Next(0, 365)).AddMinutes(-random.Next(0, 1440));
            var id = (((ulong)posted.ToUnixTimeSeconds() << 32) | (uint)i).ToString(CultureInfo.InvariantCulture);
            var post = ContentPost.Discover(id, creator, products[i % products.Count], Market.Philippines, PostKind.Video,
                $"https://www.tiktok.com/@bench/video/{id}", null, new PostingTime(posted, true), posted.AddHours(1));
            var final = random.Next(500, 400_000);
            for (var k = 1; k <= 10; k++)
            {
                var views = final * k / 10;
                if (post.Measure(new PostMetrics(views, views / 20, views / 300, k / 3, k / 3 * 25_000), posted.AddHours(6 * k)))
                {
                    snapshots.Add(ContentSnapshot.Of(post));
                }
            }

            posts.Add(post);
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        await BulkRows.InsertAsync(db, posts, CancellationToken.None);
        await BulkRows.InsertAsync(db, snapshots, CancellationToken.None);
        await transaction.CommitAsync();
    }

    await scope.ServiceProvider.GetRequiredService<PostingAdvice>().RefreshMarketsAsync(CancellationToken.None);
}

static async Task SamplesAsync(WebApplication app, DateTimeOffset now)
{
    const int Samples = 200_000;
    await using var scope = app.Services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
    if (!await db.Set<SampleRequest>().AnyAsync())
    {
        var products = await db.Set<Registration>().AsNoTracking().Where(r => r.Status == RegistrationStatus.Approved)
            .OrderBy(r => r.Id).Select(r => new { r.Id, r.CampaignId, r.SellerId, r.ProductId, r.Title, r.Skus }).ToListAsync();
        var creators = await db.Set<Creator>().AsNoTracking().OrderBy(c => c.Handle).Select(c => c.Id).ToListAsync();
        var random = new Random(22);
        var delivery = new SampleDelivery("Bench", "+63 917 000 0000", "Makati", ContentFormat.Video, null);
        foreach (var chunk in Enumerable.Range(0, Samples).Chunk(10_000))
        {
            foreach (var i in chunk)
            {
                var product = products[(i * 7 + i / creators.Count) % products.Count];
                var creator = creators[i % creators.Count];
                var sku = product.Skus[0];
                var asked = now.AddDays(-random.Next(1, 365)).AddMinutes(-random.Next(0, 1440));
                var ask = new SampleAsk(creator, product.CampaignId, product.Id, product.SellerId, "PH", product.ProductId, product.Title, sku.SkuId,
                    sku.Name, sku.Price, SampleSource.Tapbridge, OnTikTok: false);
                var sample = SampleRequest.Ask(ask, delivery, i % 20 == 0 ? now.AddHours(-random.Next(1, 100)) : asked, TimeSpan.FromHours(72));
                if (i % 20 != 0)
                {
                    sample.Approve("bench", asked.AddDays(1));
                    sample.Ship("J&T Express", $"JT-{i:D8}", random.Next(0, 2) == 0 ? null : 9_500, asked.AddDays(2));
                    sample.Deliver(asked.AddDays(4), TimeSpan.FromDays(14));
                    sample.Post(new Uri("https://www.tiktok.com/@bench/video/7301234567890123456"), asked.AddDays(9));
                }

                db.Add(sample);
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    // Every tenth approved product asks more of creators than the market, so the staff's list of them has rows.
    if (!await db.Set<SampleProductRules>().AnyAsync())
    {
        var stricter = await db.Set<Registration>().AsNoTracking().Where(r => r.Status == RegistrationStatus.Approved)
            .OrderBy(r => r.Id).Select(r => new { r.Id, r.MarketCode }).ToListAsync();
        foreach (var product in stricter.Where((_, i) => i % 10 == 0))
        {
            var own = SampleProductRules.For(product.Id, product.MarketCode);
            own.Change(new SampleProductTerms(10_000, CreatorTier.Silver, 80, 10), "bench", now);
            db.Add(own);
        }

        await db.SaveChangesAsync();
    }

    var pass = Stopwatch.StartNew();
    var changed = await scope.ServiceProvider.GetRequiredService<SampleReturnPass>().RunAsync(CancellationToken.None);
    Console.WriteLine($"sample-returns pass: {changed:N0} samples changed in {pass.Elapsed.TotalSeconds:N1} s");
}

async Task<Guid> SeedAsync()
{
    Guid seeded;
    await using (var scope = app.Services.CreateAsyncScope())
    {
        var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
        var creators = Enumerable.Range(0, Creators).Select(i => Creator.Create(Handle(i), Market.Philippines, $"Bench {i}", 10_000 + i, now)).ToList();
        creators.ForEach(c => { c.AuthorizedOnTikTok(c.Handle, now); c.Approve(1_000, "bench", now); });
        db.AddRange(creators);
        db.AddRange(Enumerable.Range(0, Campaigns).Select(i => Campaign.Create(Market.Philippines, new CampaignTerms
        {
            Name = $"Bench campaign {i}", Description = "Bench", RegistrationStart = now.AddHours(1), RegistrationEnd = now.AddDays(30), CampaignStart = now.AddDays(31), CampaignEnd = now.AddDays(90),
            CommissionRate = 2000, ContactEmail = "bench@example.com", ContactMessenger = "+639170000000",
        }, now)));
        await db.SaveChangesAsync();
        seeded = creators[0].Id;
    }

    await using (var scope = app.Services.CreateAsyncScope())
    {
        await scope.ServiceProvider.GetRequiredService<OrderLineIngestor>().IngestAsync(
            Lines(count).Chunk(OrderLineIngestor.BatchSize).Select((c, i) => ((IReadOnlyList<OrderLineSnapshot>)c, i)).ToAsyncEnumerable(), LineSource.Api, "bench",
            (_, _) => Task.CompletedTask, CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        // Campaign attribution needs TikTok's campaign ids and approved registrations; the bench gives each product one
        // campaign in one statement instead, as attribution would have.
        await db.Database.ExecuteSqlRawAsync("CREATE TABLE bench_campaigns (k INTEGER PRIMARY KEY, id UUID)".Replace("UUID", provider == "Sqlite" ? "TEXT" : "UUID", StringComparison.Ordinal));
        await db.Database.ExecuteSqlRawAsync("INSERT INTO bench_campaigns SELECT ROW_NUMBER() OVER (ORDER BY \"Id\") - 1, \"Id\" FROM campaigns");
        await db.Database.ExecuteSqlRawAsync($"UPDATE order_lines SET \"CampaignId\" = m.id, \"EarningCampaignId\" = m.id FROM bench_campaigns m WHERE m.k = CAST(substr(order_lines.\"ProductId\", 3) AS INTEGER) % {Campaigns}");
        await db.Database.ExecuteSqlRawAsync(provider == "Sqlite" ? "ANALYZE" : "VACUUM ANALYZE");
    }

    return seeded;
}

static string Handle(int i) => i == 0 ? "bench_big" : $"bench_creator_{i}";

static string Product(int i) => $"18{i % Products:D16}";

// A tenth of the lines are the big creator's; one in a hundred is a username the agency does not know (the unmatched
// queue); a third complete after delivery, one in fifty is cancelled; 2,000 products, over the last 12 months.
IEnumerable<OrderLineSnapshot> Lines(int total)
{
    var step = TimeSpan.FromDays(365).Ticks / total;
    for (var i = 0; i < total; i++)
    {
        var price = 10_000 + i % 5_000;
        var commissionBase = price;
        var tap = Rates.Apply(commissionBase, 2000);
        var status = i % 50 == 7 ? TikTokLineStatus.Cancelled : i % 3 == 0 ? TikTokLineStatus.Completed : TikTokLineStatus.Processing;
        var ordered = start.AddTicks(step * i);
        var creator = i % 100 == 1 ? $"not_ours_{i % 30}" : i % 10 == 0 ? Handle(0) : Handle(1 + (int)((long)i * 7919 % (Creators - 1)));
        var amounts = new ReportedAmounts(commissionBase, tap, Rates.Apply(tap, 2500), 0, 0);
        yield return new OrderLineSnapshot
        {
            MarketCode = "PH", Currency = "PHP", OrderId = $"6{i:D17}", SkuId = $"17{i % 7:D16}", ProductId = Product(i), ProductName = $"Bench product {i % Products}",
            CreatorUsername = creator, Price = price, Quantity = 1, TapRate = 2000, CreatorRate = 2500, Status = status, OrderedAt = ordered,
            DeliveredAt = status == TikTokLineStatus.Completed ? ordered.AddDays(3) : null, Estimated = amounts,
            Actual = status == TikTokLineStatus.Completed ? amounts : ReportedAmounts.Zero,
        };
    }
}
