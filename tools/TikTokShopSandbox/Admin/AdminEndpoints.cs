using System.Text;
using TikTokShopSandbox.Auth;
using TikTokShopSandbox.Common;
using TikTokShopSandbox.Products;
using TikTokShopSandbox.Samples;
using TikTokShopSandbox.Showcase;
using TikTokShopSandbox.Simulation;
using TikTokShopSandbox.Webhooks;
using TikTokShopSandbox.World;

namespace TikTokShopSandbox.Admin;

/// <summary>
/// Sandbox-only controls outside TikTok's paths: the clock, consent without the page, revocation, what sellers and
/// creators do in their own apps, the webhook log and benchmark orders. No authentication: a local tool.
/// </summary>
internal static class AdminEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.AdminGet("/sandbox/clock", call => new { call.World.Now });
        app.MapPost("/sandbox/clock/advance", AdvanceAsync);
        app.AdminPost("/sandbox/authorizations", Authorize);
        app.AdminPost("/sandbox/tokens/revoke", Revoke);
        app.AdminPost("/sandbox/campaigns/{campaign_id}/registrations", Register);
        app.AdminPost("/sandbox/campaigns/{campaign_id}/products/{product_id}/request_close", RequestClose);
        app.AdminGet("/sandbox/creators", Creators);
        app.AdminGet("/sandbox/creators/{creator_open_id}/posting-habit", PostingHabitOf);
        app.AdminGet("/sandbox/shops", Shops);
        app.AdminPost("/sandbox/showcase", AddToShowcase);
        app.AdminGet("/sandbox/samples", call => call.World.Samples.Select(SampleService.Json).ToList());
        app.AdminPost("/sandbox/samples", RequestSample);
        app.AdminPost("/sandbox/samples/{sample_id}/approve", call => DecideSample(call, approve: true));
        app.AdminPost("/sandbox/samples/{sample_id}/reject", call => DecideSample(call, approve: false));
        app.AdminPost("/sandbox/samples/{sample_id}/ship", call => MoveSample(call, "AWAITING_SHIPMENT", SampleService.Ship));
        app.AdminPost("/sandbox/samples/{sample_id}/deliver", call => MoveSample(call, "SHIPPED", SampleService.Deliver));
        app.AdminPost("/sandbox/orders", SellThroughCreator);
        app.AdminGet("/sandbox/webhooks", Webhooks);
        app.AdminPost("/sandbox/orders/synthetic", SyntheticOrderEndpoint.Create);
    }

    private static async Task AdvanceAsync(HttpContext http)
    {
        long seconds;
        try
        {
            var body = JsonBody.Parse(await AdminRoutes.ReadBodyAsync(http), AdminException.BadRequest);
            seconds = body.Long("seconds") ?? throw AdminException.BadRequest("seconds is required");
            if (seconds < 0)
            {
                throw AdminException.BadRequest("seconds must not be negative: the sandbox clock only moves forward");
            }
        }
        catch (AdminException e)
        {
            await AdminRoutes.WriteAsync(http, e.Status, new { Error = e.Message });
            return;
        }

        var now = await http.RequestServices.GetRequiredService<ClockService>().AdvanceAsync(seconds, http.RequestAborted);
        await AdminRoutes.WriteAsync(http, StatusCodes.Status200OK, new { Now = now });
    }

    private static object Authorize(AdminCall call)
    {
        var world = call.World;
        var body = call.Body;
        var userType = body.Int("user_type") ?? throw AdminException.BadRequest("user_type is required (0 seller, 1 creator, 3 partner)");
        var subject = userType switch
        {
            Scopes.PartnerUser => AuthService.PartnerSubject(world),
            Scopes.SellerUser => AuthService.SellerSubject(body.String("shop_code") is { } code ? Shop(world, code) : world.Shops[0]),
            Scopes.CreatorUser => AuthService.CreatorSubject(body.String("creator_open_id") is { } openId ? Creator(world, openId) : world.Creators[0]),
            _ => throw AdminException.BadRequest("user_type must be 0 (seller), 1 (creator) or 3 (partner)"),
        };
        var scopes = body.StringList("scopes");
        var allowed = Scopes.For(userType);
        if (scopes?.FirstOrDefault(s => !allowed.Contains(s, StringComparer.Ordinal)) is { } unknown)
        {
            throw AdminException.BadRequest($"Scope {unknown} does not exist for user_type {userType}; choose from {string.Join(", ", allowed)}");
        }

        return new { Code = AuthService.IssueCode(world, subject, scopes?.Distinct(StringComparer.Ordinal).ToList()) };
    }

    private static object Revoke(AdminCall call)
    {
        var token = call.Body.String("access_token") ?? throw AdminException.BadRequest("access_token is required");
        return AuthService.Revoke(call.World, token) ? new { Revoked = true } : throw AdminException.NotFound("Unknown access_token");
    }

    private static object Register(AdminCall call)
    {
        var world = call.World;
        var campaign = world.CampaignsById.GetValueOrDefault(call.Route("campaign_id")) ?? throw AdminException.NotFound("Campaign not found");
        if (!campaign.RegistrationOpenAt(world.Now))
        {
            throw AdminException.Conflict("The campaign's registration window is not open (it must be published, not closed, and now within the registration period)");
        }

        var body = call.Body;
        var shops = body.String("shop_code") is { } code ? [Shop(world, code)] : world.Shops.Where(campaign.Targets).ToList();
        if (shops.FirstOrDefault(s => !campaign.Targets(s)) is { } excluded)
        {
            throw AdminException.Conflict($"The campaign does not target shop {excluded.Code}");
        }

        var (shop, candidates) = shops.Select(s => (s, Registrations.Candidates(campaign, s, world.Now))).FirstOrDefault(x => x.Item2.Count > 0);
        if (shop is null)
        {
            throw AdminException.Conflict("No targeted shop has a product left to register");
        }

        var offer = Registrations.Offer(Seeds.Random(world.Seed, 12, campaign.Seq, campaign.Products.Count), campaign);
        var total = body.Int("total_commission_rate") ?? offer.Total;
        if (total < campaign.CommissionRate || total > 8000)
        {
            throw AdminException.BadRequest($"total_commission_rate must be between the campaign's commission_rate ({campaign.CommissionRate}) and 8000");
        }

        var creator = body.Int("creator_commission_rate") ?? Math.Min(offer.Creator, total);
        if (creator < 0 || creator > total)
        {
            throw AdminException.BadRequest("creator_commission_rate must be between 0 and total_commission_rate");
        }

        var samples = body.Int("sample_quota") ?? offer.SampleQuota;
        if (samples is < 0 or > 10_000)
        {
            throw AdminException.BadRequest("sample_quota must be between 0 and 10000");
        }

        return ProductJson.Of(world, Registrations.Register(campaign, candidates[0], world.Now, total, creator, samples));
    }

    private static object RequestClose(AdminCall call)
    {
        var registration = CampaignProduct(call.World, call.Route("campaign_id"), call.Route("product_id"));
        if (registration.Status != ReviewStatus.Approved)
        {
            throw AdminException.Conflict($"Only an APPROVED product can be asked to close (it is {Products.CampaignProduct.StatusName(registration.Status)})");
        }

        registration.Status = ReviewStatus.PendingClosed;
        return ProductJson.Of(call.World, registration);
    }

    private static object Creators(AdminCall call) => call.World.Creators.Select(c => new
    {
        CreatorOpenId = c.OpenId,
        c.Username,
        c.Nickname,
        FollowerCount = c.Followers,
        c.Market,
    }).ToList();

    /// <summary>The truth behind a creator's views, for checking advice on when to post.</summary>
    private static object PostingHabitOf(AdminCall call)
    {
        var creator = Creator(call.World, call.Route("creator_open_id"));
        var habit = PostingHabit.Of(call.World, creator);
        return new
        {
            BestStartHour = habit.StartHour,
            BestHours = habit.Hours,
            Days = PostingHabit.DaysName(habit.Days),
            Boost = PostingHabit.Boost,
            TimeZone = Markets.TimeZoneId(creator.Market),
        };
    }

    private static object Shops(AdminCall call) => call.World.Shops.Select(s => new
    {
        ShopId = s.Id,
        s.Code,
        s.Name,
        s.Region,
        s.SellerType,
        SellerName = s.Seller.Name,
        ProductCount = s.Products.Count,
    }).ToList();

    private static object AddToShowcase(AdminCall call)
    {
        var world = call.World;
        var creator = Creator(world, call.Body.String("creator_open_id") ?? throw AdminException.BadRequest("creator_open_id is required"));
        var link = call.Body.String("product_link") ?? throw AdminException.BadRequest("product_link is required");
        var addedAt = call.Body.Long("added_time") ?? world.Now;
        if (addedAt > world.Now)
        {
            throw AdminException.BadRequest($"added_time {addedAt} is after the sandbox's now ({world.Now}): only the past can be backfilled");
        }

        var result = ShowcaseService.AddLink(world, creator, link, addedAt);
        if (result.Item is not { } item)
        {
            throw result.Code == ErrorCodes.InvalidParameter ? AdminException.NotFound(result.Message) : AdminException.Conflict(result.Message);
        }

        return new
        {
            CreatorOpenId = creator.OpenId,
            CampaignId = item.CampaignProduct!.Campaign.Id,
            ProductId = item.Product.Id,
            item.AffiliateProductId,
            CreatorCommissionRate = item.CreatorRate,
            AddedTime = item.AddedAt,
        };
    }

    private static object RequestSample(AdminCall call)
    {
        var world = call.World;
        var body = call.Body;
        var creator = Creator(world, body.String("creator_open_id") ?? throw AdminException.BadRequest("creator_open_id is required"));
        var registration = CampaignProduct(
            world,
            body.String("campaign_id") ?? throw AdminException.BadRequest("campaign_id is required"),
            body.String("product_id") ?? throw AdminException.BadRequest("product_id is required"));
        return SampleService.Json(SampleService.Request(world, creator, registration, body.String("sku_id")));
    }

    private static object DecideSample(AdminCall call, bool approve)
    {
        var sample = Sample(call);
        if (approve)
        {
            SampleService.Approve(call.World, sample);
        }
        else
        {
            SampleService.Reject(sample);
        }

        return SampleService.Json(sample);
    }

    /// <summary>Takes a sample's next step now instead of on its planned day (409 from any other status).</summary>
    private static object MoveSample(AdminCall call, string from, Action<SandboxWorld, SampleRequest> step)
    {
        var sample = Sample(call);
        if (sample.Status != from)
        {
            throw AdminException.Conflict($"The sample request is {sample.Status}, not {from}");
        }

        step(call.World, sample);
        return SampleService.Json(sample);
    }

    private static SampleRequest Sample(AdminCall call)
    {
        var id = call.Route("sample_id");
        return call.World.Samples.FirstOrDefault(s => s.Id == id) ?? throw AdminException.NotFound($"Sample request {id} not found");
    }

    /// <summary>A buyer orders now, through the creator's showcase item of the product (or a post of it, as the simulator picks).</summary>
    private static object SellThroughCreator(AdminCall call)
    {
        var world = call.World;
        var creator = Creator(world, call.Body.String("creator_open_id") ?? throw AdminException.BadRequest("creator_open_id is required"));
        var productId = call.Body.String("product_id") ?? throw AdminException.BadRequest("product_id is required");
        var item = ShowcaseService.Find(world, creator, productId)
            ?? throw AdminException.NotFound($"Product {productId} is not in the showcase of creator {creator.OpenId}");
        var order = OrderSimulator.Create(world, item, world.Now, -world.Orders.Count)
            ?? throw AdminException.Conflict("Only APPROVED products of ONGOING campaigns sell");
        return new { OrderId = order.Id, order.CreateTime, order.Lines[0].ContentType, order.Lines[0].ContentId };
    }

    private static object Webhooks(AdminCall call) => call.World.Webhooks.All.Select(d => new
    {
        d.Id,
        d.Type,
        d.ShopId,
        d.CreatorOpenId,
        d.EventTime,
        d.Attempts,
        d.LastStatus,
        LastAttemptTime = d.LastAttemptAt,
        NextAttemptTime = d.NextAttemptAt,
        State = WebhookOutbox.StateName(d.State),
        Body = Encoding.UTF8.GetString(d.Body),
    }).ToList();

    private static Shop Shop(SandboxWorld world, string code) =>
        world.ShopsByCode.GetValueOrDefault(code) ?? throw AdminException.NotFound($"Shop {code} not found");

    private static Creator Creator(SandboxWorld world, string openId) =>
        world.CreatorsByOpenId.GetValueOrDefault(openId) ?? throw AdminException.NotFound($"Creator {openId} not found");

    private static CampaignProduct CampaignProduct(SandboxWorld world, string campaignId, string productId)
    {
        var campaign = world.CampaignsById.GetValueOrDefault(campaignId) ?? throw AdminException.NotFound($"Campaign {campaignId} not found");
        return campaign.ProductsById.GetValueOrDefault(productId) ?? throw AdminException.NotFound($"Product {productId} is not registered in campaign {campaignId}");
    }
}
