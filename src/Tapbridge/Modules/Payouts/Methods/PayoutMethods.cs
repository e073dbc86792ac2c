using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tapbridge.Modules.Creators;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Localization;
using Tapbridge.Platform.Mail;
using Tapbridge.Platform.Markets;
using Tapbridge.Platform.Security;

namespace Tapbridge.Modules.Payouts.Methods;

/// <summary>
/// Creators set where their payouts go, confirmed by their password and a mailed code (or their authenticator app's,
/// once they turned it on); a change is mailed to them in their language
/// and held for Payouts:MethodHoldHours (default 72). Staff see methods masked and judge holder names that differ
/// from the name on record. Account numbers never leave this class unencrypted.
/// </summary>
public sealed class PayoutMethods(IDbContextFactory<TapbridgeDbContext> contexts, UserManager<TapbridgeUser> users, SecretProtector secrets, Mailer mailer,
    TimeProvider clock, IOptions<PayoutSettings> settings, IStringLocalizerFactory localizers,
    IStringLocalizer<Words> words)
{
    // Through the factory: the marker is internal, so this public class cannot take its typed localizer.
    private readonly IStringLocalizer text = localizers.Create(typeof(PayoutsMailText));

    public int HoldHours => settings.Value.MethodHoldHours;

    public async Task<CreatorPayoutMethods> GetOwnAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ViewAsync(db, await CreatorAsync(db, actor.OrganizationId, cancellationToken), cancellationToken);
    }

    public async Task<CreatorPayoutMethods> GetForCreatorAsync(Guid creatorId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ViewAsync(db, await CreatorAsync(db, creatorId, cancellationToken), cancellationToken);
    }

    public async Task<PayoutMethodCodeSent> SendCodeAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var now = clock.GetUtcNow();
        var user = await users.FindByIdAsync(actor.UserId.ToString()) ?? throw new NotFoundException("Account");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        RuleViolationException.Require<PayoutsRules>(!await db.Set<PayoutAuthenticator>().AnyAsync(a => a.UserId == user.Id && a.EnabledAt != null, cancellationToken), "code",
            "Method.UseAuthenticator");
        var code = await db.Set<PayoutMethodCode>().SingleOrDefaultAsync(c => c.UserId == user.Id, cancellationToken);
        string digits;
        if (code is null)
        {
            (code, digits) = PayoutMethodCode.Issue(user.Id, now);
            db.Add(code);
        }
        else
        {
            digits = code.Renew(now);
        }

        await db.SaveChangesAsync(cancellationToken);
        var (subject, body) = LanguageScope.Write(user.Language, () => (text["Code.Subject", digits].Value,
            text["Code.Text", user.DisplayName, digits, PayoutMethodCode.Lifetime.TotalMinutes].Value));
        await mailer.SendAsync(user.Email!, subject, body, cancellationToken);
        return new PayoutMethodCodeSent(MaskEmail(user.Email!), code.ExpiresAt);
    }

    /// <summary>Sets the creator's payout method in their market; the one before it is replaced and the new one held when there was one.</summary>
    public async Task<PayoutMethodView> ChangeAsync(Actor actor, PayoutMethodChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(change);
        var now = clock.GetUtcNow();
        var user = await users.FindByIdAsync(actor.UserId.ToString()) ?? throw new NotFoundException("Account");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var creator = await CreatorAsync(db, actor.OrganizationId, cancellationToken);
        var current = await db.Set<PayoutMethod>().SingleOrDefaultAsync(m => m.CreatorId == creator.Id && m.MarketCode == creator.MarketCode && m.EndedAt == null, cancellationToken);
        // The account is checked first: a typo in it uses up neither a password try nor the code.
        var method = PayoutMethod.Add(creator.Id, Market.Get(creator.MarketCode), creator.DisplayName, change.Provider, change.HolderName, change.AccountNumber, secrets.Protect,
            replacesAnother: current is not null, TimeSpan.FromHours(HoldHours), now);
        await PayoutPasswords.ConfirmAsync(users, user, change.Password);
        if (await db.Set<PayoutAuthenticator>().SingleOrDefaultAsync(a => a.UserId == user.Id && a.EnabledAt != null, cancellationToken) is { } authenticator)
        {
            await ConfirmAsync(db, () => authenticator.Check(change.Code, secrets.Unprotect, now), cancellationToken);
        }
        else
        {
            var code = await db.Set<PayoutMethodCode>().SingleOrDefaultAsync(c => c.UserId == user.Id, cancellationToken)
                ?? throw RuleViolationException.Say<PayoutsRules>("Method.AskCodeFirst", "code");
            await ConfirmAsync(db, () => code.Check(change.Code, now), cancellationToken);
            db.Remove(code);
        }

        current?.Replace(now);
        db.Add(method);
        try
        {
            // Two changes at once: the current method's and the code's versions, and the one-current-method index, let only one through.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DbConflicts.IsConflict(e))
        {
            throw RuleViolationException.Say<PayoutsRules>("Method.ChangedMeanwhile", null);
        }

        await users.ResetAccessFailedCountAsync(user);
        var (subject, body) = LanguageScope.Write(user.Language, () => ChangedMail(user.DisplayName, method, current is not null, now));
        await mailer.SendAsync(user.Email!, subject, body, cancellationToken);
        return PayoutMethodView.Of(method, now);
    }

    public async Task<IReadOnlyList<PayoutMethodForReview>> ForReviewAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (from m in db.Set<PayoutMethod>().AsNoTracking()
                          join c in db.Set<Creator>().AsNoTracking() on m.CreatorId equals c.Id
                          where m.Status == PayoutMethodStatus.NeedsReview
                          orderby m.AddedAt
                          select new { m, c.Handle, c.DisplayName }).Take(200).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new PayoutMethodForReview(r.m.CreatorId, r.Handle, r.DisplayName, PayoutMethodView.Of(r.m, now)))];
    }

    public async Task<PayoutMethodView> ReviewAsync(Actor actor, Guid methodId, PayoutMethodReview review, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(review);
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var method = await db.Set<PayoutMethod>().SingleOrDefaultAsync(m => m.Id == methodId, cancellationToken) ?? throw new NotFoundException("Payout method");
        method.Review(review.Accept, review.Note, actor.DisplayName, now);
        await db.SaveChangesAsync(cancellationToken);
        if (!review.Accept && await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.OrganizationId == method.CreatorId, cancellationToken) is { } user)
        {
            var (subject, body) = LanguageScope.Write(user.Language, () => (text["Method.Rejected.Subject"].Value,
                text["Method.Rejected.Text", user.DisplayName, method.Provider.Name, method.MaskedAccountNumber, method.ReviewNote ?? ""]
                    .Value));
            await mailer.SendAsync(user.Email!, subject, body, cancellationToken);
        }

        return PayoutMethodView.Of(method, now);
    }

    /// <summary>Checks the second factor; a wrong try (and a code's time step used) is saved even though the change is refused.</summary>
    private static async Task ConfirmAsync(TapbridgeDbContext db, Action check, CancellationToken cancellationToken)
    {
        try
        {
            check();
        }
        finally
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task<CreatorPayoutMethods> ViewAsync(TapbridgeDbContext db, Creator creator, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var methods = await db.Set<PayoutMethod>().AsNoTracking().Where(m => m.CreatorId == creator.Id).OrderByDescending(m => m.AddedAt).Take(20).ToListAsync(cancellationToken);
        var current = methods.FirstOrDefault(m => m.IsCurrent && m.MarketCode == creator.MarketCode);
        var accounts = db.Users.Where(u => u.OrganizationId == creator.Id).Select(u => u.Id);
        return new CreatorPayoutMethods(creator.MarketCode, creator.DisplayName, current is null ? null : PayoutMethodView.Of(current, now),
            [.. methods.Where(m => m != current).Select(m => PayoutMethodView.Of(m, now))], PayoutProvider.For(creator.MarketCode), HoldHours)
        {
            AuthenticatorOn = await db.Set<PayoutAuthenticator>().AnyAsync(a => accounts.Contains(a.UserId) && a.EnabledAt != null, cancellationToken),
        };
    }

    private static async Task<Creator> CreatorAsync(TapbridgeDbContext db, Guid creatorId, CancellationToken cancellationToken) =>
        await db.Set<Creator>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == creatorId, cancellationToken) ?? throw new NotFoundException("Creator");

    private (string Subject, string Text) ChangedMail(string name, PayoutMethod method, bool held, DateTimeOffset now)
    {
        var when = held
            ? text["Method.Changed.Held", method.Market.ToLocal(method.UsableFrom), words[$"Market.{method.Market.Code}"].Value].Value
            : text["Method.Changed.Now"].Value;
        var review = method.Status == PayoutMethodStatus.NeedsReview ? "\n\n" + text["Method.Changed.Review"].Value : "";
        return (text["Method.Changed.Subject"].Value, text["Method.Changed.Text", name, method.Market.ToLocal(now), method.Provider.Name,
            method.MaskedAccountNumber, method.HolderName, when, review].Value);
    }

    /// <summary>"m•••@example.com": enough for the person to recognise their address.</summary>
    private static string MaskEmail(string email) => email.IndexOf('@', StringComparison.Ordinal) is > 0 and var at ? $"{email[0]}•••{email[at..]}" : "•••";
}
