using System.Security.Claims;
using Tapbridge.Platform.Auth;

namespace Tapbridge.Modules.Samples.Review;

/// <summary>The agency's sample desk and rules, and the seller's view of the samples of its own products.</summary>
internal static class SampleDeskEndpoints
{
    public static void MapSampleDesk(this WebApplication app)
    {
        var desk = app.MapGroup("/api/v1/agency/samples").WithTags("Samples");
        desk.MapGet("/", ([AsParameters] SampleQueryParameters query, SampleDesk service, CancellationToken ct) =>
            service.QueueAsync(query.Query, null, ct)).RequireAuthorization(Policies.AgencyStaff).WithName("ListSamples");
        desk.MapGet("/{id:guid}", (Guid id, SampleDesk service, CancellationToken ct) =>
            service.GetAsync(id, null, ct)).RequireAuthorization(Policies.AgencyStaff).WithName("GetSample");
        desk.MapGet("/rules/{market}", (string market, SamplePolicies policies, CancellationToken ct) =>
            policies.TermsAsync(market, ct)).RequireAuthorization(Policies.AgencyStaff).WithName("GetSampleRules");
        desk.MapGet("/rules/products", (string? market, SamplePolicies policies, CancellationToken ct) =>
            policies.ProductsAsync(market ?? "", ct)).RequireAuthorization(Policies.AgencyStaff).WithName("ListProductSampleRules");
        desk.MapGet("/rules/products/{registrationId:guid}", (Guid registrationId, SamplePolicies policies, CancellationToken ct) =>
            policies.ProductAsync(registrationId, ct)).RequireAuthorization(Policies.AgencyStaff).WithName("GetProductSampleRules");

        var manage = desk.MapGroup("/").RequireAuthorization(Policies.AgencyManager);
        manage.MapPost("/decisions", (SampleDecision decision, ClaimsPrincipal user, SampleDesk service, CancellationToken ct) =>
            service.DecideAsync(Actor.From(user), decision, ct)).WithName("DecideSamples");
        manage.MapPost("/{id:guid}/shipment", (Guid id, SampleShipment shipment, SampleDesk service, CancellationToken ct) =>
            service.ShipAsync(id, null, shipment, ct)).WithName("RecordSampleShipment");
        manage.MapPost("/{id:guid}/delivered", (Guid id, SampleDesk service, CancellationToken ct) =>
            service.DeliveredAsync(id, null, ct)).WithName("RecordSampleDelivered");
        manage.MapPut("/rules/{market}",
            (string market, SamplePolicyTerms terms, ClaimsPrincipal user, SamplePolicies policies, CancellationToken ct) =>
                policies.ChangeAsync(Actor.From(user), market, terms, ct)).WithName("ChangeSampleRules");
        manage.MapPut("/rules/products/{registrationId:guid}",
            (Guid registrationId, SampleProductTerms terms, ClaimsPrincipal user, SamplePolicies policies, CancellationToken ct) =>
                policies.ChangeProductAsync(Actor.From(user), registrationId, terms, ct)).WithName("ChangeProductSampleRules");

        var seller = app.MapGroup("/api/v1/seller/samples").WithTags("Seller").RequireAuthorization(Policies.Seller);
        seller.MapGet("/", ([AsParameters] SampleQueryParameters query, ClaimsPrincipal user, SampleDesk service, CancellationToken ct) =>
            service.QueueAsync(query.Query, Actor.From(user).OrganizationId, ct)).WithName("ListSellerSamples");
        seller.MapPost("/{id:guid}/shipment",
            (Guid id, SampleShipment shipment, ClaimsPrincipal user, SampleDesk service, CancellationToken ct) =>
                service.ShipAsync(id, Actor.From(user).OrganizationId, shipment, ct)).WithName("SellerRecordsSampleShipment");
    }
}

/// <summary>The desk's query string.</summary>
internal sealed record SampleQueryParameters(
    string? Market, SampleStage? Stage, bool? Overdue, bool? AwaitingTikTok, int? Page, int? PageSize)
{
    public SampleQuery Query => new()
    {
        Market = Market, Stage = Stage, OverdueOnly = Overdue == true, AwaitingTikTokOnly = AwaitingTikTok,
        Page = Page ?? 1, PageSize = PageSize ?? 25,
    };
}
