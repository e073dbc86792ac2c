using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Creators;
using Tapbridge.Modules.Payouts.Methods;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Demo;
using Tapbridge.Platform.Markets;
using Tapbridge.Platform.Security;

namespace Tapbridge.Modules.Payouts.Demo;

/// <summary>
/// Payout methods for the demo's creators: most set months ago; Maria changed hers from BDO to GCash yesterday (on
/// hold); Joy's GCash is in another name (waiting for Finance's review); Nico has none yet.
/// </summary>
internal sealed class PayoutMethodsDemo(TapbridgeDbContext db, SecretProtector secrets, PayoutMethods methods, TimeProvider clock) : IDemoSeeder
{
    private static readonly (string Handle, string Provider, string Holder, string Number, int DaysAgo)[] Methods =
    [
        ("maria.glowup", "BDO", "Maria Dela Cruz", "004820194821", 120),
        ("maria.glowup", "GCASH", "Maria Dela Cruz", "09171234567", 1),
        ("jomar.gadgets", "BPI", "Jomar Villanueva", "3149027715", 90),
        ("bea.kitchenph", "MAYA", "Bea Mendoza", "09281112233", 75),
        ("kuyafitness", "UBP", "Carlo Bautista", "109400338812", 60),
        ("ate.reviews", "GCASH", "Ramon Garcia", "09175550123", 3),
        ("ella.ootd", "GCASH", "ELLA RAMOS", "09189990011", 40),
        ("bao.techreview", "VCB", "Trần Bảo", "0071000552913", 100),
        ("ngoc.mommy", "MOMO", "Ngoc Anh", "0903123456", 80),
        ("ploy.makeup", "KBANK", "Ploy Sukjai", "7412039981", 70),
        ("fah.homedecor", "PROMPTPAY", "Fah Siriwat", "0812345678", 50),
        ("kaye.daily.ph", "BPI", "Kaye Daily", "4471029385", 95),
        ("andrea.finds.ph", "GCASH", "Andrea Finds", "09179876543", 88),
        ("paolo.home.ph", "MBTC", "Paolo Home", "1234509876543", 70),
        ("linh.finds.vn", "TCB", "Linh Finds", "19033344455566", 92),
        ("minh.reviews.vn", "ZALOPAY", "Minh Reviews", "0987654321", 85),
        ("huy.home.vn", "VCB", "Huy Home", "0071000998877", 64),
    ];

    public int Order => 600;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<PayoutMethod>().AnyAsync(cancellationToken))
        {
            return;
        }

        var handles = Methods.Select(m => m.Handle).ToList();
        var creators = await db.Set<Creator>().AsNoTracking().Where(c => handles.Contains(c.Handle)).ToDictionaryAsync(c => c.Handle, cancellationToken);
        var now = clock.GetUtcNow();
        var current = new Dictionary<Guid, PayoutMethod>();
        foreach (var (handle, provider, holder, number, daysAgo) in Methods)
        {
            if (!creators.TryGetValue(handle, out var creator))
            {
                continue;
            }

            var at = now.AddDays(-daysAgo);
            var earlier = current.GetValueOrDefault(creator.Id);
            var method = PayoutMethod.Add(creator.Id, Market.Get(creator.MarketCode), creator.DisplayName, provider, holder, number, secrets.Protect,
                replacesAnother: earlier is not null, TimeSpan.FromHours(methods.HoldHours), at);
            earlier?.Replace(at);
            current[creator.Id] = method;
            db.Add(method);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
