using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Orders;

/// <summary>
/// Tapbridge's own computation of a line's amounts from price, quantities and rates, with TikTok's documented formulas
/// (base = price × quantity, less returns and refunds once completed; TAP commission = base × TAP rate; creator
/// commission = TAP commission × creator rate). It is kept beside what TikTok reported and never replaces it; a
/// difference is flagged with both values and the likeliest reason.
/// </summary>
internal sealed record ExpectedAmounts(long Base, long Tap, long Creator)
{
    public static ExpectedAmounts Of(OrderLineSnapshot line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var quantity = line.Status switch
        {
            TikTokLineStatus.Processing => line.Quantity,
            TikTokLineStatus.Completed => line.KeptQuantity,
            TikTokLineStatus.Frozen => line.Actual.Base > 0 || line.KeptQuantity == 0 ? line.KeptQuantity : line.Quantity,
            TikTokLineStatus.Cancelled or TikTokLineStatus.Deducted => 0,
        };
        var commissionBase = line.Price * quantity;
        var tap = Rates.Apply(commissionBase, line.TapRate);
        return new ExpectedAmounts(commissionBase, tap, Rates.Apply(tap, line.CreatorRate));
    }

    /// <summary>Why TikTok's figures differ from ours, or null when they agree to the minor unit.</summary>
    public string? Difference(OrderLineSnapshot line, Market market)
    {
        ArgumentNullException.ThrowIfNull(market);
        var differences = Differences(line);
        return differences.Count == 0 ? null : string.Join("; ", differences.Select(d => d.Describe(market))) + ".";
    }

    /// <summary>
    /// Each way TikTok's figures differ from ours (none when they agree to the minor unit), for a page to say it in the
    /// reader's language.
    /// </summary>
    public List<AmountDifference> Differences(OrderLineSnapshot line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var reported = line.Current;
        var differences = new List<AmountDifference>();
        if (reported.Base != Base)
        {
            var kind = reported.Base < Base ? AmountDifferenceKind.BaseBelow : AmountDifferenceKind.BaseAbove;
            differences.Add(new(kind, reported.Base, Base, 0));
        }

        if (reported.Tap != Rates.Apply(reported.Base, line.TapRate))
        {
            differences.Add(new(AmountDifferenceKind.Tap, reported.Tap, Rates.Apply(reported.Base, line.TapRate), line.TapRate));
        }

        if (reported.Creator != Rates.Apply(reported.Tap, line.CreatorRate))
        {
            var onSale = reported.Creator == Rates.Apply(reported.Base, line.CreatorRate);
            differences.Add(new(onSale ? AmountDifferenceKind.CreatorOnSale : AmountDifferenceKind.Creator,
                reported.Creator, Rates.Apply(reported.Tap, line.CreatorRate), line.CreatorRate));
        }

        return differences;
    }
}

/// <summary>How TikTok's figure differs from Tapbridge's.</summary>
internal enum AmountDifferenceKind
{
    /// <summary>TikTok's base is below price × quantity: coupons, tax or a partial refund.</summary>
    BaseBelow,

    /// <summary>TikTok's base is above price × quantity: a price recorded above the listed one.</summary>
    BaseAbove,

    /// <summary>TikTok's TAP commission is not the TAP rate of its base.</summary>
    Tap,

    /// <summary>TikTok applied the creator rate to the sale rather than to the TAP commission.</summary>
    CreatorOnSale,

    /// <summary>TikTok's creator commission is not the creator rate of the TAP commission.</summary>
    Creator,
}

/// <summary>
/// One way TikTok's figures differ from Tapbridge's: what TikTok reported, what Tapbridge expected, and the rate
/// concerned (none for the base).
/// </summary>
internal sealed record AmountDifference(AmountDifferenceKind Kind, long Reported, long Expected, int Rate)
{
    /// <summary>In English, for the API, files and the staff's lists.</summary>
    public string Describe(Market market)
    {
        ArgumentNullException.ThrowIfNull(market);
        return Kind switch
        {
            AmountDifferenceKind.BaseBelow => $"TikTok's base is {market.FormatMoney(Reported)}, "
                + $"price × quantity is {market.FormatMoney(Expected)}: coupons, tax or a partial refund TikTok deducted",
            AmountDifferenceKind.BaseAbove => $"TikTok's base is {market.FormatMoney(Reported)}, "
                + $"price × quantity is {market.FormatMoney(Expected)}: a price TikTok recorded above the listed one",
            AmountDifferenceKind.Tap => $"TikTok's TAP commission is {market.FormatMoney(Reported)}, "
                + $"{Rates.Percent(Rate)} of its base is {market.FormatMoney(Expected)}",
            AmountDifferenceKind.CreatorOnSale => $"TikTok applied the creator rate {Rates.Percent(Rate)} to the sale, "
                + $"not to the TAP commission: {market.FormatMoney(Reported)} instead of {market.FormatMoney(Expected)}",
            AmountDifferenceKind.Creator => $"TikTok's creator commission is {market.FormatMoney(Reported)}, "
                + $"{Rates.Percent(Rate)} of the TAP commission is {market.FormatMoney(Expected)}",
        };
    }
}
