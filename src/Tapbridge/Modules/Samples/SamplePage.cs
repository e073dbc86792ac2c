using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Campaigns;
using Tapbridge.Modules.Samples.Returns;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Samples;

/// <summary>What a page of samples shows beside each one, read once per page: the product's picture and what it led to.</summary>
internal sealed record SamplePage(IReadOnlyDictionary<Guid, string?> Images, IReadOnlyDictionary<Guid, SampleReturnFigures> Returns)
{
    public static async Task<SamplePage> ForAsync(
        TapbridgeDbContext db, IReadOnlyCollection<SampleRequest> samples, CancellationToken cancellationToken)
    {
        var ids = samples.Select(s => s.RegistrationId).Distinct().ToList();
        var images = await db.Set<Registration>().AsNoTracking()
            .Where(r => ids.Contains(r.Id))
            .Select(r => new { r.Id, r.ImageUrls })
            .ToDictionaryAsync(r => r.Id, r => r.ImageUrls.FirstOrDefault(), cancellationToken);
        var delivered = samples.Where(s => s.DeliveredAt is not null).Select(s => s.Id).ToList();
        var returns = delivered.Count == 0 ? [] : await SampleReturns.OfSamplesAsync(db, delivered, cancellationToken);
        return new SamplePage(images, returns);
    }

    public SampleView View(SampleRequest sample, DateTimeOffset now, SampleReader reader) =>
        SampleView.Of(sample, Images.GetValueOrDefault(sample.RegistrationId), now,
            Returns.TryGetValue(sample.Id, out var figures) ? figures.For(reader) : null);
}
