using System.Globalization;
using Tapbridge.Platform.Markets;
using static Tapbridge.Platform.RuleViolationException;

namespace Tapbridge.Modules.Commissions.Reconciliation;

/// <summary>
/// Partner commission TikTok actually paid the agency, as Finance records it from TikTok's statement: for a market and
/// the month of the orders it settles, with TikTok's reference (recorded once). One entered by mistake is withdrawn,
/// never deleted: it stays on record with who withdrew it, when and why, and no longer counts as received.
/// </summary>
internal sealed class TikTokPayment
{
    public const int MaxReference = 64;
    public const int MaxWithdrawalReason = 200;

    private TikTokPayment()
    {
    }

    public Guid Id { get; private set; }
    public string MarketCode { get; private set; } = "";
    public string Currency { get; private set; } = "";

    /// <summary>"2026-10": the month of the orders the payment settles, in the market's time (as the finance periods).</summary>
    public string Month { get; private set; } = "";
    public long Amount { get; private set; }
    public string Reference { get; private set; } = "";
    public DateOnly PaidOn { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }
    public string? WithdrawnBy { get; private set; }
    public string? WithdrawalReason { get; private set; }

    public bool Counts => WithdrawnAt is null;

    public void Withdraw(string by, string? reason, DateTimeOffset now)
    {
        Require<CommissionsRules>(WithdrawnAt is null, null, "Payment.AlreadyWithdrawn", Reference);
        var why = reason?.Trim();
        Require<CommissionsRules>(why is { Length: > 0 and <= MaxWithdrawalReason }, "reason", "Payment.WithdrawalReason", MaxWithdrawalReason);
        WithdrawnAt = now;
        WithdrawnBy = by;
        WithdrawalReason = why;
    }

    public static TikTokPayment Record(Market market, string? month, long? amount, string? reference, DateOnly? paidOn, string by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(market);
        var today = DateOnly.FromDateTime(market.ToLocal(now).DateTime);
        Require<CommissionsRules>(DateOnly.TryParseExact($"{month?.Trim()}-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
                && first <= today && first >= Market.EarliestBusinessDay, "month",
            "Payment.Month", Market.EarliestBusinessDay.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        Require<CommissionsRules>(amount is > 0 && amount <= market.MaxAmount, "amount", "Payment.Amount", market.Currency, market.Money(market.MaxAmount));
        var why = reference?.Trim();
        Require<CommissionsRules>(why is { Length: > 0 and <= MaxReference }, "reference", "Payment.Reference", MaxReference);
        Require<CommissionsRules>(paidOn is { } on && on <= today && on >= first, "paidOn", "Payment.PaidOn");
        return new TikTokPayment
        {
            Id = Guid.CreateVersion7(now), MarketCode = market.Code, Currency = market.Currency, Month = first.ToString("yyyy-MM", CultureInfo.InvariantCulture), Amount = amount!.Value,
            Reference = why!, PaidOn = paidOn!.Value, RecordedBy = by, RecordedAt = now,
        };
    }
}
