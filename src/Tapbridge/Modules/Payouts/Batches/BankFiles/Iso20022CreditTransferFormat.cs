using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.Extensions.Options;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Payouts.Batches.BankFiles;

/// <summary>
/// ISO 20022 customer credit transfer initiation (pain.001.001.03), which the region's cash management banks take
/// host to host: one payment from the agency's paying account in the market (Payouts:PayingAccounts:{market}:Name,
/// :AccountNumber, :Bic), one credit transfer per line, its reference as the end-to-end id so the bank's report
/// matches back. The message id is the batch's reference and the file is the same on every download, so a bank that
/// refuses a message id it has seen refuses a second submission of the batch.
/// </summary>
internal sealed class Iso20022CreditTransferFormat(IOptions<PayoutSettings> settings) : IBankFileFormat
{
    private static readonly XNamespace Ns = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";

    public string Code => "pain.001";

    public string Name => "ISO 20022 credit transfers (pain.001.001.03)";

    public bool Serves(Market market) => true;

    public string? Unavailable(Market market)
    {
        ArgumentNullException.ThrowIfNull(market);
        return settings.Value.PayingAccountIn(market) is null
            ? $"Needs the agency's paying account in {market.Name}: set Payouts:PayingAccounts:{market.Code}:Name, :AccountNumber and :Bic."
            : null;
    }

    public BankFile Write(BankFileBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var market = batch.Market;
        var account = settings.Value.PayingAccountIn(market)
            ?? throw new InvalidOperationException($"No complete paying account in {market.Name}; ask Unavailable first.");
        var count = batch.Transfers.Count.ToString(CultureInfo.InvariantCulture);
        var total = market.Plain(batch.Total);
        var payment = new XElement(Ns + "PmtInf",
            new XElement(Ns + "PmtInfId", batch.Reference),
            new XElement(Ns + "PmtMtd", "TRF"),
            new XElement(Ns + "BtchBookg", "false"),
            new XElement(Ns + "NbOfTxs", count),
            new XElement(Ns + "CtrlSum", total),
            new XElement(Ns + "ReqdExctnDt", batch.PayDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new XElement(Ns + "Dbtr", Text("Nm", account.Name!, 140)),
            new XElement(Ns + "DbtrAcct", new XElement(Ns + "Id", new XElement(Ns + "Othr", Text("Id", account.AccountNumber!, 34))), new XElement(Ns + "Ccy", market.Currency)),
            new XElement(Ns + "DbtrAgt", new XElement(Ns + "FinInstnId", new XElement(Ns + "BIC", account.Bic!.Trim().ToUpperInvariant()))),
            new XElement(Ns + "ChrgBr", "SLEV"),
            batch.Transfers.Select(t => new XElement(Ns + "CdtTrfTxInf",
                new XElement(Ns + "PmtId", new XElement(Ns + "EndToEndId", t.Reference)),
                new XElement(Ns + "Amt", new XElement(Ns + "InstdAmt", new XAttribute("Ccy", market.Currency), market.Plain(t.Amount))),
                new XElement(Ns + "CdtrAgt", new XElement(Ns + "FinInstnId", Text("Nm", t.ProviderName, 140), new XElement(Ns + "Othr", Text("Id", t.ProviderCode, 35)))),
                new XElement(Ns + "Cdtr", Text("Nm", t.HolderName, 140)),
                new XElement(Ns + "CdtrAcct", new XElement(Ns + "Id", new XElement(Ns + "Othr", Text("Id", t.AccountNumber, 34)))),
                new XElement(Ns + "RmtInf", Text("Ustrd", $"Creator payout {t.Reference}", 140)))));
        var document = new XDocument(new XDeclaration("1.0", "UTF-8", null), new XElement(Ns + "Document",
            new XElement(Ns + "CstmrCdtTrfInitn",
                new XElement(Ns + "GrpHdr",
                    new XElement(Ns + "MsgId", batch.Reference),
                    new XElement(Ns + "CreDtTm", batch.ApprovedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture)),
                    new XElement(Ns + "NbOfTxs", count),
                    new XElement(Ns + "CtrlSum", total),
                    new XElement(Ns + "InitgPty", Text("Nm", account.Name!, 140))),
                payment)));
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            document.Save(writer);
        }

        return new BankFile($"{batch.Reference}.xml", "application/xml", stream.ToArray());
    }

    /// <summary>ISO 20022's text types have maximum lengths; a longer name is cut rather than making the file invalid.</summary>
    private static XElement Text(string name, string value, int max) => new(Ns + name, value.Trim().Length <= max ? value.Trim() : value.Trim()[..max]);
}
