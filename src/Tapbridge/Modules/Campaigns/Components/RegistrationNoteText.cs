using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Tapbridge.Platform.Localization;

namespace Tapbridge.Modules.Campaigns.Components;

/// <summary>
/// A registration's history note (stored in English: "Approved at 24 % (16 % agency + 8 % creator), 10 samples. Sent to
/// TikTok") said in the reader's language. Notes it does not recognise are shown as stored.
/// </summary>
internal static partial class RegistrationNoteText
{
    private const string SentToTikTok = ". Sent to TikTok";
    private const string Held = ". Held until the product appears in the TikTok campaign";
    private const string Comment = ". Comment: ";

    /// <summary>The fields a seller's edit names (Registration's snapshot keys).</summary>
    private static readonly HashSet<string> Fields =
        ["title", "description", "images", "category", "SKUs", "commission", "open-collaboration rate", "sample quota", "brief"];

    private static readonly Regex Registered = Pattern($"^product \\S+ from (?<shop>.+) at {TermsOf("")}$");
    private static readonly Regex FoundOnTikTok =
        Pattern($"^from (?<shop>.+?)(?<unlisted> \\(a shop no Tapbridge seller has listed\\))? at {TermsOf("")}, (?<status>[a-z ]+)$");

    private static readonly Regex Approved = Pattern($"^Approved at {TermsOf("")}$");
    private static readonly Regex Edited = Pattern($"^Changed (?<fields>[^;]+)(?:; (?<before>{TermsOf("before")}) → {TermsOf("after")})?$");

    /// <summary>One of the changes a sync from TikTok lists, each followed by "; " or the end.</summary>
    private static readonly Regex SyncChange = Pattern(
        @"\G(?:Found in TikTok campaign (?<found>\d+)"
        + @"|Product details from TikTok: “(?<title>[^”]*)”, (?<low>\S+)–(?<high>\S+), stock (?<stock>\d+)"
        + $"|Terms changed on TikTok: (?<terms>{TermsOf("before")}) → {TermsOf("after")}"
        + $"|Conflict: TikTok has (?<conflict>{TermsOf("before")}); the portal registration says {TermsOf("after")}"
        + "|(?<heldsent>TikTok has the product pending: the decision made here is sent to it)"
        + "|TikTok has the product pending; here it is (?<here>[a-z ]+?)"
        + @"|Status on TikTok: (?<from>[a-z ]+?) → (?<to>[a-z ]+?)(?<notsent> \(the held decision was not sent\))?)"
        + "(?:; |$)");

    private static readonly Dictionary<string, RejectReason> Reasons =
        Enum.GetValues<RejectReason>().ToDictionary(RejectReasonText.Describe, StringComparer.Ordinal);

    private static readonly Dictionary<string, RegistrationStatus> Statuses =
        Enum.GetValues<RegistrationStatus>().ToDictionary(Registration.Describe, StringComparer.Ordinal);

    public static RegistrationNote Say(IStringLocalizer<CampaignsText> text, IStringLocalizer<Words> words, string note)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(note);
        var title = TitlePrefix().Match(note);
        var rest = note[title.Length..];
        var tail = new List<string>();
        if (rest.EndsWith(SentToTikTok, StringComparison.Ordinal))
        {
            rest = rest[..^SentToTikTok.Length];
            tail.Insert(0, text["Note.SentToTikTok"]);
        }

        if (rest.EndsWith(Held, StringComparison.Ordinal))
        {
            rest = rest[..^Held.Length];
            tail.Insert(0, text["Note.Held"]);
        }

        string? comment = null;
        if (rest.IndexOf(Comment, StringComparison.Ordinal) is var at and >= 0)
        {
            comment = rest[(at + Comment.Length)..];
            rest = rest[..at];
        }

        return Outcome(text, words, rest) is { } said ? new RegistrationNote(title.Value + string.Join(". ", [said, .. tail]), comment) : new RegistrationNote(note, null);
    }

    private static string? Outcome(IStringLocalizer<CampaignsText> text, IStringLocalizer<Words> words, string outcome)
    {
        if (Registered.Match(outcome) is { Success: true } registered)
        {
            return text["Note.Registered", registered.Groups["shop"].Value, Terms(text, registered)];
        }

        if (FoundOnTikTok.Match(outcome) is { Success: true } found && Statuses.TryGetValue(found.Groups["status"].Value, out var status))
        {
            var shop = found.Groups["unlisted"].Success ? text["Note.UnlistedShop", found.Groups["shop"].Value].Value : found.Groups["shop"].Value;
            return text["Note.FromTikTok", shop, Terms(text, found), words.Label(status)];
        }

        if (Sync(text, words, outcome) is { } synced)
        {
            return synced;
        }

        if (Approved.Match(outcome) is { Success: true } approved)
        {
            return text["Note.Approved", Terms(text, approved)];
        }

        if (Rejected().Match(outcome) is { Success: true } rejected)
        {
            var reasons = rejected.Groups["reasons"].Value.Split(", ");
            var said = reasons.All(Reasons.ContainsKey) ? string.Join(", ", reasons.Select(r => words.Label(Reasons[r]))) : rejected.Groups["reasons"].Value;
            return text[rejected.Groups["forever"].Success ? "Note.RejectedForever" : "Note.Rejected", said];
        }

        if (Edited.Match(outcome) is { Success: true } edited && edited.Groups["fields"].Value.Split(", ").All(Fields.Contains))
        {
            var fields = string.Join(", ", edited.Groups["fields"].Value.Split(", ").Select(f => text[$"Note.Field.{f}"].Value));
            return edited.Groups["before"].Success
                ? text["Note.ChangedTerms", fields, Terms(text, edited, "before"), Terms(text, edited, "after")]
                : text["Note.Changed", fields];
        }

        return outcome switch
        {
            "Nothing changed" => text["Note.NothingChanged"].Value,
            "Close request accepted: the product leaves the campaign" => text["Note.CloseAccepted"].Value,
            "Close request declined: the product stays in the campaign" => text["Note.CloseDeclined"].Value,
            _ => null,
        };
    }

    /// <summary>What a sync from TikTok changed, when every part of the note is a change it knows.</summary>
    private static string? Sync(IStringLocalizer<CampaignsText> text, IStringLocalizer<Words> words, string note)
    {
        var changes = SyncChange.Matches(note);
        if (changes.Count == 0 || changes.Sum(c => c.Length) != note.Length)
        {
            return null;
        }

        var said = new List<string>();
        foreach (Match change in changes)
        {
            if (SyncChangeText(text, words, change) is not { } one)
            {
                return null;
            }

            said.Add(one);
        }

        return string.Join("; ", said);
    }

    private static string? SyncChangeText(IStringLocalizer<CampaignsText> text, IStringLocalizer<Words> words, Match change)
    {
        var groups = change.Groups;
        string? Status(string group) => Statuses.TryGetValue(groups[group].Value, out var status) ? words.Label(status) : null;
        if (groups["found"].Success)
        {
            return text["Note.Sync.Found", groups["found"].Value];
        }

        if (groups["title"].Success)
        {
            return text["Note.Sync.Details", groups["title"].Value, groups["low"].Value, groups["high"].Value, groups["stock"].Value];
        }

        if (groups["terms"].Success || groups["conflict"].Success)
        {
            return text[groups["terms"].Success ? "Note.Sync.Terms" : "Note.Sync.Conflict", Terms(text, change, "before"), Terms(text, change, "after")];
        }

        if (groups["heldsent"].Success)
        {
            return text["Note.Sync.PendingHeld"];
        }

        if (groups["here"].Success)
        {
            return Status("here") is { } here ? text["Note.Sync.PendingHere", here].Value : null;
        }

        return (Status("from"), Status("to")) is ({ } from, { } to)
            ? text[groups["notsent"].Success ? "Note.Sync.StatusNotSent" : "Note.Sync.Status", from, to].Value
            : null;
    }

    private static string Terms(IStringLocalizer<CampaignsText> text, Match terms, string prefix = "") =>
        text["Note.Terms", Percent(terms.Groups[prefix + "total"].Value), Percent(terms.Groups[prefix + "partner"].Value),
            Percent(terms.Groups[prefix + "creator"].Value), terms.Groups[prefix + "quota"].Value];

    /// <summary>Terms as <c>Registration.Terms</c> stores them, each number in a group named with the prefix.</summary>
    private static string TermsOf(string prefix) =>
        $@"(?<{prefix}total>[\d.]+) % \((?<{prefix}partner>[\d.]+) % agency \+ (?<{prefix}creator>[\d.]+) % creator\), (?<{prefix}quota>\d+) samples";

    private static Regex Pattern(string pattern) => new(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static string Percent(string stored) =>
        decimal.Parse(stored, CultureInfo.InvariantCulture).ToString("0.##", CultureInfo.CurrentCulture) + " %";

    [GeneratedRegex("^“[^”]*”: ")]
    private static partial Regex TitlePrefix();

    [GeneratedRegex(@"^Rejected (?:(?<forever>forever)|\(may register again\)): (?<reasons>.+)$")]
    private static partial Regex Rejected();
}

/// <summary>A history note in the reader's language, and the reviewer's own comment in the words they typed (never translated).</summary>
internal sealed record RegistrationNote(string Said, string? Comment);
