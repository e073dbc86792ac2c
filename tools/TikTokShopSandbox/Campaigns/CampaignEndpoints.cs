using TikTokShopSandbox.Auth;
using TikTokShopSandbox.Common;
using TikTokShopSandbox.Signing;

namespace TikTokShopSandbox.Campaigns;

/// <summary>P1–P5: create, edit, publish, list and read partner campaigns.</summary>
internal static class CampaignEndpoints
{
    private const string Base = "/affiliate_partner/202405/campaigns";
    private static readonly EndpointSpec Manage = new(Family.Partner, CipherRule.Required, Scopes.PartnerCampaignWrite);
    private static readonly EndpointSpec Read = new(Family.Partner, CipherRule.Required, Scopes.PartnerCampaignRead);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.OpenPost(Base, Manage, Create);
        app.OpenPost(Base + "/{campaign_id}/partial_edit", Manage, Edit);
        app.OpenPost(Base + "/{campaign_id}/publish", Manage, Publish);
        app.OpenGet(Base, Read, List);
        app.OpenGet(Base + "/{campaign_id}", Read, Detail);
    }

    private static object Create(ApiCall call)
    {
        var world = call.World;
        var asset = call.Asset!;
        var draft = CampaignRules.Read(world, asset.Market, call.Body, null, call.Now);
        var campaign = new Campaign
        {
            Id = world.Ids.Next(IdKind.Campaign),
            Asset = asset,
            Seq = world.Campaigns.Count,
            CreatedAt = call.Now,
            Name = draft.Name!,
            Description = draft.Description!,
            CampaignStart = draft.CampaignStart!.Value,
            CampaignEnd = draft.CampaignEnd!.Value,
            RegistrationStart = draft.RegistrationStart!.Value,
            RegistrationEnd = draft.RegistrationEnd!.Value,
            CommissionRate = draft.CommissionRate!.Value,
            Contact = draft.Contact!,
            TargetShops = draft.TargetShops,
            TargetSellerTypes = draft.TargetSellerTypes,
        };
        world.Campaigns.Add(campaign);
        world.CampaignsById.Add(campaign.Id, campaign);
        return new { CampaignId = campaign.Id };
    }

    private static object? Edit(ApiCall call)
    {
        var campaign = PartnerLookup.Campaign(call);
        CampaignRules.Apply(campaign, CampaignRules.Read(call.World, campaign.Market, call.Body, campaign, call.Now));
        return null;
    }

    private static object? Publish(ApiCall call)
    {
        var campaign = PartnerLookup.Campaign(call);
        _ = call.Body; // the body is {} or empty, but malformed JSON is refused as on every POST
        if (campaign.StatusAt(call.Now) != CampaignStatus.Ready)
        {
            throw new ApiException(ErrorCodes.OperationDenied, "Operation denied: only a READY campaign can be published");
        }

        if (call.World.Campaigns.Count(c => c.Asset == campaign.Asset && c.IsOnline(call.Now)) >= CampaignRules.MaxOnline)
        {
            throw new ApiException(ErrorCodes.MaxOnlineCampaigns, $"Max campaign online count reached ({CampaignRules.MaxOnline} UPCOMING or ONGOING)");
        }

        campaign.PublishedAt = call.Now;
        return null;
    }

    private static object List(ApiCall call)
    {
        var size = call.Query.PageSize(1, 100, null);
        var status = call.Query.Enum("status", "READY", "UPCOMING", "ONGOING", "CLOSED", "UNSPECIFIED");
        var type = call.Query.Enum("type", "MY_CAMPAIGNS", "GS_SELLING_CAMPAIGNS", "SELLER_CAMPAIGNS", "EXCLUSIVE_TIKTOK_SHOP") ?? "MY_CAMPAIGNS";
        var filter = call.Query.Enum("query_type_filter", "MARKETPLACE", "JOINED", "AVAILABLE", "DEFAULT");

        // The sandbox has only the partner's own campaigns; the other types list nothing.
        var matches = type == "MY_CAMPAIGNS"
            ? call.World.Campaigns
                .Where(c => c.Asset == call.Asset)
                .Where(c => status is null or "UNSPECIFIED" || Campaign.StatusName(c.StatusAt(call.Now)) == status)
                .ToList()
            : [];
        var page = Paging.Slice(matches, size, call.Query["page_token"], $"campaigns|{call.Asset!.Cipher}|{status}|{type}|{filter}");
        return new
        {
            Campaigns = page.Items.Select(c => new
            {
                c.Id,
                c.Name,
                Status = Campaign.StatusName(c.StatusAt(call.Now)),
                RegistrationStartTime = c.RegistrationStart,
                RegistrationEndTime = c.RegistrationEnd,
                CampaignStartTime = c.CampaignStart,
                CampaignEndTime = c.CampaignEnd,
            }).ToList(),
            page.NextPageToken,
            page.TotalCount,
        };
    }

    private static object Detail(ApiCall call)
    {
        var c = PartnerLookup.Campaign(call);
        return new
        {
            c.Id,
            c.Name,
            c.Description,
            Status = Campaign.StatusName(c.StatusAt(call.Now)),
            Region = c.Market,
            RegistrationStartTime = c.RegistrationStart,
            RegistrationEndTime = c.RegistrationEnd,
            CampaignStartTime = c.CampaignStart,
            CampaignEndTime = c.CampaignEnd,
            c.CommissionRate,
            ContactInfo = new { c.Contact.Whatsapp, c.Contact.Email, c.Contact.Phone, c.Contact.Zalo, c.Contact.Viber, c.Contact.Line },
            TargetShops = c.TargetShops.Select(s => new { s.Code, s.Name }).ToList(),
            c.TargetSellerTypes,
        };
    }
}
