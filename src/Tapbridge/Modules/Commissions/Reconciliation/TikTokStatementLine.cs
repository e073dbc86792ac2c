namespace Tapbridge.Modules.Commissions.Reconciliation;

/// <summary>
/// One order line of TikTok's statement as Finance imported it: the partner commission TikTok says it paid the agency
/// for an order SKU, and when. One per order SKU and market: a later statement with a new amount for it replaces it.
/// </summary>
internal sealed class TikTokStatementLine
{
    private TikTokStatementLine()
    {
    }

    public Guid Id { get; private set; }
    public string MarketCode { get; private set; } = "";
    public string Currency { get; private set; } = "";
    public string OrderId { get; private set; } = "";
    public string SkuId { get; private set; } = "";

    /// <summary>"2026-10": the month the order was placed, in the market's time (as the finance periods).</summary>
    public string Month { get; private set; } = "";
    public DateOnly PaidOn { get; private set; }

    /// <summary>In minor units; negative when TikTok took commission back.</summary>
    public long PartnerCommission { get; private set; }
    public string FileName { get; private set; } = "";
    public string ImportedBy { get; private set; } = "";
    public DateTimeOffset ImportedAt { get; private set; }
    public int Version { get; private set; }

    public static TikTokStatementLine Import(StatementRow row, string marketCode, string currency, string fileName, string by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new()
        {
            Id = Guid.CreateVersion7(now), MarketCode = marketCode, Currency = currency, OrderId = row.OrderId, SkuId = row.SkuId, Month = row.Month, PaidOn = row.PaidOn,
            PartnerCommission = row.PartnerCommission, FileName = fileName, ImportedBy = by, ImportedAt = now,
        };
    }

    /// <summary>Takes a later statement's figures for the line; false when they are the ones already recorded.</summary>
    public bool Update(StatementRow row, string fileName, string by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.PaidOn == PaidOn && row.PartnerCommission == PartnerCommission && row.Month == Month)
        {
            return false;
        }

        (Month, PaidOn, PartnerCommission, FileName, ImportedBy, ImportedAt) = (row.Month, row.PaidOn, row.PartnerCommission, fileName, by, now);
        Version++;
        return true;
    }
}
