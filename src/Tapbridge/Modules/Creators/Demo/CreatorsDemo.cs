using Microsoft.EntityFrameworkCore;
using System.Text.Json.Serialization;
using Tapbridge.Modules.Accounts;
using Tapbridge.Modules.Connections;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Demo;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Creators.Demo;

/// <summary>
/// Demo creators from nano (under 1K followers) to macro (millions) in each demo market, in every onboarding state:
/// most approved; some waiting for the bio code or for staff to check it; one below the minimum; rejected; suspended.
/// The sandbox's own creators of the demo markets join approved too, under their TikTok usernames: TikTok attributes
/// orders by username, so their sales in the sandbox reach their tiers. Tier thresholds are set low, so the tiers of a
/// running demo spread from Newbie to Diamond within hours rather than a month.
/// </summary>
internal sealed class CreatorsDemo(TapbridgeDbContext db, DemoAccounts accounts, TikTokAppSettings app, IHttpClientFactory http, TimeProvider clock, ILogger<CreatorsDemo> logger)
    : IDemoSeeder
{
    private static readonly (string Handle, string Name, Market Market, int Followers)[] Creators =
    [
        ("linh.beauty", "Linh Nguyen", Market.Vietnam, 184_000),
        ("bao.techreview", "Bao Tran", Market.Vietnam, 412_000),
        ("thu.homecooking", "Thu Ha", Market.Vietnam, 56_300),
        ("minh.fitlife", "Minh Hoang", Market.Vietnam, 9_800),
        ("ngoc.mommy", "Ngoc Anh", Market.Vietnam, 1_250_000),
        ("khanh.style", "Khanh Vy", Market.Vietnam, 23_400),
        ("duy.unbox", "Duy Pham", Market.Vietnam, 3_100),
        ("an.skincare", "An Le", Market.Vietnam, 870),
        ("maria.glowup", "Maria Dela Cruz", Market.Philippines, 265_000),
        ("jomar.gadgets", "Jomar Villanueva", Market.Philippines, 98_700),
        ("bea.kitchenph", "Bea Mendoza", Market.Philippines, 41_200),
        ("kuyafitness", "Carlo Bautista", Market.Philippines, 12_600),
        ("ate.reviews", "Joy Garcia", Market.Philippines, 2_400_000),
        ("ella.ootd", "Ella Ramos", Market.Philippines, 7_300),
        ("nico.babyfinds", "Nico Aquino", Market.Philippines, 1_900),
        ("ploy.makeup", "Ploy Sukjai", Market.Thailand, 325_000),
        ("tonkla.tech", "Tonkla Wongsakul", Market.Thailand, 76_500),
        ("nam.cooks", "Nam Rattanakorn", Market.Thailand, 18_900),
        ("mint.runs", "Mint Thongchai", Market.Thailand, 5_600),
        ("fah.homedecor", "Fah Siriwat", Market.Thailand, 144_000),
        ("beam.petlover", "Beam Chanthara", Market.Thailand, 960),
        ("oat.streetstyle", "Oat Kittisak", Market.Thailand, 31_800),
        ("june.momlife", "June Prasert", Market.Thailand, 1_020_000),
        ("gun.gaming", "Gun Saelim", Market.Thailand, 212_000),
    ];

    private const string Staff = "Paolo Reyes";

    public int Order => 300;

    private static void Onboard(Creator creator, string handle, DateTimeOffset now)
    {
        switch (handle)
        {
            case "duy.unbox" or "nico.babyfinds":
                return;
            case "ella.ootd" or "an.skincare" or "mint.runs":
                creator.CodePosted(now.AddDays(-1));
                return;
            case "beam.petlover":
                creator.Reject("Fewer than 1,000 followers; apply again when you reach them.", Staff, now.AddDays(-18));
                return;
        }

        creator.ConfirmHandle(HandleProof.BioCode, now.AddDays(-19));
        creator.Approve(CreatorEligibility.DefaultMinimumFollowers, Staff, now.AddDays(-18));
        if (handle == "oat.streetstyle")
        {
            creator.Suspend("Promoted a competitor's product with our campaign link; talk to your account manager.", Staff, now.AddDays(-3));
        }
    }

    private static string NicheOf(string handle) => handle.Split('.')[^1] switch
    {
        "beauty" or "skincare" or "makeup" or "glowup" => "beauty",
        "techreview" or "gadgets" or "tech" or "unbox" => "tech",
        "homecooking" or "kitchenph" or "cooks" => "food",
        "fitlife" or "runs" => "fitness",
        "mommy" or "babyfinds" or "momlife" => "baby",
        "style" or "ootd" or "streetstyle" => "fashion",
        "homedecor" => "home",
        "petlover" => "pets",
        "gaming" => "gaming",
        _ => "lifestyle",
    };

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var (handle, name, market, followers) in Creators)
        {
            var creator = await db.Set<Creator>().SingleOrDefaultAsync(c => c.MarketCode == market.Code && c.Handle == handle, cancellationToken);
            if (creator is null)
            {
                var now = clock.GetUtcNow();
                creator = Creator.Create(handle, market, name, followers, [NicheOf(handle)], null, now.AddDays(-20));
                Onboard(creator, handle, now);
                db.Add(creator);
                db.Add(CreatorEvent.Record(creator.Id, name, "Signed up", $"@{handle}, {followers:N0} followers", now.AddDays(-20)));
                if (creator.Status != CreatorStatus.Pending)
                {
                    db.Add(CreatorEvent.Record(creator.Id, Staff, creator.Status.ToString(), creator.StatusReason ?? "Handle proven; follower minimum met", now.AddDays(-18)));
                }

                await db.SaveChangesAsync(cancellationToken);
            }

            await accounts.EnsureAsync(DemoSettings.Email(handle.Replace('_', '.')), name, OrganizationKind.Creator, creator.Id, Roles.Creator);
        }

        await TikTokCreatorsAsync(cancellationToken);
        await ThresholdsAsync(cancellationToken);
    }

    private async Task TikTokCreatorsAsync(CancellationToken cancellationToken)
    {
        if ((await app.GetAsync(cancellationToken))?.SandboxUrl is not { } url)
        {
            return;
        }

        using var client = http.CreateClient(nameof(CreatorsDemo));
        client.BaseAddress = new Uri(url);
        List<SandboxCreator> sandboxCreators;
        try
        {
            sandboxCreators = await client.GetFromJsonAsync<List<SandboxCreator>>("/sandbox/creators", cancellationToken) ?? [];
        }
        catch (HttpRequestException e)
        {
            logger.LogWarning(e, "The sandbox's creators could not be read for the demo");
            return;
        }

        var now = clock.GetUtcNow();
        foreach (var tiktok in sandboxCreators.Where(c => c.Market is "VN" or "PH"))
        {
            var market = Market.Get(tiktok.Market);
            if (!Creator.TryNormalizeHandle(tiktok.Username, out var handle))
            {
                continue;
            }

            var creator = await db.Set<Creator>().SingleOrDefaultAsync(c => c.MarketCode == market.Code && c.Handle == handle, cancellationToken);
            if (creator is null)
            {
                creator = Creator.Create(handle, market, tiktok.Nickname, (int)Math.Min(int.MaxValue, tiktok.FollowerCount), [NicheOf(handle)], null, now.AddDays(-12));
                creator.ConfirmHandle(HandleProof.BioCode, now.AddDays(-11));
                creator.Approve(CreatorEligibility.DefaultMinimumFollowers, Staff, now.AddDays(-11));
                db.Add(creator);
                db.Add(CreatorEvent.Record(creator.Id, tiktok.Nickname, "Signed up", $"@{handle}, {tiktok.FollowerCount:N0} followers", now.AddDays(-12)));
                db.Add(CreatorEvent.Record(creator.Id, Staff, "Approved", "Handle proven; follower minimum met", now.AddDays(-11)));
                await db.SaveChangesAsync(cancellationToken);
            }

            await accounts.EnsureAsync(DemoSettings.Email(handle.Replace('_', '.')), tiktok.Nickname, OrganizationKind.Creator, creator.Id, Roles.Creator);
        }
    }

    private async Task ThresholdsAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var (market, silver, gold, platinum, diamond) in new[]
        {
            (Market.Vietnam, 100_000m, 1_000_000m, 5_000_000m, 20_000_000m),
            (Market.Philippines, 250m, 2_500m, 12_000m, 50_000m),
            (Market.Thailand, 150m, 1_500m, 7_000m, 30_000m),
        })
        {
            if (!await db.Set<TierThresholds>().AnyAsync(t => t.MarketCode == market.Code, cancellationToken))
            {
                db.Add(TierThresholds.For(market.Code, new TierChange(market.ToMinor(silver), market.ToMinor(gold), market.ToMinor(platinum), market.ToMinor(diamond)),
                    "Demo world", now));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed record SandboxCreator(
        [property: JsonPropertyName("username")] string Username,
        [property: JsonPropertyName("nickname")] string Nickname,
        [property: JsonPropertyName("follower_count")] long FollowerCount,
        [property: JsonPropertyName("market")] string Market);
}
