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
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(market);
        var reported = line.Current;
        var notes = new List<string>();
        if (reported.Base != Base)
        {
            notes.Add($"TikTok's base is {market.FormatMoney(reported.Base)}, price × quantity is {market.FormatMoney(Base)}: "
                + (reported.Base < Base ? "coupons, tax or a partial refund TikTok deducted" : "a price TikTok recorded above the listed one"));
        }

        if (reported.Tap != Rates.Apply(reported.Base, line.TapRate))
        {
            notes.Add($"TikTok's TAP commission is {market.FormatMoney(reported.Tap)}, {Rates.Percent(line.TapRate)} of its base is {market.FormatMoney(Rates.Apply(reported.Base, line.TapRate))}");
        }

        if (reported.Creator != Rates.Apply(reported.Tap, line.CreatorRate))
        {
            notes.Add(reported.Creator == Rates.Apply(reported.Base, line.CreatorRate)
                ? $"TikTok applied the creator rate {Rates.Percent(line.CreatorRate)} to the sale, not to the TAP commission: {market.FormatMoney(reported.Creator)} instead of {market.FormatMoney(Rates.Apply(reported.Tap, line.CreatorRate))}"
                : $"TikTok's creator commission is {market.FormatMoney(reported.Creator)}, {Rates.Percent(line.CreatorRate)} of the TAP commission is {market.FormatMoney(Rates.Apply(reported.Tap, line.CreatorRate))}");
        }

        return notes.Count == 0 ? null : string.Join("; ", notes) + ".";
    }
}
