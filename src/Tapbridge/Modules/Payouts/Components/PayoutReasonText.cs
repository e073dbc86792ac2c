using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Tapbridge.Modules.Creators;
using Tapbridge.Platform.Localization;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Payouts.Components;

/// <summary>
/// Why a creator's payout was held, as the batch wrote it in English when it was prepared (for files, mail and the
/// API), in the reader's language. A bank's reason for a failed transfer, or any text it does not know, stays as it is.
/// </summary>
internal static partial class PayoutReasonText
{
    /// <summary>Whether <see cref="Say"/> knows the reason: otherwise it is someone else's words (a bank's), shown as written.</summary>
    public static bool Knows(IStringLocalizer<PayoutsText> text, IStringLocalizer<Words> words, string reason) =>
        !ReferenceEquals(Say(text, words, reason), reason);

    public static string Say(IStringLocalizer<PayoutsText> text, IStringLocalizer<Words> words, string reason)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(reason);
        if (TakenBackPattern().Match(reason) is { Success: true } takenBack)
        {
            return text["Reason.TakenBack", takenBack.Groups[1].Value].Value;
        }

        if (BelowMinimumPattern().Match(reason) is { Success: true } below)
        {
            return text["Reason.BelowMinimum", below.Groups[1].Value].Value;
        }

        if (CreatorStatusPattern().Match(reason) is { Success: true } creator
            && Enum.TryParse<CreatorStatus>(creator.Groups[2].Value, true, out var status) && StatusKey(status) is { } key)
        {
            return text[key, creator.Groups[1].Value].Value;
        }

        if (NotAcceptedPattern().Match(reason) is { Success: true } rejected)
        {
            return text["Method.Hold.Rejected", rejected.Groups[1].Value].Value;
        }

        if (NewMethodPattern().Match(reason) is { Success: true } method
            && DateTime.TryParseExact(method.Groups[1].Value, "d MMM yyyy, HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None,
                out var usableFrom)
            && Market.All.FirstOrDefault(m => m.Name == method.Groups[2].Value) is { } market)
        {
            var local = usableFrom.ToString("d MMM yyyy, HH:mm", CultureInfo.CurrentCulture);
            return text["Method.Hold.New", local, words[$"Market.{market.Code}"].Value].Value;
        }

        return reason switch
        {
            "No payout method: the creator adds one under Me → Payouts." => text["Reason.NoMethod"].Value,
            "The account holder's name differs from your name on record; the agency checks it before paying to this account." =>
                text["Method.Hold.NeedsReview"].Value,
            "Replaced by a newer payout method." => text["Method.Hold.Replaced"].Value,
            _ => reason,
        };
    }

    private static string? StatusKey(CreatorStatus status) => status switch
    {
        CreatorStatus.Pending => "Reason.Creator.Pending",
        CreatorStatus.Rejected => "Reason.Creator.Rejected",
        CreatorStatus.Suspended => "Reason.Creator.Suspended",
        CreatorStatus.Approved => null,
    };

    [GeneratedRegex("^What was taken back exceeds what is due by (.+): it is netted against your next earnings, "
        + "and nothing is paid until your balance is positive again\\.$")]
    private static partial Regex TakenBackPattern();

    [GeneratedRegex("^Below the (.+) minimum payout: it rolls over to the next payout\\.$")]
    private static partial Regex BelowMinimumPattern();

    [GeneratedRegex("^@(\\S+) is (\\w+): payouts are held until the agency reinstates them\\.$")]
    private static partial Regex CreatorStatusPattern();

    [GeneratedRegex("^Not accepted: (.*)$", RegexOptions.Singleline)]
    private static partial Regex NotAcceptedPattern();

    [GeneratedRegex("^New payout method: for your safety, payouts go to it from (.+) \\((.+) time\\)\\.$")]
    private static partial Regex NewMethodPattern();
}
