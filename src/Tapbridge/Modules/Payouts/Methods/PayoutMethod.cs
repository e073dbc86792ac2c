using System.Text.Json.Serialization;
using Tapbridge.Platform.Markets;
using static Tapbridge.Platform.RuleViolationException;

namespace Tapbridge.Modules.Payouts.Methods;

[JsonConverter(typeof(JsonStringEnumConverter<PayoutMethodStatus>))]
public enum PayoutMethodStatus
{
    Active,

    /// <summary>The account holder's name differs from the creator's name on record: staff check it before anything is paid to it.</summary>
    NeedsReview,
    Rejected,
    Replaced,
}

/// <summary>
/// Where a creator's payouts in one market go: a bank account or an e-wallet. The account number is stored only
/// encrypted (<see cref="ProtectedAccountNumber"/>) and shown only as its last four digits. A method that replaces
/// another is held for the configured hours first, so a stolen sign-in cannot redirect the next payout unnoticed.
/// </summary>
public sealed class PayoutMethod
{
    public const int MaxHolderName = 100;
    public const int MaxNote = 500;

    private PayoutMethod()
    {
    }

    public Guid Id { get; private set; }
    public Guid CreatorId { get; private set; }
    public string MarketCode { get; private set; } = "";
    public PayoutMethodKind Kind { get; private set; }
    public string ProviderCode { get; private set; } = "";
    public string HolderName { get; private set; } = "";
    public string ProtectedAccountNumber { get; private set; } = "";
    public string AccountLast4 { get; private set; } = "";
    public PayoutMethodStatus Status { get; private set; }
    public DateTimeOffset AddedAt { get; private set; }

    /// <summary>From when payouts may go to it: when added, or after the hold when it replaced another method.</summary>
    public DateTimeOffset UsableFrom { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }
    public string? ReviewedBy { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public string? ReviewNote { get; private set; }
    public int Version { get; private set; }

    public Market Market => Market.Get(MarketCode);
    public PayoutProvider Provider => PayoutProvider.Get(MarketCode, ProviderCode);
    public string MaskedAccountNumber => $"••••{AccountLast4}";
    public bool IsCurrent => EndedAt is null;

    /// <summary>
    /// A new method for <paramref name="creatorId"/>. Errors name the field and never repeat the account number.
    /// <paramref name="hold"/> applies when it replaces another method.
    /// </summary>
    public static PayoutMethod Add(Guid creatorId, Market market, string nameOnRecord, string? provider, string? holderName, string? accountNumber,
        Func<string, string> protect, bool replacesAnother, TimeSpan hold, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(protect);
        var chosen = PayoutProvider.Get(market.Code, provider);
        var holder = (holderName ?? "").Trim();
        Require<PayoutsRules>(holder.Length is >= 2 and <= MaxHolderName && holder.Any(char.IsLetter), "holderName", "Method.HolderName", chosen.Name, MaxHolderName);
        var digits = new string((accountNumber ?? "").Where(c => c is not (' ' or '-')).ToArray());
        Require<PayoutsRules>(digits.Length > 0 && digits.All(char.IsAsciiDigit), "accountNumber", chosen.Kind == PayoutMethodKind.Bank ? "Method.AccountDigits" : "Method.WalletDigits", chosen.Name);
        Require<PayoutsRules>(digits.Length >= chosen.MinDigits && digits.Length <= chosen.MaxDigits, "accountNumber", chosen.MinDigits == chosen.MaxDigits ? "Method.DigitCount" : "Method.DigitRange",
            chosen.Name, chosen.MinDigits, chosen.MaxDigits, digits.Length);
        return new PayoutMethod
        {
            Id = Guid.CreateVersion7(now),
            CreatorId = creatorId,
            MarketCode = market.Code,
            Kind = chosen.Kind,
            ProviderCode = chosen.Code,
            HolderName = holder,
            ProtectedAccountNumber = protect(digits),
            AccountLast4 = digits[^4..],
            Status = HolderNames.Match(holder, nameOnRecord) ? PayoutMethodStatus.Active : PayoutMethodStatus.NeedsReview,
            AddedAt = now,
            UsableFrom = replacesAnother ? now + hold : now,
        };
    }

    /// <summary>A newer method takes its place.</summary>
    public void Replace(DateTimeOffset now)
    {
        Require<PayoutsRules>(IsCurrent, null, "Method.AlreadyReplaced");
        (Status, EndedAt) = (PayoutMethodStatus.Replaced, now);
        Version++;
    }

    /// <summary>Staff accept a holder name that differs from the name on record, or refuse the method with a reason the creator reads.</summary>
    public void Review(bool accept, string? note, string by, DateTimeOffset now)
    {
        Require<PayoutsRules>(Status == PayoutMethodStatus.NeedsReview, null, "Method.NotInReview", Status);
        var reason = note?.Trim();
        Require<PayoutsRules>(accept || reason is { Length: >= 10 }, "note", "Method.RefusalNote", MaxNote);
        Require<PayoutsRules>((reason?.Length ?? 0) <= MaxNote, "note", "Method.NoteLength", MaxNote);
        (Status, ReviewedBy, ReviewedAt, ReviewNote) = (accept ? PayoutMethodStatus.Active : PayoutMethodStatus.Rejected, by, now, string.IsNullOrEmpty(reason) ? null : reason);
        if (!accept)
        {
            EndedAt = now;
        }

        Version++;
    }

    /// <summary>Why nothing can be paid to this method now, or null when payouts may go to it.</summary>
    public string? Hold(DateTimeOffset now) => Status switch
    {
        PayoutMethodStatus.NeedsReview => "The account holder's name differs from your name on record; the agency checks it before paying to this account.",
        PayoutMethodStatus.Rejected => $"Not accepted: {ReviewNote}",
        PayoutMethodStatus.Replaced => "Replaced by a newer payout method.",
        _ when UsableFrom > now => $"New payout method: for your safety, payouts go to it from {Market.ToLocal(UsableFrom):d MMM yyyy, HH:mm} ({Market.Name} time).",
        _ => null,
    };
}
