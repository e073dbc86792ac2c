using System.Globalization;
using System.Text.RegularExpressions;
using Tapbridge.Modules.Creators;
using Tapbridge.Modules.Orders;

namespace Tapbridge.Modules.Commissions;

/// <summary>
/// What one of the sentences the services write in English says: its kind and its values, so that a page says it in the
/// reader's language (CommissionsText "Phrase.{Kind}"). The English sentence stays where the API, files, mail and the
/// ledger use it. A value is a <see cref="string"/> (shown as it is: a name, someone's reason, an amount as it was
/// written), a <see cref="Phrase"/> (said too), a <see cref="TikTokLineStatus"/> or <see cref="CreatorTier"/> (its
/// label), a <see cref="PhraseMoney"/>, <see cref="PhrasePercent"/> or <see cref="PhraseMarket"/>, a
/// <see cref="DateOnly"/>, a <see cref="DateTime"/> (a time in the market's zone) or an <see cref="int"/> (a count).
/// </summary>
internal sealed record Phrase(PhraseKind Kind, IReadOnlyList<object> Values)
{
    public static Phrase Of(PhraseKind kind, params object[] values) => new(kind, values);

    /// <summary>A text that is none of the known sentences: shown as it is.</summary>
    public static Phrase Verbatim(string text) => new(PhraseKind.Verbatim, [text]);

    /// <summary>Phrases said one after the other ("a; b; c").</summary>
    public static Phrase List(List<Phrase> items) => items.Count == 1 ? items[0] : new(PhraseKind.List, items.Cast<object>().ToList());
}

/// <summary>An amount in minor units of the line's (or payout's) currency.</summary>
internal readonly record struct PhraseMoney(long Minor);

/// <summary>A rate in 0.01 % units (1000 = 10 %).</summary>
internal readonly record struct PhrasePercent(int Rate);

/// <summary>A market, by its code: said by its name.</summary>
internal readonly record struct PhraseMarket(string Code);

/// <summary>The sentences a page says in the reader's language; each is the key "Phrase.{Kind}" of CommissionsText.</summary>
internal enum PhraseKind
{
    /// <summary>Not a known sentence: its one value is shown as it is.</summary>
    Verbatim,

    /// <summary>Its values said one after the other ("{0}; {1}").</summary>
    List,

    /// <summary>Its one value, ending a sentence ("{0}.").</summary>
    Sentence,

    FirstReported,
    StatusChanged,
    DeliveredChanged,
    NotYet,
    ReturnedChanged,
    RefundedChanged,
    QuantityChanged,
    PriceChanged,
    TapRateChanged,
    CreatorRateChanged,
    CreatorChanged,
    PartnerCommissionChanged,
    CreatorCommissionChanged,
    DetailsChanged,
    Assigned,
    CancellationByBuyer,
    CancellationBySeller,
    CancellationByPlatform,
    ReturnByBuyer,
    ReturnBySeller,
    ReturnByPlatform,
    RefundByBuyer,
    RefundBySeller,
    RefundByPlatform,
    ReplacementByBuyer,
    ReplacementBySeller,
    ReplacementByPlatform,
    NoRequestOpen,
    TakenBack,
    Confirmed,
    InPayoutOf,
    Adjustment,
    Reversal,
    PayoutTo,
    PaidTo,
    PayoutFailed,

    VoidCancelled,
    VoidDeducted,
    VoidReturned,
    VoidRefunded,
    NotAttributed,
    Frozen,
    RequestOpen,
    NotDelivered,
    InHold,

    ShareAgreed,
    ShareCampaign,
    ShareTier,
    ShareNone,

    BaseCancelled,
    BaseDeducted,
    BaseReturned,
    BaseEstimated,

    BaseBelow,
    BaseAbove,
    TapDiffers,
    CreatorRateOnSale,
    CreatorDiffers,

    BonusSettled,
    BonusCorrected,
}

/// <summary>
/// Reads back what the English sentences the services stored say (a line's history, a ledger entry's description, the
/// open requests that hold a line, where a share rate comes from). A text it does not know is kept as it is.
/// </summary>
internal static partial class PhraseReader
{
    private static readonly CultureInfo Written = CultureInfo.InvariantCulture;

    /// <summary>A line's change (its history) or a ledger entry's description.</summary>
    public static Phrase Description(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TakenBackPattern().Match(text) is { Success: true } takenBack)
        {
            return Phrase.Of(PhraseKind.TakenBack, Description(takenBack.Groups[1].Value));
        }

        if (FirstReportedPattern().Match(text) is { Success: true } first
            && Enum.TryParse<TikTokLineStatus>(first.Groups[1].Value, out var status)
            && int.TryParse(first.Groups[2].Value, NumberStyles.None, Written, out var quantity))
        {
            return Phrase.Of(PhraseKind.FirstReported, status, quantity, first.Groups[3].Value);
        }

        if (text == "TikTok's details changed (content or product name)")
        {
            return Phrase.Of(PhraseKind.DetailsChanged);
        }

        if (text == "No return, refund or cancellation request is open any more")
        {
            return Phrase.Of(PhraseKind.NoRequestOpen);
        }

        if (AssignedPattern().Match(text) is { Success: true } assigned)
        {
            return Phrase.Of(PhraseKind.Assigned, assigned.Groups[1].Value, assigned.Groups[2].Value);
        }

        if (ConfirmedPattern().Match(text) is { Success: true } confirmed)
        {
            return Phrase.Of(PhraseKind.Confirmed, Day(confirmed.Groups[1].Value));
        }

        if (InPayoutPattern().Match(text) is { Success: true } inPayout)
        {
            return Phrase.Of(PhraseKind.InPayoutOf, Day(inPayout.Groups[1].Value));
        }

        if (AdjustmentPattern().Match(text) is { Success: true } adjustment)
        {
            return Phrase.Of(PhraseKind.Adjustment, adjustment.Groups[1].Value);
        }

        if (ReversalPattern().Match(text) is { Success: true } reversal)
        {
            return Phrase.Of(PhraseKind.Reversal, reversal.Groups[1].Value, reversal.Groups[2].Value);
        }

        if (PayoutFailedPattern().Match(text) is { Success: true } failed)
        {
            return Phrase.Of(PhraseKind.PayoutFailed, failed.Groups[1].Value, failed.Groups[2].Value);
        }

        if (PayoutToPattern().Match(text) is { Success: true } payout)
        {
            return Phrase.Of(PhraseKind.PayoutTo, payout.Groups[1].Value, payout.Groups[2].Value);
        }

        if (PaidToPattern().Match(text) is { Success: true } paid)
        {
            return Phrase.Of(PhraseKind.PaidTo, paid.Groups[1].Value, paid.Groups[2].Value);
        }

        return Requests(text) ?? Changes(text) ?? Phrase.Verbatim(text);
    }

    /// <summary>
    /// The open return, refund and cancellation requests that hold an order ("Return requested by the buyer; …"), or
    /// null when the text says something else.
    /// </summary>
    public static Phrase? Requests(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var said = new List<Phrase>();
        foreach (var part in text.Split("; "))
        {
            if (RequestPattern().Match(part) is not { Success: true } request
                || Request(request.Groups[1].Value, request.Groups[2].Value) is not { } kind)
            {
                return null;
            }

            said.Add(Phrase.Of(kind));
        }

        return Phrase.List(said);
    }

    /// <summary>Why a line's share was void (<see cref="LineEarning.VoidReason"/>).</summary>
    public static Phrase VoidReason(string text) => text switch
    {
        "Cancelled" => Phrase.Of(PhraseKind.VoidCancelled),
        "Commission deducted by TikTok" => Phrase.Of(PhraseKind.VoidDeducted),
        "Returned in full" => Phrase.Of(PhraseKind.VoidReturned),
        "Refunded in full" => Phrase.Of(PhraseKind.VoidRefunded),
        _ => Phrase.Verbatim(text),
    };

    /// <summary>
    /// Where a line's share rate comes from (<see cref="ShareRate.Source"/>, stored with the line's earning), at
    /// <paramref name="rate"/>.
    /// </summary>
    public static Phrase ShareSource(string text, int rate)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return Phrase.Of(PhraseKind.ShareNone);
        }

        if (text.StartsWith("Your agreed share: ", StringComparison.Ordinal))
        {
            return Phrase.Of(PhraseKind.ShareAgreed, new PhrasePercent(rate));
        }

        if (CampaignSharePattern().Match(text) is { Success: true } campaign)
        {
            return Phrase.Of(PhraseKind.ShareCampaign, campaign.Groups[1].Value, new PhrasePercent(rate));
        }

        if (TierSharePattern().Match(text) is { Success: true } tier && Enum.TryParse<CreatorTier>(tier.Groups[1].Value, out var named))
        {
            return Phrase.Of(PhraseKind.ShareTier, named, new PhraseMarket(tier.Groups[2].Value), new PhrasePercent(rate));
        }

        return Phrase.Verbatim(text);
    }

    /// <summary>Why a campaign bonus was posted (<see cref="CampaignBonusRule"/> writes it), or null when someone else wrote the reason.</summary>
    public static Phrase? BonusReason(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (BonusSettledPattern().Match(text) is { Success: true } settled)
        {
            return Phrase.Of(PhraseKind.BonusSettled, Captured(settled, 5));
        }

        return BonusCorrectedPattern().Match(text) is { Success: true } corrected
            ? Phrase.Of(PhraseKind.BonusCorrected, Captured(corrected, 4))
            : null;
    }

    /// <summary>A line's changes as <see cref="OrderLine"/> lists them ("status Processing → Completed; returned 0 → 1"), or null.</summary>
    private static Phrase? Changes(string text)
    {
        var said = new List<Phrase>();
        foreach (var part in text.Split("; "))
        {
            if (ChangePattern().Match(part) is not { Success: true } change)
            {
                return null;
            }

            var (before, after) = (change.Groups[2].Value, change.Groups[3].Value);
            said.Add(change.Groups[1].Value switch
            {
                "status" => Phrase.Of(PhraseKind.StatusChanged, Status(before), Status(after)),
                "delivered" => Phrase.Of(PhraseKind.DeliveredChanged, Delivered(before), Delivered(after)),
                "returned" => Phrase.Of(PhraseKind.ReturnedChanged, Count(before), Count(after)),
                "refunded" => Phrase.Of(PhraseKind.RefundedChanged, Count(before), Count(after)),
                "quantity" => Phrase.Of(PhraseKind.QuantityChanged, Count(before), Count(after)),
                "price" => Phrase.Of(PhraseKind.PriceChanged, before, after),
                "TAP rate" => Phrase.Of(PhraseKind.TapRateChanged, Percent(before), Percent(after)),
                "creator rate" => Phrase.Of(PhraseKind.CreatorRateChanged, Percent(before), Percent(after)),
                "creator commission" => Phrase.Of(PhraseKind.CreatorCommissionChanged, before, after),
                "partner commission" => Phrase.Of(PhraseKind.PartnerCommissionChanged, before, after),
                _ => Phrase.Of(PhraseKind.CreatorChanged, before, after),
            });
        }

        return Phrase.List(said);
    }

    /// <summary>The first <paramref name="count"/> groups a match captured, as they were written.</summary>
    private static object[] Captured(Match match, int count) => [.. Enumerable.Range(1, count).Select(i => (object)match.Groups[i].Value)];

    private static object Status(string text) => Enum.TryParse<TikTokLineStatus>(text, out var status) ? (object)status : text;

    private static object Count(string text) => int.TryParse(text, NumberStyles.None, Written, out var count) ? (object)count : text;

    private static object Delivered(string text) =>
        text == "not yet" ? Phrase.Of(PhraseKind.NotYet)
        : DateTime.TryParseExact(text, "d MMM yyyy HH:mm", Written, DateTimeStyles.None, out var at) ? (object)at
        : text;

    private static object Day(string text) =>
        DateOnly.TryParseExact(text, "d MMM yyyy", Written, DateTimeStyles.None, out var day) ? (object)day : text;

    private static object Percent(string text) =>
        PercentPattern().Match(text) is { Success: true } percent
            && decimal.TryParse(percent.Groups[1].Value, NumberStyles.AllowDecimalPoint, Written, out var value)
            ? (object)new PhrasePercent((int)decimal.Round(value * 100))
            : text;

    private static PhraseKind? Request(string kind, string role) => (kind, role) switch
    {
        ("Cancellation", "buyer") => PhraseKind.CancellationByBuyer,
        ("Cancellation", "seller") => PhraseKind.CancellationBySeller,
        ("Cancellation", "platform") => PhraseKind.CancellationByPlatform,
        ("Return", "buyer") => PhraseKind.ReturnByBuyer,
        ("Return", "seller") => PhraseKind.ReturnBySeller,
        ("Return", "platform") => PhraseKind.ReturnByPlatform,
        ("Refund", "buyer") => PhraseKind.RefundByBuyer,
        ("Refund", "seller") => PhraseKind.RefundBySeller,
        ("Refund", "platform") => PhraseKind.RefundByPlatform,
        ("Replacement", "buyer") => PhraseKind.ReplacementByBuyer,
        ("Replacement", "seller") => PhraseKind.ReplacementBySeller,
        ("Replacement", "platform") => PhraseKind.ReplacementByPlatform,
        _ => null,
    };

    [GeneratedRegex("^Taken back from the former creator: (.*)$", RegexOptions.Singleline)]
    private static partial Regex TakenBackPattern();

    [GeneratedRegex("^First reported: (\\w+), (\\d+) × (.+)$")]
    private static partial Regex FirstReportedPattern();

    [GeneratedRegex("^Assigned to @(.+) \\(TikTok reported @(.*)\\)$")]
    private static partial Regex AssignedPattern();

    [GeneratedRegex("^Confirmed: delivered (.+), hold passed, nothing returned$")]
    private static partial Regex ConfirmedPattern();

    [GeneratedRegex("^In the payout of (.+)$")]
    private static partial Regex InPayoutPattern();

    [GeneratedRegex("^Adjustment: (.*)$", RegexOptions.Singleline)]
    private static partial Regex AdjustmentPattern();

    [GeneratedRegex("^Reversal of adjustment ([0-9a-fA-F-]+): (.*)$", RegexOptions.Singleline)]
    private static partial Regex ReversalPattern();

    [GeneratedRegex("^Payout (\\S+) failed: (.*); back to payable$", RegexOptions.Singleline)]
    private static partial Regex PayoutFailedPattern();

    [GeneratedRegex("^Payout (\\S+) to (.+)$")]
    private static partial Regex PayoutToPattern();

    [GeneratedRegex("^Paid: (\\S+) to (.+)$")]
    private static partial Regex PaidToPattern();

    [GeneratedRegex("^(Cancellation|Return|Refund|Replacement) requested by the (buyer|seller|platform)$")]
    private static partial Regex RequestPattern();

    [GeneratedRegex("^(status|delivered|returned|refunded|quantity|price|TAP rate|creator rate|creator commission|partner commission|creator)"
        + " (.+) → (.+)$")]
    private static partial Regex ChangePattern();

    [GeneratedRegex("^(\\d+(?:\\.\\d+)?) %$")]
    private static partial Regex PercentPattern();

    [GeneratedRegex("^Campaign (.*) share: \\d+(?:\\.\\d+)? % of the agency's commission$")]
    private static partial Regex CampaignSharePattern();

    [GeneratedRegex("^Campaign bonus, (.+): (.+?) orders in the campaign, (.+?) past the first (.+?), × (.+)\\.$", RegexOptions.Singleline)]
    private static partial Regex BonusSettledPattern();

    [GeneratedRegex("^Campaign bonus corrected, (.+): (.+?) orders count now \\(a line was returned, cancelled, reinstated or reassigned "
        + "after the bonus settled\\), so the bonus is (.+) instead of (.+)\\.$", RegexOptions.Singleline)]
    private static partial Regex BonusCorrectedPattern();

    [GeneratedRegex("^(\\w+) tier share in (\\w+): \\d+(?:\\.\\d+)? % of the agency's commission$")]
    private static partial Regex TierSharePattern();
}
