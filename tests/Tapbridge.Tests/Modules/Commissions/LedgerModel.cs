namespace Tapbridge.Tests.Modules.Commissions;

/// <summary>
/// An independent model of what the money of a few order lines must be, written from the rules in ADR 10 rather
/// than from the code: TikTok's reported amounts, the agency's receivable, the creator's share and its stage.
/// </summary>
internal sealed class LedgerModel(string market, string currency, int minorUnits, TimeSpan utcOffset, int shareRate)
{
    public const int HoldDays = 14;

    public string Market { get; } = market;
    public string Currency { get; } = currency;
    public int MinorUnits { get; } = minorUnits;
    public TimeSpan UtcOffset { get; } = utcOffset;
    public int ShareRate { get; } = shareRate;
    public List<ModelLine> Lines { get; } = [];
    public List<ModelAdjustment> Adjustments { get; } = [];

    public static long Round(decimal value) => (long)Math.Round(value, 0, MidpointRounding.AwayFromZero);

    public static long Percent(long amount, int rate) => Round(amount * (decimal)rate / 10_000m);

    /// <summary>Runs the maturation the rules describe at <paramref name="now"/>: an earning confirms as of the end of its hold, whenever the run happens.</summary>
    public void Mature(DateTimeOffset now)
    {
        foreach (var line in Lines.Where(l => l.Exists))
        {
            if (line.Stage == "Pending" && !line.Void && line.DeliveredAt is { } delivered && delivered.AddDays(HoldDays) <= now && line.Status != "FROZEN")
            {
                var confirmed = line.HoldClearedAt > delivered.AddDays(HoldDays) ? line.HoldClearedAt.Value : delivered.AddDays(HoldDays);
                (line.Stage, line.CycleClose) = ("Confirmed", CutOffAtOrAfter(confirmed));
            }

            if (line.Stage == "Confirmed" && line.CycleClose <= now)
            {
                line.Stage = "Payable";
            }
        }

        foreach (var adjustment in Adjustments.Where(a => a.Stage == "Confirmed" && a.CycleClose <= now))
        {
            adjustment.Stage = "Payable";
        }
    }

    /// <summary>Applies what TikTok now says of a line to the model's stage (void or back).</summary>
    public static void Settle(ModelLine line)
    {
        if (line.Void)
        {
            line.Stage = "Void";
        }
        else if (line.Stage == "Void")
        {
            line.Stage = "Pending";
        }
    }

    /// <summary>The first 1st-of-month midnight, market time, at or after <paramref name="at"/>.</summary>
    public DateTimeOffset CutOffAtOrAfter(DateTimeOffset at)
    {
        var local = at.ToOffset(UtcOffset);
        var first = new DateTimeOffset(local.Year, local.Month, 1, 0, 0, 0, UtcOffset);
        return first >= at ? first : first.AddMonths(1);
    }
}

internal sealed class ModelLine
{
    public required string OrderId { get; init; }
    public required string SkuId { get; init; }
    public bool Exists { get; set; }
    public long Price { get; set; }
    public int Quantity { get; set; }
    public int Returned { get; set; }
    public int TapRate { get; set; }
    public int CreatorRate { get; set; }
    public long Coupon { get; set; }
    public string Status { get; set; } = "PROCESSING";
    public DateTimeOffset OrderedAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public string Stage { get; set; } = "Pending";
    public DateTimeOffset? CycleClose { get; set; }

    /// <summary>When TikTok released a freeze: the earning confirms no earlier.</summary>
    public DateTimeOffset? HoldClearedAt { get; set; }
    public List<string> SentCsvRows { get; } = [];

    public int Kept => Quantity - Returned;

    public bool Void => Status == "CANCELLED" || Kept == 0;

    public (long Base, long Tap, long Creator) Estimated
    {
        get
        {
            var b = Price * Quantity;
            var tap = LedgerModel.Percent(b, TapRate);
            return (b, tap, LedgerModel.Percent(tap, CreatorRate));
        }
    }

    public (long Base, long Tap, long Creator) Actual
    {
        get
        {
            if (Status is not ("COMPLETED" or "FROZEN"))
            {
                return (0, 0, 0);
            }

            var b = Math.Max(0, Price * Kept - Coupon);
            var tap = LedgerModel.Percent(b, TapRate);
            return (b, tap, LedgerModel.Percent(tap, CreatorRate));
        }
    }

    /// <summary>What counts now: estimated while processing, actual once completed (or frozen with actuals), nothing when cancelled.</summary>
    public (long Base, long Tap, long Creator) Current => Status switch
    {
        "PROCESSING" => Estimated,
        "CANCELLED" => (0, 0, 0),
        _ => Actual,
    };

    public long Receivable => Current.Tap - Current.Creator;

    public long TikTokPaid => Current.Creator;

    public long Share(int rate) => Void ? 0 : LedgerModel.Percent(Math.Max(0, Receivable), rate);
}

/// <summary>An adjustment as the rules describe it: confirmed when posted, payable at the first cut-off at or after that.</summary>
internal sealed class ModelAdjustment
{
    public required Guid Id { get; init; }
    public required long Amount { get; init; }
    public required DateTimeOffset CycleClose { get; init; }
    public bool IsReversal { get; init; }
    public bool Reversed { get; set; }
    public string Stage { get; set; } = "Confirmed";
}
