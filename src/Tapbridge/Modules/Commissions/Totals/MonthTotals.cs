using System.Globalization;

namespace Tapbridge.Modules.Commissions.Totals;

/// <summary>
/// A creator's order lines of one month (in her market's time), stage and ownership, summed. The database keeps these
/// rows on every write to <c>order_lines</c> (ADR 23); the code only reads them.
/// </summary>
internal sealed class CreatorMonthTotal
{
    private CreatorMonthTotal()
    {
    }

    public Guid CreatorId { get; private set; }

    /// <summary>yyyyMM in the market's time; see <see cref="MonthKeys"/>.</summary>
    public int Month { get; private set; }
    public EarningStage Stage { get; private set; }

    /// <summary>The creator holds the share (or it is void): a share another creator still holds is not hers.</summary>
    public bool Own { get; private set; }
    public int Lines { get; private set; }
    public long Share { get; private set; }
    public long Memo { get; private set; }
}

/// <summary>A creator's order lines of one campaign, summed over every month and stage; kept like <see cref="CreatorMonthTotal"/>.</summary>
internal sealed class CreatorCampaignTotal
{
    private CreatorCampaignTotal()
    {
    }

    public Guid CreatorId { get; private set; }

    /// <summary><see cref="Guid.Empty"/> for lines outside the agency's campaigns: a key column cannot be null.</summary>
    public Guid CampaignId { get; private set; }
    public int Lines { get; private set; }
    public long Share { get; private set; }
    public long Memo { get; private set; }

    /// <summary>The latest order time seen in the campaign; it never goes back when a line leaves it.</summary>
    public DateTimeOffset Latest { get; private set; }
}

/// <summary>A market's order lines of one month (in the market's time), summed for Finance and reconciliation, kept like <see cref="CreatorMonthTotal"/>.</summary>
internal sealed class MarketMonthTotal
{
    private MarketMonthTotal()
    {
    }

    public string MarketCode { get; private set; } = "";
    public int Month { get; private set; }
    public int Lines { get; private set; }

    /// <summary>The commission base of the lines not cancelled: TikTok's actual base once completed, its estimate before.</summary>
    public long Gmv { get; private set; }
    public long ReceivableEstimated { get; private set; }
    public long ReceivableActual { get; private set; }
    public long Pending { get; private set; }
    public long Confirmed { get; private set; }
    public long Payable { get; private set; }
    public long Memo { get; private set; }
    public int Discrepancies { get; private set; }
    public int Unmatched { get; private set; }

    /// <summary>Completed lines with a receivable: the lines a statement of the month should pay.</summary>
    public int Settled { get; private set; }
}

/// <summary>Where each month starts in each market, in UTC: the triggers that keep the totals find a line's month here.</summary>
internal sealed class MarketMonth
{
    private MarketMonth()
    {
    }

    public string MarketCode { get; private set; } = "";
    public DateTimeOffset StartsAt { get; private set; }
    public int Month { get; private set; }
}

/// <summary>Months as the totals key them: yyyyMM in the market's time.</summary>
internal static class MonthKeys
{
    public static int Of(DateOnly day) => (day.Year * 100) + day.Month;

    /// <summary>"yyyy-MM", as pages and the API write a month.</summary>
    public static string Format(int month) => string.Create(CultureInfo.InvariantCulture, $"{month / 100:D4}-{month % 100:D2}");

    /// <summary>The key of a "yyyy-MM" month, or null when it is not one.</summary>
    public static int? Parse(string? month) =>
        month is { Length: 7 } && DateOnly.TryParseExact($"{month}-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first) ? Of(first) : null;
}

/// <summary>
/// A creator's payable, in-payout and paid balances in a currency: the sums of the ledger's entries in those accounts
/// (credits negative), kept by the database like the other totals.
/// </summary>
internal sealed class CreatorBalance
{
    private CreatorBalance()
    {
    }

    public Guid CreatorId { get; private set; }
    public string Currency { get; private set; } = "";
    public long Payable { get; private set; }
    public long InPayout { get; private set; }
    public long Paid { get; private set; }
}
