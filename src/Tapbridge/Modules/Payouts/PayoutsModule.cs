using System.Security.Claims;
using Tapbridge.Modules.Payouts.Methods;
using Tapbridge.Platform.Auth;

namespace Tapbridge.Modules.Payouts;

/// <summary>Paying creators: where their payouts go (payout methods, confirmed by a second factor and held after a change).</summary>
public static class PayoutsModule
{
    public static WebApplicationBuilder AddPayouts(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<PayoutMethods>();
        builder.Services.AddScoped<Platform.Demo.IDemoSeeder, Demo.PayoutMethodsDemo>();
        return builder;
    }

    public static WebApplication MapPayouts(this WebApplication app)
    {
        var creator = app.MapGroup("/api/v1/creator/payout-method").WithTags("Creator").RequireAuthorization(Policies.Creator);
        creator.MapGet("/", async (ClaimsPrincipal user, PayoutMethods methods, CancellationToken ct) =>
            TypedResults.Ok(await methods.GetOwnAsync(Actor.From(user), ct))).WithName("GetMyPayoutMethod");
        creator.MapPost("/code", async (ClaimsPrincipal user, PayoutMethods methods, CancellationToken ct) =>
            TypedResults.Ok(await methods.SendCodeAsync(Actor.From(user), ct))).WithName("SendPayoutMethodCode");
        creator.MapPut("/", async (PayoutMethodChange change, ClaimsPrincipal user, PayoutMethods methods, CancellationToken ct) =>
            TypedResults.Ok(await methods.ChangeAsync(Actor.From(user), change, ct))).WithName("ChangeMyPayoutMethod");

        app.MapGet("/api/v1/agency/creators/{id:guid}/payout-method", async (Guid id, PayoutMethods methods, CancellationToken ct) =>
            TypedResults.Ok(await methods.GetForCreatorAsync(id, ct))).WithTags("Agency finance").RequireAuthorization(Policies.AgencyStaff).WithName("GetCreatorPayoutMethod");
        var finance = app.MapGroup("/api/v1/agency/finance/payout-methods").WithTags("Agency finance").RequireAuthorization(Policies.AgencyFinance);
        finance.MapGet("/review", async (PayoutMethods methods, CancellationToken ct) => TypedResults.Ok(await methods.ForReviewAsync(ct))).WithName("ListPayoutMethodsForReview");
        finance.MapPost("/{id:guid}/review", async (Guid id, PayoutMethodReview review, ClaimsPrincipal user, PayoutMethods methods, CancellationToken ct) =>
            TypedResults.Ok(await methods.ReviewAsync(Actor.From(user), id, review, ct))).WithName("ReviewPayoutMethod");
        return app;
    }
}
