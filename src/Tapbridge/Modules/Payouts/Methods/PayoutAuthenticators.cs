using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OtpNet;
using QRCoder;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Localization;
using Tapbridge.Platform.Mail;
using Tapbridge.Platform.Security;

namespace Tapbridge.Modules.Payouts.Methods;

/// <summary>
/// A creator turns an authenticator app on (password, then a first code) or off (password and a code); the agency can
/// turn it off for a creator who lost the phone. Each change is mailed, in the creator's language.
/// </summary>
internal sealed class PayoutAuthenticators(
    IDbContextFactory<TapbridgeDbContext> contexts, UserManager<TapbridgeUser> users, SecretProtector secrets, Mailer mailer, TimeProvider clock,
    IStringLocalizer<PayoutsMailText> text)
{
    public async Task<PayoutAuthenticatorStatus> StatusAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var authenticator = await db.Set<PayoutAuthenticator>().AsNoTracking().SingleOrDefaultAsync(a => a.UserId == userId, cancellationToken);
        return new PayoutAuthenticatorStatus(authenticator?.Enabled == true, authenticator?.EnabledAt);
    }

    public async Task<PayoutAuthenticatorSetup> SetUpAsync(Actor actor, PayoutAuthenticatorRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var user = await UserAsync(actor);
        await PayoutPasswords.ConfirmAsync(users, user, request.Password);
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var authenticator = await db.Set<PayoutAuthenticator>().SingleOrDefaultAsync(a => a.UserId == user.Id, cancellationToken);
        string secret;
        if (authenticator is null)
        {
            (authenticator, secret) = PayoutAuthenticator.Start(user.Id, secrets.Protect, now);
            db.Add(authenticator);
        }
        else
        {
            secret = authenticator.Restart(secrets.Protect, now);
        }

        await SaveAsync(db, cancellationToken);
        var uri = new OtpUri(OtpType.Totp, secret, user.Email!, "Tapbridge").ToString();
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        return new PayoutAuthenticatorSetup(string.Join(' ', secret.Chunk(4).Select(c => new string(c))), uri, Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(6)));
    }

    public async Task<PayoutAuthenticatorStatus> ConfirmAsync(Actor actor, PayoutAuthenticatorRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var user = await UserAsync(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var authenticator = await db.Set<PayoutAuthenticator>().SingleOrDefaultAsync(a => a.UserId == user.Id, cancellationToken)
            ?? throw RuleViolationException.Say<PayoutsRules>("Authenticator.SetUpFirst", "code");
        try
        {
            authenticator.Confirm(request.Code, secrets.Unprotect, clock.GetUtcNow());
        }
        finally
        {
            await SaveAsync(db, cancellationToken);
        }

        var (subject, body) = LanguageScope.Write(user.Language, () =>
            (text["Authenticator.On.Subject"].Value, text["Authenticator.On.Text", user.DisplayName].Value));
        await mailer.SendAsync(user.Email!, subject, body, cancellationToken);
        return new PayoutAuthenticatorStatus(true, authenticator.EnabledAt);
    }

    /// <summary>The creator turns it off with their password and a current code from the app.</summary>
    public async Task<PayoutAuthenticatorStatus> TurnOffAsync(Actor actor, PayoutAuthenticatorRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var user = await UserAsync(actor);
        await PayoutPasswords.ConfirmAsync(users, user, request.Password);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var authenticator = await db.Set<PayoutAuthenticator>().SingleOrDefaultAsync(a => a.UserId == user.Id && a.EnabledAt != null, cancellationToken)
            ?? throw RuleViolationException.Say<PayoutsRules>("Authenticator.Off", "code");
        try
        {
            authenticator.Check(request.Code, secrets.Unprotect, clock.GetUtcNow());
        }
        catch (RuleViolationException)
        {
            await SaveAsync(db, cancellationToken);
            throw;
        }

        db.Remove(authenticator);
        await SaveAsync(db, cancellationToken);
        await OffMailAsync(user, null, cancellationToken);
        return new PayoutAuthenticatorStatus(false, null);
    }

    /// <summary>Staff turn a creator's app off (a lost phone), after checking who is asking by other means; the creator is mailed.</summary>
    public async Task<PayoutAuthenticatorStatus> TurnOffForCreatorAsync(Actor staff, Guid creatorId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(staff);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.OrganizationId == creatorId, cancellationToken) ?? throw new NotFoundException("Creator account");
        await db.Set<PayoutAuthenticator>().Where(a => a.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        await OffMailAsync(user, staff.DisplayName, cancellationToken);
        return new PayoutAuthenticatorStatus(false, null);
    }

    /// <summary>Tells the creator the app is off; <paramref name="staff"/> names who at the agency did it, null: the creator.</summary>
    private Task OffMailAsync(TapbridgeUser user, string? staff, CancellationToken cancellationToken)
    {
        var (subject, body) = LanguageScope.Write(user.Language, () => (text["Authenticator.Off.Subject"].Value, staff is null
            ? text["Authenticator.Off.ByYou.Text", user.DisplayName].Value
            : text["Authenticator.Off.ByAgency.Text", user.DisplayName, staff].Value));
        return mailer.SendAsync(user.Email!, subject, body, cancellationToken);
    }

    private async Task<TapbridgeUser> UserAsync(Actor actor) => await users.FindByIdAsync(actor.UserId.ToString()) ?? throw new NotFoundException("Account");

    private static async Task SaveAsync(TapbridgeDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DbConflicts.IsConflict(e))
        {
            throw RuleViolationException.Say<PayoutsRules>("Authenticator.ChangedMeanwhile", null);
        }
    }
}
