using Microsoft.Extensions.Options;
using Tapbridge.Platform.Jobs;
using Tapbridge.Platform.Startup;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Tapbridge.Modules.Commissions;
using Tapbridge.Modules.Payouts.Batches;
using Tapbridge.Modules.Payouts.Batches.BankFiles;
using Tapbridge.Modules.Payouts.Methods;
using Tapbridge.Platform.Api;
using Tapbridge.Platform.Auth;

namespace Tapbridge.Modules.Payouts;

/// <summary>Paying creators: where their payouts go (payout methods, confirmed by a second factor and held after a change) and the batches that pay them.</summary>
public static class PayoutsModule
{
    public static WebApplicationBuilder AddPayouts(this WebApplicationBuilder builder)
    {
        builder.Services.AddSettings<PayoutSettings>("Payouts");
        builder.Services.AddScoped<PayoutMethods>();
        builder.Services.AddScoped<PayoutAuthenticators>();
        builder.Services.AddScoped<PayoutBatches>();
        builder.Services.AddScoped<PayoutMail>();
        builder.Services.AddScoped<PayoutStatements>();
        builder.Services.AddScoped<ILedgerSubledger, PayoutSubledger>();
        builder.Services.AddSingleton<IPayoutDays, PayoutDays>();
        builder.Services.AddRecurringJob<PayoutBatches>("payout-batches",
            s => TimeSpan.FromMinutes(s.GetRequiredService<IOptions<PayoutSettings>>().Value.SchedulerMinutes),
            (batches, ct) => batches.PrepareOnScheduleAsync(ct));
        builder.Services.AddSingleton<IBankFileFormat, TapbridgeCsvFormat>();
        builder.Services.AddSingleton<IBankFileFormat, Iso20022CreditTransferFormat>();
        builder.Services.AddScoped<Platform.Demo.IDemoSeeder, Demo.PayoutMethodsDemo>();
        builder.Services.AddScoped<Platform.Demo.IDemoSeeder, Demo.PayoutBatchesDemo>();
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

        var authenticator = app.MapGroup("/api/v1/creator/payout-authenticator").WithTags("Creator").RequireAuthorization(Policies.Creator);
        authenticator.MapGet("/", async (ClaimsPrincipal user, PayoutAuthenticators a, CancellationToken ct) =>
            TypedResults.Ok(await a.StatusAsync(Actor.From(user).UserId, ct))).WithName("GetMyPayoutAuthenticator");
        authenticator.MapPost("/setup", async (PayoutAuthenticatorRequest request, ClaimsPrincipal user, PayoutAuthenticators a, CancellationToken ct) =>
            TypedResults.Ok(await a.SetUpAsync(Actor.From(user), request, ct))).WithName("SetUpPayoutAuthenticator");
        authenticator.MapPost("/confirm", async (PayoutAuthenticatorRequest request, ClaimsPrincipal user, PayoutAuthenticators a, CancellationToken ct) =>
            TypedResults.Ok(await a.ConfirmAsync(Actor.From(user), request, ct))).WithName("ConfirmPayoutAuthenticator");
        authenticator.MapPost("/off", async (PayoutAuthenticatorRequest request, ClaimsPrincipal user, PayoutAuthenticators a, CancellationToken ct) =>
            TypedResults.Ok(await a.TurnOffAsync(Actor.From(user), request, ct))).WithName("TurnOffPayoutAuthenticator");
        app.MapPost("/api/v1/agency/creators/{id:guid}/payout-authenticator/off", async (Guid id, ClaimsPrincipal user, PayoutAuthenticators a, CancellationToken ct) =>
            TypedResults.Ok(await a.TurnOffForCreatorAsync(Actor.From(user), id, ct))).WithTags("Agency finance").RequireAuthorization(Policies.AgencyAdmin).WithName("TurnOffCreatorPayoutAuthenticator");
        app.MapGet("/api/v1/agency/creators/{id:guid}/payout-method", async (Guid id, PayoutMethods methods, CancellationToken ct) =>
            TypedResults.Ok(await methods.GetForCreatorAsync(id, ct))).WithTags("Agency finance").RequireAuthorization(Policies.AgencyStaff).WithName("GetCreatorPayoutMethod");
        var finance = app.MapGroup("/api/v1/agency/finance/payout-methods").WithTags("Agency finance").RequireAuthorization(Policies.AgencyFinance);
        finance.MapGet("/review", async (PayoutMethods methods, CancellationToken ct) => TypedResults.Ok(await methods.ForReviewAsync(ct))).WithName("ListPayoutMethodsForReview");
        finance.MapPost("/{id:guid}/review", async (Guid id, PayoutMethodReview review, ClaimsPrincipal user, PayoutMethods methods, CancellationToken ct) =>
            TypedResults.Ok(await methods.ReviewAsync(Actor.From(user), id, review, ct))).WithName("ReviewPayoutMethod");
        app.MapGet("/api/v1/creator/payouts", async (ClaimsPrincipal user, PayoutBatches batches, CancellationToken ct) =>
            TypedResults.Ok(await batches.ForCreatorAsync(Actor.From(user), null, ct))).WithTags("Creator").RequireAuthorization(Policies.Creator).WithName("ListMyPayouts");
        app.MapGet("/api/v1/creator/payouts/{lineId:guid}/statement", StatementAsync).WithTags("Creator").RequireAuthorization(Policies.Creator)
            .WithName("GetMyPayoutStatement");
        app.MapGet("/api/v1/creator/payouts/{lineId:guid}/statement.pdf", StatementPdfAsync).WithTags("Creator").RequireAuthorization(Policies.Creator).WithName("DownloadMyPayoutStatementPdf");
        app.MapGet("/api/v1/agency/payout-lines/{lineId:guid}/statement.pdf", StatementPdfAsync).WithTags("Agency finance").RequireAuthorization(Policies.AgencyStaff)
            .WithName("DownloadPayoutStatementPdf");
        app.MapGet("/api/v1/agency/payout-lines/{lineId:guid}/statement", StatementAsync).WithTags("Agency finance").RequireAuthorization(Policies.AgencyStaff)
            .WithName("GetPayoutStatement");
        app.MapGet("/api/v1/agency/creators/{id:guid}/payouts", async (Guid id, ClaimsPrincipal user, PayoutBatches batches, CancellationToken ct) =>
            TypedResults.Ok(await batches.ForCreatorAsync(Actor.From(user), id, ct))).WithTags("Agency finance").RequireAuthorization(Policies.AgencyStaff).WithName("ListCreatorPayouts");

        var batches = app.MapGroup("/api/v1/agency/finance/payout-batches").WithTags("Agency finance").RequireAuthorization(Policies.AgencyFinance);
        batches.MapGet("/", async (string? market, PayoutBatches b, CancellationToken ct) => TypedResults.Ok(await b.ListAsync(market?.ToUpperInvariant(), ct))).WithName("ListPayoutBatches");
        batches.MapPost("/", async (PayoutBatchRequest request, ClaimsPrincipal user, PayoutBatches b, CancellationToken ct) =>
            TypedResults.Ok(await b.PrepareAsync(Actor.From(user), request.Market, ct))).WithName("PreparePayoutBatch");
        batches.MapGet("/{id:guid}", async (Guid id, PayoutBatches b, CancellationToken ct) => TypedResults.Ok(await b.GetAsync(id, ct))).WithName("GetPayoutBatch");
        batches.MapPost("/{id:guid}/review", async (Guid id, ClaimsPrincipal user, PayoutBatches b, CancellationToken ct) =>
            TypedResults.Ok(await b.ReviewAsync(Actor.From(user), id, ct))).WithName("ReviewPayoutBatch");
        batches.MapPost("/{id:guid}/approve", async (Guid id, ClaimsPrincipal user, PayoutBatches b, CancellationToken ct) =>
            TypedResults.Ok(await b.ApproveAsync(Actor.From(user), id, ct))).WithName("ApprovePayoutBatch");
        batches.MapPost("/{id:guid}/cancel", async (Guid id, PayoutBatches b, CancellationToken ct) => TypedResults.Ok(await b.CancelAsync(id, ct))).WithName("CancelPayoutBatch");
        app.MapGet("/api/v1/agency/finance/bank-file-formats", (string market, PayoutBatches b) => TypedResults.Ok(b.BankFileFormats(market)))
            .WithTags("Agency finance").RequireAuthorization(Policies.AgencyFinance).WithName("ListBankFileFormats");
        batches.MapGet("/{id:guid}/bank-file", async (Guid id, string? format, PayoutBatches b, CancellationToken ct) =>
        {
            var file = await b.BankFileAsync(id, format, ct);
            return TypedResults.File(file.Content, file.ContentType, file.FileName);
        }).WithName("DownloadPayoutBankFile");
        batches.MapPost("/{id:guid}/lines/{lineId:guid}/result", async (Guid id, Guid lineId, PayoutResult result, ClaimsPrincipal user, PayoutBatches b, CancellationToken ct) =>
            TypedResults.Ok(await b.RecordResultAsync(Actor.From(user), id, lineId, result, ct))).WithName("RecordPayoutResult");
        batches.MapPost("/{id:guid}/results", async (Guid id, HttpRequest request, ClaimsPrincipal user, PayoutBatches b, CancellationToken ct) =>
        {
            var (_, file) = await ApiUpload.ReadAsync<PayoutsRules>(request, "ResultFile.Upload", ct);
            await using var stream = file.OpenReadStream();
            return TypedResults.Ok(await b.UploadResultsAsync(Actor.From(user), id, stream, ct));
        }).DisableAntiforgery().WithName("UploadPayoutResults");
        return app;
    }

    /// <summary>A page of a payout's statement (100 items unless asked, at most 500); its PDF lists them all.</summary>
    private static async Task<Ok<PayoutStatement>> StatementAsync(
        Guid lineId, int? page, int? pageSize, ClaimsPrincipal user, PayoutStatements statements, CancellationToken ct) =>
        TypedResults.Ok(await statements.ForLineAsync(Actor.From(user), lineId, page ?? 1, pageSize ?? 100, ct));

    private static async Task<IResult> StatementPdfAsync(Guid lineId, ClaimsPrincipal user, PayoutStatements statements, CancellationToken ct)
    {
        var (name, pdf) = await statements.PdfAsync(Actor.From(user), lineId, ct);
        return TypedResults.File(pdf, "application/pdf", name);
    }
}

public sealed record PayoutBatchRequest(string? Market);
