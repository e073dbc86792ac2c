using Tapbridge.Modules.Agency.Demo;
using Tapbridge.Platform.Demo;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Tapbridge.Modules.Agency.Staff;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Startup;

namespace Tapbridge.Modules.Agency;

/// <summary>The agency itself: its markets and its staff.</summary>
public static class AgencyModule
{
    public static WebApplicationBuilder AddAgency(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AgencyDirectory>();
        builder.Services.AddScoped<IStartupTask, AgencyBootstrap>();
        builder.Services.AddScoped<StaffService>();
        builder.Services.AddScoped<InvitationAcceptance>();
        builder.Services.AddScoped<IDemoSeeder, AgencyDemo>();
        return builder;
    }

    public static WebApplication MapAgency(this WebApplication app)
    {
        var agency = app.MapGroup("/api/v1/agency").WithTags("Agency");
        agency.MapGet("/", async (AgencyDirectory directory, CancellationToken ct) =>
        {
            var info = await directory.GetAsync(ct);
            return TypedResults.Ok(new AgencyResponse(info.Id, info.Name, info.Markets.Select(m => new MarketResponse(m.Code, m.Name, m.Currency, m.MinorUnits, m.TimeZoneId)).ToList()));
        }).RequireAuthorization(Policies.SignedIn).WithName("GetAgency");

        var staff = agency.MapGroup("/staff").RequireAuthorization(Policies.AgencyAdmin);
        staff.MapGet("/", async (ClaimsPrincipal user, StaffService service, CancellationToken ct) =>
            TypedResults.Ok(await service.ListMembersAsync(Actor.From(user), ct))).WithName("ListStaff");
        staff.MapGet("/invitations", async (StaffService service, CancellationToken ct) =>
            TypedResults.Ok(await service.ListInvitationsAsync(ct))).WithName("ListStaffInvitations");
        staff.MapPost("/invitations", async (InviteStaffRequest request, ClaimsPrincipal user, StaffService service, CancellationToken ct) =>
        {
            var invitation = await service.InviteAsync(Actor.From(user), request.Email, request.Role, ct);
            return TypedResults.Created($"/api/v1/agency/staff/invitations/{invitation.Id}", invitation);
        }).WithName("InviteStaff");
        staff.MapDelete("/invitations/{id:guid}", async (Guid id, StaffService service, CancellationToken ct) =>
        {
            await service.RevokeInvitationAsync(id, ct);
            return TypedResults.NoContent();
        }).WithName("WithdrawStaffInvitation");
        return app;
    }
}

public sealed record AgencyResponse(Guid Id, string Name, IReadOnlyList<MarketResponse> Markets);

public sealed record MarketResponse(string Code, string Name, string Currency, int MinorUnits, string TimeZone);

public sealed record InviteStaffRequest([property: Required, EmailAddress] string Email, [property: Required] string Role);
