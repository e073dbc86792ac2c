using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tapbridge.Platform.Data;

public static class JsonColumns
{
    /// <summary>Stores a small list of records as one JSON text column, compared by its items (both providers).</summary>
    public static PropertyBuilder<IReadOnlyList<T>> HasJsonConversion<T>(this PropertyBuilder<IReadOnlyList<T>> property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return property.HasConversion(
            items => JsonSerializer.Serialize(items, (JsonSerializerOptions?)null),
            text => JsonSerializer.Deserialize<List<T>>(text, (JsonSerializerOptions?)null) ?? new List<T>(),
            new ValueComparer<IReadOnlyList<T>>((a, b) => a!.SequenceEqual(b!), items => items.Aggregate(0, (h, i) => HashCode.Combine(h, i)), items => items.ToList()));
    }
}
