namespace Tapbridge.Modules.Campaigns.Trends;

/// <summary>A product's units sold in its campaign as TikTok reported them (P6 <c>product_sales</c>, a running total) on one UTC day.</summary>
internal sealed class SalesDay
{
    private SalesDay()
    {
    }

    public Guid RegistrationId { get; private set; }
    public DateOnly Day { get; private set; }
    public int UnitsSold { get; private set; }

    public static SalesDay Record(Guid registrationId, DateOnly day, int unitsSold) => new() { RegistrationId = registrationId, Day = day, UnitsSold = unitsSold };

    public void Update(int unitsSold) => UnitsSold = unitsSold;
}
