using System.Text.Json.Serialization;

namespace Tapbridge.Modules.Commissions;

/// <summary>
/// The chart of accounts. Amounts are signed: debits positive, credits negative, so every entry sums to zero per
/// currency. Creator accounts are kept per creator. The two memo accounts only mirror, for the creator's view, what
/// TikTok pays the creator directly; they balance each other and never mix with the agency's money.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<LedgerAccount>))]
public enum LedgerAccount
{
    /// <summary>Asset: partner commission TikTok owes the agency.</summary>
    TikTokReceivable,

    /// <summary>Income: the agency's partner commission.</summary>
    CommissionRevenue,

    /// <summary>Expense: what the agency funds for creators out of its commission.</summary>
    CreatorShareExpense,

    /// <summary>Liability per creator: earned on orders not yet confirmed (not delivered, or within the hold).</summary>
    CreatorPending,

    /// <summary>Liability per creator: confirmed (delivered, hold passed, nothing returned), waiting for the payout cycle's cut-off.</summary>
    CreatorConfirmed,

    /// <summary>Liability per creator: in the payout cycle, to be paid on its pay date.</summary>
    CreatorPayable,

    /// <summary>Memo per creator: commission TikTok pays the creator directly.</summary>
    TikTokPaidCreatorCommission,

    /// <summary>Memo contra of <see cref="TikTokPaidCreatorCommission"/>.</summary>
    TikTokPaidCreatorCommissionContra,

    /// <summary>Liability per creator: in an approved payout batch, being sent.</summary>
    CreatorInPayout,

    /// <summary>Per creator: what the agency sent them (credit: the money that left).</summary>
    CreatorPaid,
}

/// <summary>Where a line's agency-funded earning stands.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EarningStage>))]
public enum EarningStage
{
    /// <summary>Ordered (estimated) or delivered within the hold.</summary>
    Pending,

    /// <summary>The hold after delivery passed with nothing returned or cancelled.</summary>
    Confirmed,

    /// <summary>Past the payout cycle's cut-off: paid on the cycle's pay date.</summary>
    Payable,

    /// <summary>Cancelled, wholly returned or deducted by TikTok: nothing is owed.</summary>
    Void,
}

internal static class LedgerAccounts
{
    public static LedgerAccount ForStage(EarningStage stage) => stage switch
    {
        EarningStage.Pending or EarningStage.Void => LedgerAccount.CreatorPending,
        EarningStage.Confirmed => LedgerAccount.CreatorConfirmed,
        EarningStage.Payable => LedgerAccount.CreatorPayable,
    };
}
