using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Commissions.Reconciliation;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Demo;

namespace Tapbridge.Modules.Commissions.Demo;

/// <summary>What TikTok paid for the demo's older months: each settled month in full, but one PH month short by a little (a difference to find).</summary>
internal sealed class TikTokPaymentsDemo(TapbridgeDbContext db, TikTokPayments payments, TimeProvider clock) : IDemoSeeder
{
    public int Order => 580;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var finance = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Email == DemoSettings.Email("finance"), cancellationToken);
        if (finance is null || await db.Set<TikTokPayment>().AnyAsync(cancellationToken))
        {
            return;
        }

        var actor = new Actor(finance.Id, Agency.Agency.InstallationId, OrganizationKind.Agency, finance.DisplayName, new HashSet<string> { Roles.Finance });
        var lastMonth = clock.GetUtcNow().AddMonths(-1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var settled = (await payments.ReconcileAsync(null, cancellationToken)).Where(p => p.ExpectedSettled > 0 && string.CompareOrdinal(p.Month, lastMonth) < 0).ToList();
        var shortOne = settled.FirstOrDefault(p => p.Market == "PH");
        foreach (var p in settled)
        {
            var paidOn = DateOnly.ParseExact($"{p.Month}-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).AddMonths(1).AddDays(7);
            var amount = p == shortOne ? p.ExpectedSettled - Math.Min(p.ExpectedSettled, 12_345) : p.ExpectedSettled;
            await payments.RecordAsync(actor, new TikTokPaymentRequest(p.Market, p.Month, amount, $"TTS-{p.Market}-{p.Month.Replace("-", "", StringComparison.Ordinal)}", paidOn), cancellationToken);
        }
    }
}
