using System.Security.Claims;
using Tapbridge.Platform.Auth;

namespace Tapbridge.Modules.Samples.Returns;

/// <summary>Sample-to-sale returns: staff see every sample's, a seller its products', a creator her own.</summary>
internal static class SampleReturnEndpoints
{
    public static void MapSampleReturns(this WebApplication app)
    {
        app.MapGet("/api/v1/agency/samples/returns",
                ([AsParameters] SampleReturnParameters query, SampleReturns returns, CancellationToken ct) =>
                    returns.ReportAsync(SampleReader.Staff, null, query.By ?? SampleReturnGrouping.Creator, query.Market,
                        query.MinSamples ?? 1, ct))
            .RequireAuthorization(Policies.AgencyStaff).WithTags("Samples").WithName("GetSampleReturns");
        app.MapGet("/api/v1/seller/samples/returns",
                ([AsParameters] SampleReturnParameters query, ClaimsPrincipal user, SampleReturns returns, CancellationToken ct) =>
                    returns.ReportAsync(SampleReader.Seller, Actor.From(user).OrganizationId, query.By ?? SampleReturnGrouping.Product,
                        query.Market, query.MinSamples ?? 1, ct))
            .RequireAuthorization(Policies.Seller).WithTags("Seller").WithName("GetSellerSampleReturns");
        app.MapGet("/api/v1/creator/samples/returns", (ClaimsPrincipal user, SampleReturns returns, CancellationToken ct) =>
                returns.ReportAsync(SampleReader.Creator, Actor.From(user).OrganizationId, SampleReturnGrouping.Product, null, 1, ct))
            .RequireAuthorization(Policies.Creator).WithTags("Creator").WithName("GetMySampleReturns");
    }
}

/// <summary>
/// The returns' query string: how to group, which market (the first with samples when none), and the fewest samples a
/// group needs.
/// </summary>
internal sealed record SampleReturnParameters(SampleReturnGrouping? By, string? Market, int? MinSamples);
