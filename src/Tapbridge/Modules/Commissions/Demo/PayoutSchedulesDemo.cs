using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Agency;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Demo;

namespace Tapbridge.Modules.Commissions.Demo;

/// <summary>
/// Before the demo's earnings confirm: Finance (Quang) pays every market twice a month — cycles close on the 1st and
/// the 16th and are paid on the 10th and the 25th — so an earning is paid 9 to 25 days after it is confirmed.
/// </summary>
internal sealed class PayoutSchedulesDemo(TapbridgeDbContext db, PayoutSchedules schedules, AgencyDirectory agency) : IDemoSeeder
{
    public static readonly PayoutCalendar Calendar = PayoutCalendar.TwiceMonthly(1, 10, 16, 25);

    public int Order => 545;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<PayoutSchedule>().AnyAsync(cancellationToken))
        {
            return;
        }

        var finance = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Email == DemoSettings.Email("finance"), cancellationToken);
        if (finance is null)
        {
            return;
        }

        var actor = new Actor(finance.Id, Agency.Agency.InstallationId, OrganizationKind.Agency, finance.DisplayName, new HashSet<string> { Roles.Finance });
        foreach (var market in (await agency.GetAsync(cancellationToken)).Markets)
        {
            await schedules.SetAsync(actor, new PayoutScheduleChange(market.Code, Calendar.CutOffDay, Calendar.PayDay, null, Calendar.Cycle, Calendar.SecondCutOffDay,
                Calendar.SecondPayDay), cancellationToken);
        }
    }
}
