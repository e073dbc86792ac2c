using Tapbridge.Modules.Payouts.Methods;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Payouts.Batches.BankFiles;

/// <summary>
/// A file a paying bank takes to send a batch's transfers. Each format says which markets it serves; a bank's own
/// format is one more implementation registered beside the others (see ADR 17).
/// </summary>
public interface IBankFileFormat
{
    /// <summary>The format's name in the API: <c>?format=csv</c>.</summary>
    string Code { get; }

    string Name { get; }

    /// <summary>Why the format cannot be made for <paramref name="market"/> yet (e.g. the agency's paying account is not set), or null when it can.</summary>
    string? Unavailable(Market market);

    bool Serves(Market market);

    BankFile Write(BankFileBatch batch);
}

/// <summary>The approved batch as its bank file shows it (the only place account numbers are in full), as of its approval so that every download is the same file.</summary>
public sealed record BankFileBatch(string Reference, Market Market, DateOnly PayDate, DateTimeOffset ApprovedAt, IReadOnlyList<BankTransfer> Transfers)
{
    public long Total => Transfers.Sum(t => t.Amount);
}

/// <summary>One transfer: <paramref name="Amount"/> in minor units of the market's currency.</summary>
public sealed record BankTransfer(string Reference, string ProviderCode, string ProviderName, PayoutMethodKind Kind, string HolderName, string AccountNumber, long Amount, string Creator);

public sealed record BankFile(string FileName, string ContentType, byte[] Content);

/// <summary>A format as Finance picks it for a batch: whether it can be made and, if not, why.</summary>
public sealed record BankFileFormatView(string Code, string Name, string? Unavailable);
