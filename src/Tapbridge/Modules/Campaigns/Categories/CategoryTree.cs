using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Campaigns.Categories;

/// <summary>
/// Each market's category tree: read by sellers and staff, grown and renamed by what TikTok reports. A market starts
/// with TikTok Shop's main top-level categories (always present), so sellers can register before the first sync brings detailed ones.
/// </summary>
public sealed class CategoryTree(IDbContextFactory<TapbridgeDbContext> contexts, TimeProvider clock)
{
    /// <summary>Where categories TikTok reports without a known parent go.</summary>
    public const string OtherId = "0";

    public static readonly IReadOnlyList<(string Id, string Name)> TopLevel =
    [
        ("601450", "Beauty & Personal Care"),
        ("824584", "Womenswear & Underwear"),
        ("600001", "Home Supplies"),
        ("601755", "Phones & Electronics"),
        ("700437", "Food & Beverages"),
    ];

    public async Task<IReadOnlyList<CategoryNode>> ListAsync(string market, CancellationToken cancellationToken)
    {
        var code = Market.Get(market).Code;
        await EnsureStartedAsync(code, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var all = await db.Set<Category>().AsNoTracking().Where(c => c.MarketCode == code).ToListAsync(cancellationToken);
        return all.Where(c => c.ParentId is null).OrderBy(c => c.Name, StringComparer.Ordinal)
            .Select(top => new CategoryNode(top.Id, top.Name, all.Where(c => c.ParentId == top.Id).OrderBy(c => c.Name, StringComparer.Ordinal)
                .Select(c => new CategoryNode(c.Id, c.Name, [])).ToList()))
            .ToList();
    }

    internal async Task EnsureStartedAsync(string market, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = TopLevel.Select(t => t.Id).ToList();
        var known = await db.Set<Category>().Where(c => c.MarketCode == market && ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
        if (known.Count == ids.Count)
        {
            return;
        }

        var now = clock.GetUtcNow();
        db.AddRange(TopLevel.Where(t => !known.Contains(t.Id)).Select(t => Category.Create(market, t.Id, null, t.Name, now)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request started the same market's tree at the same moment; its rows are the same.
        }
    }

    /// <summary>The category a seller chose, or a rule violation naming the field.</summary>
    internal static async Task<CategoryRef> RequireAsync(TapbridgeDbContext db, string market, string? id, CancellationToken cancellationToken)
    {
        var category = await db.Set<Category>().AsNoTracking().SingleOrDefaultAsync(c => c.MarketCode == market && c.Id == (id ?? "").Trim(), cancellationToken)
            ?? throw RuleViolationException.Say<CampaignsRules>("Category.Choose", "categoryId", market);
        return new CategoryRef(category.Id, category.Name, category.ParentId ?? category.Id);
    }

    /// <summary>
    /// The category TikTok reported for a product: a known one is renamed if TikTok renamed it; an unknown one joins
    /// the tree under "Other categories" (TikTok's product list gives no parent); none at all is "Other categories".
    /// </summary>
    internal static async Task<CategoryRef> LearnAsync(TapbridgeDbContext db, string market, string id, string name, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (id.Length == 0)
        {
            return await OtherAsync(db, market, now, cancellationToken);
        }

        var category = await FindAsync(db, market, id, cancellationToken);
        if (category is null)
        {
            var other = await OtherAsync(db, market, now, cancellationToken);
            category = Category.Create(market, id, other.Id, Cut(name.Length > 0 ? name : $"Category {id}"), now);
            db.Add(category);
        }
        else
        {
            category.Rename(Cut(name), now);
        }

        return new CategoryRef(category.Id, category.Name, category.ParentId ?? category.Id);
    }

    private static async Task<CategoryRef> OtherAsync(TapbridgeDbContext db, string market, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, market, OtherId, cancellationToken) is null)
        {
            db.Add(Category.Create(market, OtherId, null, "Other categories", now));
        }

        return new CategoryRef(OtherId, "Other categories", OtherId);
    }

    private static async Task<Category?> FindAsync(TapbridgeDbContext db, string market, string id, CancellationToken cancellationToken) =>
        db.Set<Category>().Local.SingleOrDefault(c => c.MarketCode == market && c.Id == id)
        ?? await db.Set<Category>().SingleOrDefaultAsync(c => c.MarketCode == market && c.Id == id, cancellationToken);

    private static string Cut(string name) => name.Length > 100 ? name[..100] : name;
}

public sealed record CategoryNode(string Id, string Name, IReadOnlyList<CategoryNode> Children);
