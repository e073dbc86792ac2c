using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Campaigns;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Samples;

/// <summary>The product pictures of a page of samples, read once per page.</summary>
internal static class SampleImages
{
    public static async Task<Dictionary<Guid, string?>> ForAsync(
        TapbridgeDbContext db, IEnumerable<SampleRequest> samples, CancellationToken cancellationToken)
    {
        var ids = samples.Select(s => s.RegistrationId).Distinct().ToList();
        var rows = await db.Set<Registration>().AsNoTracking()
            .Where(r => ids.Contains(r.Id))
            .Select(r => new { r.Id, r.ImageUrls })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r => r.ImageUrls.FirstOrDefault());
    }
}
