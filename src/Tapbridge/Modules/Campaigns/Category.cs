namespace Tapbridge.Modules.Campaigns;

/// <summary>A TikTok Shop product category in one market's tree: TikTok's id and name, and its parent (none at the top).</summary>
internal sealed class Category
{
    private Category()
    {
    }

    public string MarketCode { get; private set; } = "";
    public string Id { get; private set; } = "";
    public string? ParentId { get; private set; }
    public string Name { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }

    public static Category Create(string market, string id, string? parentId, string name, DateTimeOffset now) =>
        new() { MarketCode = market, Id = id, ParentId = parentId, Name = name, UpdatedAt = now };

    /// <summary>TikTok renamed the category; returns whether anything changed.</summary>
    public bool Rename(string name, DateTimeOffset now)
    {
        if (name.Length == 0 || name == Name)
        {
            return false;
        }

        (Name, UpdatedAt) = (name, now);
        return true;
    }
}
