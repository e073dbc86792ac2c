using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Tapbridge.Modules.Payouts;
using Tapbridge.Modules.Payouts.Batches.BankFiles;
using Tapbridge.Modules.Payouts.Methods;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Tests.Modules.Payouts;

/// <summary>The bank files: every transfer once with its full account and reference, totals that add up, amounts in the currency's own decimals.</summary>
public sealed class BankFileFormatTests
{
    private static readonly XNamespace Pain = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";
    private static readonly DateTimeOffset Approved = new(2026, 12, 20, 3, 15, 0, TimeSpan.Zero);

    private static readonly BankFileBatch Vietnam = new("TB-VN-20261225", Market.Vietnam, new DateOnly(2026, 12, 25), Approved,
    [
        new("TB-VN-20261225-1", "MOMO", "MoMo", PayoutMethodKind.EWallet, "Nguyễn Thị Lan", "0901230001", 1_250_000, "lan.review"),
        new("TB-VN-20261225-2", "VCB", "Vietcombank", PayoutMethodKind.Bank, "Trần, Bảo", "00710012345678", 480_000, "bao.tech"),
    ]);

    [Fact]
    public void The_csv_has_a_row_per_transfer_and_a_totals_row_with_the_currency_s_decimals()
    {
        var csv = Encoding.UTF8.GetString(new TapbridgeCsvFormat().Write(Vietnam).Content).Trim().Split('\n');
        csv.Length.ShouldBe(4);
        csv[2].ShouldBe("TB-VN-20261225-2,VCB,Vietcombank,Bank,\"Trần, Bảo\",00710012345678,480000,VND,bao.tech");
        csv[^1].ShouldBe("TOTAL,,,,2 transfers,,1730000,VND,");
    }

    [Fact]
    public void The_iso_20022_file_pays_each_line_from_the_agency_s_account_with_control_sums_that_add_up()
    {
        var format = new Iso20022CreditTransferFormat(Configured("VN"));
        format.Unavailable(Market.Vietnam).ShouldBeNull();
        var file = format.Write(Vietnam);
        (file.FileName, file.ContentType).ShouldBe(("TB-VN-20261225.xml", "application/xml"));
        var document = XDocument.Parse(Encoding.UTF8.GetString(file.Content));
        var header = document.Root!.Element(Pain + "CstmrCdtTrfInitn")!.Element(Pain + "GrpHdr")!;
        (header.Element(Pain + "MsgId")!.Value, header.Element(Pain + "NbOfTxs")!.Value, header.Element(Pain + "CtrlSum")!.Value, header.Element(Pain + "CreDtTm")!.Value)
            .ShouldBe(("TB-VN-20261225", "2", "1730000", "2026-12-20T03:15:00"));
        var payment = document.Descendants(Pain + "PmtInf").Single();
        payment.Element(Pain + "ReqdExctnDt")!.Value.ShouldBe("2026-12-25");
        payment.Element(Pain + "DbtrAcct")!.Descendants(Pain + "Id").Last().Value.ShouldBe("0071001234567");
        payment.Element(Pain + "DbtrAgt")!.Descendants(Pain + "BIC").Single().Value.ShouldBe("BFTVVNVX");
        var transfers = payment.Elements(Pain + "CdtTrfTxInf").ToList();
        transfers.Select(t => t.Descendants(Pain + "EndToEndId").Single().Value).ShouldBe(["TB-VN-20261225-1", "TB-VN-20261225-2"]);
        transfers.Sum(t => decimal.Parse(t.Descendants(Pain + "InstdAmt").Single().Value, CultureInfo.InvariantCulture)).ShouldBe(1_730_000m);
        transfers[1].Descendants(Pain + "InstdAmt").Single().Attribute("Ccy")!.Value.ShouldBe("VND");
        transfers[1].Element(Pain + "CdtrAcct")!.Descendants(Pain + "Id").Last().Value.ShouldBe("00710012345678");
        transfers[1].Element(Pain + "Cdtr")!.Element(Pain + "Nm")!.Value.ShouldBe("Trần, Bảo");
        Encoding.UTF8.GetString(format.Write(Vietnam).Content).ShouldBe(Encoding.UTF8.GetString(file.Content), "every download is the same file, so the bank refuses a second submission");
    }

    [Fact]
    public void The_iso_20022_file_writes_minor_units_and_cuts_names_to_the_standard_s_length()
    {
        var longName = new string('A', 150);
        var philippines = new BankFileBatch("TB-PH-20261225", Market.Philippines, new DateOnly(2026, 12, 25), Approved,
            [new("TB-PH-20261225-1", "GCASH", "GCash", PayoutMethodKind.EWallet, longName, "09171230001", 123_405, "maria")]);
        var document = XDocument.Parse(Encoding.UTF8.GetString(new Iso20022CreditTransferFormat(Configured("PH")).Write(philippines).Content));
        document.Descendants(Pain + "InstdAmt").Single().Value.ShouldBe("1234.05");
        document.Descendants(Pain + "Cdtr").Single().Element(Pain + "Nm")!.Value.Length.ShouldBe(140);
    }

    [Fact]
    public void Without_the_agency_s_paying_account_the_iso_20022_file_says_which_settings_are_missing()
    {
        var format = new Iso20022CreditTransferFormat(Configured("VN"));
        format.Unavailable(Market.Philippines).ShouldNotBeNull().ShouldContain("Payouts:PayingAccounts:PH:Name, :AccountNumber and :Bic");
    }

    private static IOptions<PayoutSettings> Configured(string market) => Options.Create(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        [$"Payouts:PayingAccounts:{market}:Name"] = "Sunrise Affiliates",
        [$"Payouts:PayingAccounts:{market}:AccountNumber"] = market == "VN" ? "0071001234567" : "002180041234",
        [$"Payouts:PayingAccounts:{market}:Bic"] = market == "VN" ? "bftvvnvx" : "BNORPHMM",
    }).Build().GetSection("Payouts").Get<PayoutSettings>()!);
}
