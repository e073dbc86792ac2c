using Tapbridge.Modules.Orders;
using Microsoft.Extensions.Options;
using Tapbridge.Platform.Jobs;
using Tapbridge.Platform.Startup;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Tapbridge.Modules.Commissions.Adjustments;
using Tapbridge.Modules.Commissions.Bonuses;
using Tapbridge.Modules.Commissions.Earnings;
using Tapbridge.Modules.Commissions.Finance;
using Tapbridge.Modules.Commissions.Maturation;
using Tapbridge.Modules.Commissions.Reconciliation;
using Tapbridge.Modules.Commissions.Shares;
using Tapbridge.Platform.Api;
using Tapbridge.Platform.Auth;

namespace Tapbridge.Modules.Commissions;

/// <summary>The money of order lines, finance's adjustments and campaign bonuses: the double-entry ledger, creators' agency-funded shares and their confirmation, earnings and finance views.</summary>
public static class CommissionsModule
{
    public static WebApplicationBuilder AddCommissions(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSettings<CommissionSettings>("Commissions");
        services.AddSingleton<EarningPostings>();
        services.AddSingleton<ILinePostings>(s => s.GetRequiredService<EarningPostings>());
        services.AddScoped<EarningsMaturation>();
        services.AddScoped<LedgerCheck>();
        services.AddSingleton<Totals.TotalsRebuild>();
        services.AddScoped<CreatorEarnings>();
        services.AddScoped<LineExplanations>();
        services.AddScoped<FinanceOverview>();
        services.AddScoped<ShareRules>();
        services.AddScoped<CreatorAdjustments>();
        services.AddScoped<CampaignBonuses>();
        services.AddScoped<PayoutSchedules>();
        services.AddScoped<TikTokPayments>();
        services.AddScoped<TikTokStatements>();
        services.AddRecurringJob<EarningsMaturation>("earnings-maturation",
            s => TimeSpan.FromMinutes(s.GetRequiredService<IOptions<CommissionSettings>>().Value.MaturationMinutes),
            (maturation, ct) => maturation.RunAsync(ct));
        services.AddScoped<Platform.Demo.IDemoSeeder, Demo.ShareRulesDemo>();
        services.AddScoped<Platform.Demo.IDemoSeeder, Demo.PayoutSchedulesDemo>();
        services.AddScoped<Platform.Demo.IDemoSeeder, Demo.MaturationDemo>();
        services.AddScoped<Platform.Demo.IDemoSeeder, Demo.AdjustmentsDemo>();
        services.AddScoped<Platform.Demo.IDemoSeeder, Demo.CampaignBonusDemo>();
        services.AddScoped<Platform.Demo.IDemoSeeder, Demo.TikTokPaymentsDemo>();
        return builder;
    }

    public static WebApplication MapCommissions(this WebApplication app)
    {
        var creator = app.MapGroup("/api/v1/creator/earnings").WithTags("Creator").RequireAuthorization(Policies.Creator);
        creator.MapGet("/", async (ClaimsPrincipal user, CreatorEarnings earnings, CancellationToken ct) =>
            TypedResults.Ok(await earnings.SummaryAsync(Actor.From(user), null, ct))).WithName("GetMyEarnings");
        creator.MapGet("/lines", async (EarningStage? stage, string? month, int? page, int? pageSize, ClaimsPrincipal user, CreatorEarnings earnings, CancellationToken ct) =>
            TypedResults.Ok(await earnings.LinesAsync(Actor.From(user), null, stage, month, page ?? 1, pageSize ?? 50, ct))).WithName("ListMyEarningLines");
        creator.MapGet("/lines/{id:guid}", async (Guid id, ClaimsPrincipal user, LineExplanations explanations, CancellationToken ct) =>
            TypedResults.Ok(await explanations.ExplainAsync(Actor.From(user), id, ct))).WithName("ExplainMyEarningLine");
        creator.MapGet("/export.csv", async (ClaimsPrincipal user, CreatorEarnings earnings, CancellationToken ct) =>
            TypedResults.Stream(await earnings.CsvAsync(Actor.From(user), null, ct), "text/csv; charset=utf-8")).WithName("ExportMyEarnings");
        creator.MapGet("/adjustments", async (ClaimsPrincipal user, CreatorAdjustments adjustments, CancellationToken ct) =>
            TypedResults.Ok(await adjustments.ListAsync(Actor.From(user), null, ct))).WithName("ListMyAdjustments");

        var staff = app.MapGroup("/api/v1/agency").WithTags("Agency finance").RequireAuthorization(Policies.AgencyStaff);
        staff.MapGet("/creators/{id:guid}/earnings", async (Guid id, ClaimsPrincipal user, CreatorEarnings earnings, CancellationToken ct) =>
            TypedResults.Ok(await earnings.SummaryAsync(Actor.From(user), id, ct))).WithName("GetCreatorEarnings");
        staff.MapGet("/creators/{id:guid}/earnings/lines", async (Guid id, EarningStage? stage, string? month, int? page, int? pageSize, ClaimsPrincipal user, CreatorEarnings earnings, CancellationToken ct) =>
            TypedResults.Ok(await earnings.LinesAsync(Actor.From(user), id, stage, month, page ?? 1, pageSize ?? 50, ct))).WithName("ListCreatorEarningLines");
        staff.MapGet("/campaign-bonuses", async (Guid? campaignId, CampaignBonuses bonuses, CancellationToken ct) =>
            TypedResults.Ok(await bonuses.ListAsync(campaignId, ct))).WithName("ListCampaignBonuses");
        staff.MapPut("/campaign-bonuses/{campaignId:guid}", async (Guid campaignId, CampaignBonusChange change, ClaimsPrincipal user, CampaignBonuses bonuses, CancellationToken ct) =>
            TypedResults.Ok(await bonuses.SetAsync(Actor.From(user), campaignId, change, ct))).WithName("SetCampaignBonus");
        staff.MapGet("/orders/{id:guid}/explanation", async (Guid id, ClaimsPrincipal user, LineExplanations explanations, CancellationToken ct) =>
            TypedResults.Ok(await explanations.ExplainAsync(Actor.From(user), id, ct))).WithName("ExplainOrderLine");

        var finance = app.MapGroup("/api/v1/agency/finance").WithTags("Agency finance").RequireAuthorization(Policies.AgencyFinance);
        finance.MapGet("/", async (string? market, FinanceOverview overview, CancellationToken ct) =>
            TypedResults.Ok(await overview.GetAsync(market?.ToUpperInvariant(), ct))).WithName("GetFinanceOverview");
        finance.MapGet("/ledger-check", async (LedgerCheck check, CancellationToken ct) => TypedResults.Ok(await check.RunAsync(ct))).WithName("CheckLedger");
        finance.MapPost("/maturation", async (EarningsMaturation maturation, CancellationToken ct) =>
            TypedResults.Ok(new { Moved = await maturation.RunAsync(ct) })).WithName("RunEarningsMaturation");
        finance.MapGet("/reconciliation", async (string? market, TikTokPayments payments, CancellationToken ct) =>
            TypedResults.Ok(await payments.ReconcileAsync(market?.ToUpperInvariant(), ct))).WithName("ReconcileTikTokPayments");
        finance.MapGet("/reconciliation/{market}/{month}", async (string market, string month, TikTokStatements statements, CancellationToken ct) =>
            TypedResults.Ok(await statements.MonthAsync(market, month, ct))).WithName("ReconcileMonthLineByLine");
        finance.MapPost("/tiktok-statements", async (HttpRequest request, ClaimsPrincipal user, TikTokStatements statements, CancellationToken ct) =>
        {
            var (form, file) = await ApiUpload.ReadAsync<CommissionsRules>(request, "Statement.Upload", ct);
            await using var content = file.OpenReadStream();
            return TypedResults.Ok(await statements.ImportAsync(Actor.From(user), form["market"].ToString(), content, file.FileName, ct));
        }).DisableAntiforgery().WithName("ImportTikTokStatement")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(TikTokStatements.MaxBytes + (1 << 20))).WithFormOptions(multipartBodyLengthLimit: TikTokStatements.MaxBytes);
        finance.MapPost("/tiktok-payments", async (TikTokPaymentRequest request, ClaimsPrincipal user, TikTokPayments payments, CancellationToken ct) =>
            TypedResults.Ok(await payments.RecordAsync(Actor.From(user), request, ct))).WithName("RecordTikTokPayment");
        finance.MapPost("/tiktok-payments/{id:guid}/withdrawal", async (Guid id, PaymentWithdrawal request, ClaimsPrincipal user, TikTokPayments payments, CancellationToken ct) =>
            TypedResults.Ok(await payments.WithdrawAsync(Actor.From(user), id, request, ct))).WithName("WithdrawTikTokPayment");
        finance.MapGet("/payout-schedules", async (PayoutSchedules schedules, CancellationToken ct) => TypedResults.Ok(await schedules.ListAsync(ct))).WithName("ListPayoutSchedules");
        finance.MapPut("/payout-schedules", async (PayoutScheduleChange change, ClaimsPrincipal user, PayoutSchedules schedules, CancellationToken ct) =>
            TypedResults.Ok(await schedules.SetAsync(Actor.From(user), change, ct))).WithName("SetPayoutSchedule");
        finance.MapGet("/shares", async (ShareRules rules, CancellationToken ct) => TypedResults.Ok(await rules.ListAsync(ct))).WithName("ListShareRules");
        finance.MapPut("/shares", async (ShareRuleChange change, ClaimsPrincipal user, ShareRules rules, CancellationToken ct) =>
            TypedResults.Ok(await rules.SetAsync(Actor.From(user), change, ct))).WithName("SetShareRule");
        finance.MapGet("/adjustments", async (Guid? creatorId, ClaimsPrincipal user, CreatorAdjustments adjustments, CancellationToken ct) =>
            TypedResults.Ok(await adjustments.ListAsync(Actor.From(user), creatorId, ct))).WithName("ListAdjustments");
        finance.MapGet("/adjustments/{id:guid}", async (Guid id, CreatorAdjustments adjustments, CancellationToken ct) =>
            TypedResults.Ok(await adjustments.GetAsync(id, ct))).WithName("GetAdjustment");
        finance.MapPost("/adjustments", async (AdjustmentRequest request, [FromHeader(Name = "Idempotency-Key")] string? key, ClaimsPrincipal user, CreatorAdjustments adjustments, CancellationToken ct) =>
            Posted(await adjustments.PostAsync(Actor.From(user), request with { IdempotencyKey = CreatorAdjustments.Key(key, request.IdempotencyKey) }, ct))).WithName("PostAdjustment");
        finance.MapPost("/adjustments/{id:guid}/reversal", async (Guid id, ReversalRequest request, [FromHeader(Name = "Idempotency-Key")] string? key, ClaimsPrincipal user, CreatorAdjustments adjustments, CancellationToken ct) =>
            Posted(await adjustments.ReverseAsync(Actor.From(user), id, request with { IdempotencyKey = CreatorAdjustments.Key(key, request.IdempotencyKey) }, ct))).WithName("ReverseAdjustment");
        return app;
    }

    /// <summary>201 for a new adjustment; 200 with the same one when its key had already posted it.</summary>
    private static Results<Created<AdjustmentView>, Ok<AdjustmentView>> Posted(AdjustmentPosted posted) => posted.Replayed
        ? TypedResults.Ok(posted.Adjustment)
        : TypedResults.Created($"/api/v1/agency/finance/adjustments/{posted.Adjustment.Id}", posted.Adjustment);
}
