using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Payouts;

/// <summary>The <c>Payouts</c> section.</summary>
public sealed partial class PayoutSettings : IValidatableObject
{
    /// <summary>Hours before payouts go to a payout method that replaced another.</summary>
    [Range(0, 720, ErrorMessage = "Payouts:MethodHoldHours must be 0 to 720 hours.")]
    public int MethodHoldHours { get; set; } = 72;

    /// <summary>Whether the scheduler prepares each market's batch before pay day.</summary>
    public bool PrepareOnSchedule { get; set; } = true;

    [Range(0, 27, ErrorMessage = "Payouts:PrepareDaysBefore must be 0 to 27 days.")]
    public int PrepareDaysBefore { get; set; } = 5;

    [Range(0.05, 1440, ErrorMessage = "Payouts:SchedulerMinutes must be 0.05 to 1,440 minutes.")]
    public double SchedulerMinutes { get; set; } = 60;

    /// <summary>The agency's paying account per market code; a market without a complete one has no ISO 20022 file.</summary>
    public Dictionary<string, PayingAccount> PayingAccounts { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public PayingAccount? PayingAccountIn(Market market) =>
        PayingAccounts.TryGetValue(market.Code, out var account) && account.IsComplete ? account : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (code, account) in PayingAccounts)
        {
            if (Market.Find(code) is null)
            {
                yield return new ValidationResult($"Payouts:PayingAccounts:{code} is not a market Tapbridge supports.");
            }
            else if (account.Bic is { Length: > 0 } bic && !Bic().IsMatch(bic.Trim()))
            {
                yield return new ValidationResult(
                    $"Payouts:PayingAccounts:{code}:Bic '{bic}' must be a SWIFT/BIC code of 8 or 11 letters and digits.");
            }
            else if (account.AccountNumber is { Length: > 34 })
            {
                yield return new ValidationResult($"Payouts:PayingAccounts:{code}:AccountNumber must be at most 34 characters.");
            }
        }
    }

    /// <summary>The agency's account that pays a market's creators (<c>Payouts:PayingAccounts:{market}</c>).</summary>
    public sealed class PayingAccount
    {
        public string? Name { get; set; }

        public string? AccountNumber { get; set; }

        /// <summary>The bank's SWIFT/BIC code: 8 or 11 letters and digits.</summary>
        public string? Bic { get; set; }

        public bool IsComplete =>
            !string.IsNullOrWhiteSpace(Name) && !string.IsNullOrWhiteSpace(AccountNumber) && !string.IsNullOrWhiteSpace(Bic);
    }

    [GeneratedRegex("^[A-Za-z]{6}[A-Za-z0-9]{2}([A-Za-z0-9]{3})?$")]
    private static partial Regex Bic();
}
