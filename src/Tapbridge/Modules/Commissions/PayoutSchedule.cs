using Tapbridge.Platform.Markets;
using static Tapbridge.Platform.RuleViolationException;

namespace Tapbridge.Modules.Commissions;

/// <summary>
/// A market's payout calendar and minimum payout, set by Finance (the default: cycles close on the 1st, pay on the
/// 25th). A balance below the minimum is not paid; it rolls over to the next payout. A change applies to earnings
/// confirmed after it: those confirmed before keep the pay date they were given.
/// </summary>
public sealed class PayoutSchedule
{
    private PayoutSchedule()
    {
    }

    public string MarketCode { get; private set; } = "";
    public int CutOffDay { get; private set; }
    public int PayDay { get; private set; }

    /// <summary>In minor units of the market's currency.</summary>
    public long MinimumPayout { get; private set; }
    public string SetBy { get; private set; } = "";
    public DateTimeOffset? SetAt { get; private set; }
    public int Version { get; private set; }

    public Market Market => Market.Get(MarketCode);
    public PayoutCalendar Calendar => new(CutOffDay, PayDay);

    public static PayoutSchedule Default(Market market)
    {
        ArgumentNullException.ThrowIfNull(market);
        return new()
        {
            MarketCode = market.Code, CutOffDay = PayoutCalendar.Default.CutOffDay, PayDay = PayoutCalendar.Default.PayDay, MinimumPayout = DefaultMinimum(market), SetBy = "Tapbridge's default",
        };
    }

    /// <summary>About USD 10–25 in each market: below it a transfer costs more than it is worth.</summary>
    public static long DefaultMinimum(Market market) => market?.Code switch
    {
        "VN" => 200_000,
        "PH" => 50_000,
        "TH" => 30_000,
        "ID" => 150_000,
        "MY" => 5_000,
        "SG" => 2_000,
        _ => 2_500,
    };

    public void Set(int cutOffDay, int payDay, long minimumPayout, string by, DateTimeOffset now)
    {
        Require(cutOffDay is >= 1 and <= 28, "cutOffDay", "The cycle closes on a day from the 1st to the 28th (every month has it).");
        Require(payDay is >= 1 and <= 28, "payDay", "Pay day is a day from the 1st to the 28th (every month has it).");
        Require(payDay > cutOffDay, "payDay", "Pay day comes after the cycle closes, in the same month, so the batch can be checked and approved in between.");
        Require(minimumPayout >= 0 && minimumPayout <= Market.ToMinor(100_000_000m), "minimumPayout", $"The minimum payout is an amount in minor units of {Market.Currency}, zero or more.");
        (CutOffDay, PayDay, MinimumPayout, SetBy, SetAt) = (cutOffDay, payDay, minimumPayout, by, now);
        Version++;
    }

    /// <summary>Why <paramref name="amount"/> is not paid on the next pay day, or null when it is.</summary>
    public string? NotPaid(long amount) => amount switch
    {
        < 0 => $"What was taken back exceeds what is due by {Market.FormatMoney(-amount)}: it is netted against your next earnings, and nothing is paid until your balance is positive again.",
        0 => null,
        _ when amount < MinimumPayout => $"Below the {Market.FormatMoney(MinimumPayout)} minimum payout: it rolls over to the next payout.",
        _ => null,
    };
}
