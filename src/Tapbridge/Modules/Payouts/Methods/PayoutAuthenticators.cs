using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OtpNet;
using QRCoder;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Mail;
using Tapbridge.Platform.Security;

namespace Tapbridge.Modules.Payouts.Methods;

/// <summary>A creator turns an authenticator app on (password, then a first code) or off (password and a code); the agency can turn it off for a creator who lost the phone. Each change is mailed.</summary>
internal sealed class PayoutAuthenticators(IDbContextFactory<TapbridgeDbContext> contexts, UserManager<TapbridgeUser> users, SecretProtector secrets, Mailer mailer, TimeProvider clock)
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
            ?? throw new RuleViolationException("Set the app up first: it gives you a key to scan.", "code");
        try
        {
            authenticator.Confirm(request.Code, secrets.Unprotect, clock.GetUtcNow());
        }
        finally
        {
            await SaveAsync(db, cancellationToken);
        }

        await mailer.SendAsync(user.Email!, "An authenticator app now confirms your Tapbridge payout changes",
            $"Hello {user.DisplayName},\n\nFrom now on, changing where your payouts go needs your password and a code from your authenticator app; we no longer mail codes for it.\n\n" +
            "If you did not do this, change your password now and tell the agency.\n", cancellationToken);
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
            ?? throw new RuleViolationException("No authenticator app is on.", "code");
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
        await OffMailAsync(user, "You turned it off", cancellationToken);
        return new PayoutAuthenticatorStatus(false, null);
    }

    /// <summary>Staff turn a creator's app off (a lost phone), after checking who is asking by other means; the creator is mailed.</summary>
    public async Task<PayoutAuthenticatorStatus> TurnOffForCreatorAsync(Actor staff, Guid creatorId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(staff);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.OrganizationId == creatorId, cancellationToken) ?? throw new NotFoundException("Creator account");
        await db.Set<PayoutAuthenticator>().Where(a => a.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        await OffMailAsync(user, $"{staff.DisplayName} at the agency turned it off for you", cancellationToken);
        return new PayoutAuthenticatorStatus(false, null);
    }

    private Task OffMailAsync(TapbridgeUser user, string who, CancellationToken cancellationToken) =>
        mailer.SendAsync(user.Email!, "Your authenticator app no longer confirms your Tapbridge payout changes",
            $"Hello {user.DisplayName},\n\n{who}: changing where your payouts go needs your password and a code we mail you again.\n\n" +
            "If you did not ask for this, change your password now and tell the agency.\n", cancellationToken);

    private async Task<TapbridgeUser> UserAsync(Actor actor) => await users.FindByIdAsync(actor.UserId.ToString()) ?? throw new NotFoundException("Account");

    private static async Task SaveAsync(TapbridgeDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DbConflicts.IsConflict(e))
        {
            throw new RuleViolationException("Your authenticator app was changed at the same time in another window: reload the page.");
        }
    }
}
