using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Sellers.Shops;

internal static class ShopCodes
{
    /// <summary>Says which field is wrong before the unique index would refuse the insert without a name.</summary>
    public static async Task EnsureFreeAsync(TapbridgeDbContext db, string marketCode, string shopCode, CancellationToken cancellationToken)
    {
        var code = shopCode.Trim().ToUpperInvariant();
        if (await db.Set<Shop>().AnyAsync(s => s.MarketCode == marketCode && s.ShopCode == code, cancellationToken))
        {
            throw RuleViolationException.Say<SellersRules>("Shop.RegisteredElsewhere", "shopCode", code, marketCode);
        }
    }
}
