using TikTokShopSandbox.Auth;
using TikTokShopSandbox.Campaigns;
using TikTokShopSandbox.Common;
using TikTokShopSandbox.Orders;
using TikTokShopSandbox.Products;
using TikTokShopSandbox.Samples;
using TikTokShopSandbox.Showcase;
using TikTokShopSandbox.Simulation;
using TikTokShopSandbox.Webhooks;

namespace TikTokShopSandbox.World;

/// <summary>
/// All sandbox state. Every read and write happens under <see cref="Sync"/>; time is <see cref="Now"/>, which only
/// the simulator moves, and every random number comes from the seed.
/// </summary>
internal sealed class SandboxWorld
{
    public SandboxWorld(SandboxOptions options)
    {
        Options = options;
        Seed = options.Seed;
        Now = options.Start.ToUnixTimeSeconds();
        LastBucket = Now - Now % MarketSimulator.BucketSeconds;
        Ids = new IdGenerator(Seed);
        AuthRandom = Seeds.Random(Seed, 2);
        Webhooks = new WebhookOutbox(options.WebhookUrl is not null);
        WorldSeeder.Seed(this);
    }

    public Lock Sync { get; } = new();

    public SandboxOptions Options { get; }

    public int Seed { get; }

    public long Now { get; set; }

    /// <summary>Start of the last simulated hour whose arrivals are already scheduled.</summary>
    public long LastBucket { get; set; }

    public IdGenerator Ids { get; }

    /// <summary>Codes, tokens and links, drawn in call order.</summary>
    public Random AuthRandom { get; }

    /// <summary>The live queue of future changes; a history backfill swaps in its own while it replays the past.</summary>
    public Scheduler Scheduler { get; set; } = new();

    /// <summary>While the past is replayed no webhook is queued: TikTok would have delivered those back then.</summary>
    public bool WebhooksMuted { get; set; }

    public WebhookOutbox Webhooks { get; }

    public Partner Partner { get; set; } = null!;

    public List<Shop> Shops { get; } = [];

    public Dictionary<string, Shop> ShopsByCode { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Product> ProductsById { get; } = new(StringComparer.Ordinal);

    public List<Creator> Creators { get; } = [];

    public Dictionary<string, Creator> CreatorsByOpenId { get; } = new(StringComparer.Ordinal);

    public List<Campaign> Campaigns { get; } = [];

    public Dictionary<string, Campaign> CampaignsById { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, PromotionLink> Links { get; } = new(StringComparer.Ordinal);

    public List<ShowcaseItem> Showcase { get; } = [];

    public List<Order> Orders { get; } = [];

    public Dictionary<string, Order> OrdersById { get; } = new(StringComparer.Ordinal);

    /// <summary>Every TAP order, simulated or synthetic, by category asset and campaign in create-time order (P10).</summary>
    public OrderIndex OrderIndex { get; } = new();

    public List<ReturnRecord> Returns { get; } = [];

    public List<CancellationRecord> Cancellations { get; } = [];

    public List<SampleRequest> Samples { get; } = [];

    public Dictionary<string, AuthCode> Codes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, AccessToken> Tokens { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Grant> GrantsByRefreshToken { get; } = new(StringComparer.Ordinal);

    public void AddShop(Shop shop)
    {
        Shops.Add(shop);
        ShopsByCode.Add(shop.Code, shop);
    }

    public void AddProduct(Product product) => ProductsById.Add(product.Id, product);

    public void AddCreator(Creator creator)
    {
        Creators.Add(creator);
        CreatorsByOpenId.Add(creator.OpenId, creator);
    }

    public bool IsAuthorized(Seller seller) =>
        GrantsByRefreshToken.Values.Any(g => !g.Revoked && g.Subject.Seller == seller);

    public Grant? CreatorGrant(Creator creator) =>
        GrantsByRefreshToken.Values.FirstOrDefault(g => !g.Revoked && g.Subject.Creator == creator);

    /// <summary>A webhook for an authorized seller's shop (types 1, 6, 11, 12).</summary>
    public void ShopWebhook(Shop shop, int type, object data)
    {
        if (!WebhooksMuted && IsAuthorized(shop.Seller))
        {
            Webhooks.Enqueue(Now, Ids.Next(IdKind.Notification), type, shop.Id, null, data);
        }
    }

    /// <summary>A webhook for an authorized creator (types 17, 20).</summary>
    public void CreatorWebhook(Creator creator, int type, object data, bool force = false)
    {
        if (!WebhooksMuted && (force || CreatorGrant(creator) is not null))
        {
            Webhooks.Enqueue(Now, Ids.Next(IdKind.Notification), type, null, creator.OpenId, data);
        }
    }
}
