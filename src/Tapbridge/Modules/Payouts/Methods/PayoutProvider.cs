using System.Text.Json.Serialization;
using Tapbridge.Platform;

namespace Tapbridge.Modules.Payouts.Methods;

[JsonConverter(typeof(JsonStringEnumConverter<PayoutMethodKind>))]
public enum PayoutMethodKind
{
    Bank,
    EWallet,
}

/// <summary>
/// A bank or e-wallet creators of a market can be paid to, with the digits its account numbers have (e-wallets are
/// keyed by the mobile number, PromptPay also by the 13-digit national id). The list is the agency's: what its payout
/// banks can send to.
/// </summary>
public sealed record PayoutProvider(string Code, string Name, string MarketCode, PayoutMethodKind Kind, int MinDigits, int MaxDigits)
{
    private static PayoutProvider Bank(string market, string code, string name, int min = 8, int max = 16) => new(code, name, market, PayoutMethodKind.Bank, min, max);

    private static PayoutProvider Wallet(string market, string code, string name, int min, int max) => new(code, name, market, PayoutMethodKind.EWallet, min, max);

    public static readonly IReadOnlyList<PayoutProvider> All =
    [
        Bank("PH", "BDO", "BDO Unibank", 10, 12), Bank("PH", "BPI", "Bank of the Philippine Islands", 10, 10), Bank("PH", "MBTC", "Metrobank", 13, 13),
        Bank("PH", "LBP", "Land Bank of the Philippines", 10, 10), Bank("PH", "UBP", "UnionBank", 12, 12),
        Wallet("PH", "GCASH", "GCash", 11, 11), Wallet("PH", "MAYA", "Maya", 11, 11),
        Bank("VN", "VCB", "Vietcombank", 10, 14), Bank("VN", "TCB", "Techcombank", 10, 14), Bank("VN", "BIDV", "BIDV", 10, 14),
        Bank("VN", "CTG", "VietinBank", 10, 14), Bank("VN", "MB", "MB Bank", 9, 14),
        Wallet("VN", "MOMO", "MoMo", 10, 10), Wallet("VN", "ZALOPAY", "ZaloPay", 10, 10),
        Bank("TH", "BBL", "Bangkok Bank", 10, 10), Bank("TH", "KBANK", "Kasikornbank", 10, 10), Bank("TH", "SCB", "Siam Commercial Bank", 10, 10),
        Bank("TH", "KTB", "Krungthai Bank", 10, 10),
        Wallet("TH", "TRUEMONEY", "TrueMoney Wallet", 10, 10), Wallet("TH", "PROMPTPAY", "PromptPay", 10, 13),
        Bank("ID", "BCA", "Bank Central Asia", 10, 10), Bank("ID", "MANDIRI", "Bank Mandiri", 13, 13), Bank("ID", "BRI", "Bank Rakyat Indonesia", 15, 15),
        Bank("ID", "BNI", "Bank Negara Indonesia", 10, 10),
        Wallet("ID", "GOPAY", "GoPay", 10, 13), Wallet("ID", "OVO", "OVO", 10, 13), Wallet("ID", "DANA", "DANA", 10, 13),
        Bank("MY", "MAYBANK", "Maybank", 12, 12), Bank("MY", "CIMB", "CIMB Bank", 10, 14), Bank("MY", "PBB", "Public Bank", 10, 10),
        Wallet("MY", "TNG", "Touch 'n Go eWallet", 10, 11),
        Bank("SG", "DBS", "DBS / POSB", 9, 10), Bank("SG", "OCBC", "OCBC", 10, 12), Bank("SG", "UOB", "UOB", 10, 10),
        Wallet("SG", "PAYNOW", "PayNow (mobile number)", 8, 8),
        Bank("US", "ACH", "US bank account (ACH)", 6, 17),
    ];

    public static IReadOnlyList<PayoutProvider> For(string marketCode) => [.. All.Where(p => p.MarketCode == marketCode)];

    public static PayoutProvider Get(string marketCode, string? code) =>
        All.FirstOrDefault(p => p.MarketCode == marketCode && string.Equals(p.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw RuleViolationException.Say<PayoutsRules>("Method.ChooseProvider", "provider", marketCode, string.Join(", ", For(marketCode).Select(p => p.Code)));

    public string Digits => MinDigits == MaxDigits ? $"{MinDigits} digits" : $"{MinDigits}–{MaxDigits} digits";
}
