using System.Text;
using Tapbridge.Platform.Csv;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Payouts.Batches.BankFiles;

/// <summary>Tapbridge's CSV, for any market: one row per transfer and a totals row, which most banks' bulk upload screens map.</summary>
internal sealed class TapbridgeCsvFormat : IBankFileFormat
{
    public string Code => "csv";

    public string Name => "CSV with a totals row (any bank's bulk upload)";

    public bool Serves(Market market) => true;

    public string? Unavailable(Market market) => null;

    public BankFile Write(BankFileBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var csv = new StringBuilder("reference,provider_code,provider,kind,account_holder,account_number,amount,currency,creator\n");
        foreach (var t in batch.Transfers)
        {
            csv.AppendJoin(',', [t.Reference, t.ProviderCode, CsvCell.Quote(t.ProviderName), t.Kind.ToString(), CsvCell.Quote(t.HolderName), t.AccountNumber,
                batch.Market.Plain(t.Amount), batch.Market.Currency, t.Creator]).Append('\n');
        }

        csv.AppendJoin(',', ["TOTAL", "", "", "", $"{batch.Transfers.Count} transfers", "", batch.Market.Plain(batch.Total), batch.Market.Currency, ""]).Append('\n');
        return new BankFile($"{batch.Reference}.csv", "text/csv", Encoding.UTF8.GetBytes(csv.ToString()));
    }
}
