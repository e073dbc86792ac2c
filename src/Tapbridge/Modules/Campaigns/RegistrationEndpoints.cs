using System.Security.Claims;
using System.Text;
using Tapbridge.Modules.Campaigns.Registrations;
using Tapbridge.Modules.Campaigns.Review;
using Tapbridge.Platform.Auth;

namespace Tapbridge.Modules.Campaigns;

/// <summary>Registrations through the API: sellers' own (scoped to their shops), the agency's review queue and catalogue.</summary>
internal static class RegistrationEndpoints
{
    public static void MapRegistrations(this WebApplication app)
    {
        var seller = app.MapGroup("/api/v1/seller").WithTags("Seller registrations").RequireAuthorization(Policies.Seller);
        seller.MapGet("/campaigns", async (ClaimsPrincipal user, SellerRegistrations service, CancellationToken ct) =>
            TypedResults.Ok(await service.OpenCampaignsAsync(Actor.From(user), ct))).WithName("ListOpenCampaigns");
        seller.MapGet("/registrations", async (Guid? campaignId, RegistrationStatus? status, ClaimsPrincipal user, SellerRegistrations service, CancellationToken ct) =>
            TypedResults.Ok(await service.ListAsync(Actor.From(user), campaignId, status, ct))).WithName("ListMyRegistrations");
        seller.MapGet("/registrations/{id:guid}", async (Guid id, ClaimsPrincipal user, SellerRegistrations service, CancellationToken ct) =>
            TypedResults.Ok(await service.GetAsync(Actor.From(user), id, ct))).WithName("GetMyRegistration");
        seller.MapPost("/campaigns/{campaignId:guid}/registrations", async (Guid campaignId, RegistrationDraft draft, ClaimsPrincipal user, SellerRegistrations service, CancellationToken ct) =>
        {
            var registration = await service.RegisterAsync(Actor.From(user), campaignId, draft, ct);
            return TypedResults.Created($"/api/v1/seller/registrations/{registration.Id}", registration);
        }).WithName("RegisterProduct");
        seller.MapPut("/registrations/{id:guid}", async (Guid id, RegistrationDraft draft, ClaimsPrincipal user, SellerRegistrations service, CancellationToken ct) =>
            TypedResults.Ok(await service.EditAsync(Actor.From(user), id, draft, ct))).WithName("EditRegistration");
        seller.MapPost("/registrations/{id:guid}/request-close", async (Guid id, CloseRequest? body, ClaimsPrincipal user, SellerRegistrations service, CancellationToken ct) =>
            TypedResults.Ok(await service.RequestCloseAsync(Actor.From(user), id, body?.Reason, ct))).WithName("RequestRegistrationClose");

        var agency = app.MapGroup("/api/v1/agency").WithTags("Review and catalogue");
        agency.MapGet("/registrations", async ([AsParameters] ReviewQueryParameters q, RegistrationReview review, CancellationToken ct) =>
            TypedResults.Ok(await review.QueueAsync(q.ToQuery(), ct))).RequireAuthorization(Policies.AgencyStaff).WithName("ReviewQueue");
        agency.MapGet("/registrations/{id:guid}", async (Guid id, RegistrationReview review, CancellationToken ct) =>
            TypedResults.Ok(await review.GetAsync(id, ct))).RequireAuthorization(Policies.AgencyStaff).WithName("GetRegistration");
        agency.MapPost("/registrations/{id:guid}/review", async (Guid id, ReviewRequest request, ClaimsPrincipal user, RegistrationReview review, CancellationToken ct) =>
            TypedResults.Ok(await review.DecideAsync(Actor.From(user), id, request, ct))).RequireAuthorization(Policies.AgencyManager).WithName("ReviewRegistration");
        agency.MapPost("/registrations/review", async (BulkReviewRequest request, ClaimsPrincipal user, RegistrationReview review, CancellationToken ct) =>
            TypedResults.Ok(await review.DecideManyAsync(Actor.From(user), request, ct))).RequireAuthorization(Policies.AgencyManager).WithName("ReviewRegistrations");
        agency.MapPost("/registrations/{id:guid}/accept-tiktok-terms", async (Guid id, ClaimsPrincipal user, RegistrationReview review, CancellationToken ct) =>
            TypedResults.Ok(await review.AcceptTikTokTermsAsync(Actor.From(user), id, ct))).RequireAuthorization(Policies.AgencyManager).WithName("AcceptTikTokTerms");
        agency.MapGet("/catalogue", async ([AsParameters] CatalogueParameters q, ForwardingCatalogue catalogue, CancellationToken ct) =>
            TypedResults.Ok(await catalogue.QueryAsync(q.ToQuery(), ct))).RequireAuthorization(Policies.AgencyStaff).WithName("Catalogue");
        agency.MapGet("/catalogue.csv", async ([AsParameters] CatalogueParameters q, ForwardingCatalogue catalogue, CancellationToken ct) =>
            TypedResults.File(Encoding.UTF8.GetBytes(await catalogue.ExportCsvAsync(q.ToQuery(), ct)), "text/csv", $"catalogue-{q.Market}.csv"))
            .RequireAuthorization(Policies.AgencyStaff).WithName("CatalogueCsv");
    }
}

public sealed record CloseRequest(string? Reason);

internal sealed record ReviewQueryParameters(
    string? Market, Guid? CampaignId, string? CategoryId, Guid? SellerId, int? MinRate, int? MaxRate, RegistrationStatus? Status, string? Search, int? Page, int? PageSize)
{
    public ReviewQuery ToQuery() => new()
    {
        Market = Market?.ToUpperInvariant(), CampaignId = CampaignId, CategoryId = CategoryId, SellerId = SellerId, MinRate = MinRate, MaxRate = MaxRate,
        Status = Status, Search = Search, Page = Page ?? 1, PageSize = PageSize ?? 25,
    };
}

internal sealed record CatalogueParameters(string Market, string? CategoryId, int? MinRate, int? MaxRate, RegistrationStatus? Status, Guid? CampaignId, CatalogueSort? Sort, int? Page, int? PageSize)
{
    public CatalogueQuery ToQuery() => new()
    {
        Market = Market, CategoryId = CategoryId, MinRate = MinRate, MaxRate = MaxRate, Status = Status, CampaignId = CampaignId, Sort = Sort ?? CatalogueSort.Newest,
        Page = Page ?? 1, PageSize = PageSize ?? 50,
    };
}
