namespace Tapbridge.Modules.Payouts.Methods;

/// <summary>A payout method as people and the API see it: the account number masked to its last four digits.</summary>
public sealed record PayoutMethodView(
    Guid Id,
    string Market,
    PayoutMethodKind Kind,
    string Provider,
    string ProviderName,
    string HolderName,
    string AccountNumber,
    PayoutMethodStatus Status,
    DateTimeOffset AddedAt,
    DateTimeOffset UsableFrom,
    DateTimeOffset? EndedAt,
    string? Hold,
    string? ReviewNote)
{
    public static PayoutMethodView Of(PayoutMethod method, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(method);
        return new(method.Id, method.MarketCode, method.Kind, method.ProviderCode, method.Provider.Name, method.HolderName, method.MaskedAccountNumber, method.Status,
            method.AddedAt, method.UsableFrom, method.EndedAt, method.Hold(now), method.ReviewNote);
    }
}

/// <summary>A creator's payout method, the ones before it, and what a change needs.</summary>
public sealed record CreatorPayoutMethods(
    string Market,
    string NameOnRecord,
    PayoutMethodView? Current,
    IReadOnlyList<PayoutMethodView> Earlier,
    IReadOnlyList<PayoutProvider> Providers,
    int HoldHours)
{
    /// <summary>Changes are confirmed by an authenticator app's code instead of a mailed one.</summary>
    public bool AuthenticatorOn { get; init; }
}

/// <summary>A change of payout method: the new account, and the password and the code (mailed, or the authenticator app's) that confirm it is the creator.</summary>
public sealed record PayoutMethodChange(string? Provider, string? HolderName, string? AccountNumber, string? Password, string? Code);

public sealed record PayoutMethodCodeSent(string SentTo, DateTimeOffset ExpiresAt);

/// <summary>A method waiting for staff: the holder's name beside the creator's name on record.</summary>
public sealed record PayoutMethodForReview(Guid CreatorId, string Handle, string NameOnRecord, PayoutMethodView Method);

public sealed record PayoutMethodReview(bool Accept, string? Note);

/// <summary>Whether the creator's payout changes are confirmed by an authenticator app, and since when.</summary>
internal sealed record PayoutAuthenticatorStatus(bool Enabled, DateTimeOffset? EnabledAt);

/// <summary>A secret to add to the authenticator app: scan the QR code (a PNG, Base64) or type the key; then confirm with a code.</summary>
internal sealed record PayoutAuthenticatorSetup(string Key, string Uri, string QrCodePng);

public sealed record PayoutAuthenticatorRequest(string? Password, string? Code);
