using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Accounts;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Demo;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Creators.Demo;

/// <summary>Demo creators from nano (under 1K followers) to macro (millions) in each demo market.</summary>
internal sealed class CreatorsDemo(TapbridgeDbContext db, DemoAccounts accounts, TimeProvider clock) : IDemoSeeder
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

    public int Order => 300;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var (handle, name, market, followers) in Creators)
        {
            var creator = await db.Set<Creator>().SingleOrDefaultAsync(c => c.MarketCode == market.Code && c.Handle == handle, cancellationToken);
            if (creator is null)
            {
                creator = Creator.Create(handle, market, name, followers, clock.GetUtcNow());
                db.Add(creator);
                await db.SaveChangesAsync(cancellationToken);
            }

            await accounts.EnsureAsync(DemoSettings.Email(handle.Replace('_', '.')), name, OrganizationKind.Creator, creator.Id, Roles.Creator);
        }
    }
}
