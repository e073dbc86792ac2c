using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Localization;
using Tapbridge.Platform.Mail;

namespace Tapbridge.Modules.Payouts.Batches;

/// <summary>
/// The payout mails to creators, each in the creator's language: scheduled (the batch was approved), sent, and failed
/// with the reason. Accounts appear masked.
/// </summary>
public sealed class PayoutMail(Mailer mailer, IStringLocalizerFactory localizers, ILogger<PayoutMail> logger)
{
    // Through the factory: the marker is internal, so this public class cannot take its typed localizer.
    private readonly IStringLocalizer text = localizers.Create(typeof(PayoutsMailText));

    public async Task ScheduledAsync(TapbridgeDbContext db, PayoutBatch batch, IReadOnlyList<PayoutLine> lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await SendAsync(db, batch, lines, (line, name, reference) =>
        {
            var amount = batch.Market.FormatMoney(line.Amount);
            return (text["Payout.Scheduled.Subject", amount].Value,
                text["Payout.Scheduled.Text", name, amount, line.Provider ?? "", line.MaskedAccountNumber ?? "", batch.PayDate, reference]
                    .Value);
        }, cancellationToken);
    }

    public async Task ResultsAsync(TapbridgeDbContext db, PayoutBatch batch, IReadOnlyList<PayoutLine> lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await SendAsync(db, batch, lines, (line, name, reference) =>
        {
            var (amount, provider, account) = (batch.Market.FormatMoney(line.Amount), line.Provider ?? "", line.MaskedAccountNumber ?? "");
            return line.Status == PayoutLineStatus.Paid
                ? (text["Payout.Paid.Subject", amount, provider].Value,
                    text["Payout.Paid.Text", name, amount, provider, account, reference].Value)
                : (text["Payout.Failed.Subject", amount].Value,
                    text["Payout.Failed.Text", name, amount, provider, account, line.FailureReason ?? ""].Value);
        }, cancellationToken);
    }

    /// <summary>Mails each line's creator what <paramref name="write"/> writes (line, name, reference) in the creator's language.</summary>
    private async Task SendAsync(TapbridgeDbContext db, PayoutBatch batch, IReadOnlyList<PayoutLine> lines,
        Func<PayoutLine, string, string, (string Subject, string Text)> write, CancellationToken cancellationToken)
    {
        var ids = lines.Select(l => l.CreatorId).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => EF.Parameter(ids).Contains(u.OrganizationId)).ToListAsync(cancellationToken);
        foreach (var line in lines)
        {
            // Outside the reader's language: a reference is an identifier, and the Thai calendar would change its year.
            var reference = $"{batch.Reference}-{line.Number}";
            foreach (var user in users.Where(u => u.OrganizationId == line.CreatorId && u.Email != null))
            {
                var (subject, body) = LanguageScope.Write(user.Language, () => write(line, user.DisplayName, reference));
                try
                {
                    await mailer.SendAsync(user.Email!, subject, body, cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The money already moved; a mail that does not go out must not undo it or stop the others.
                    logger.LogWarning(e, "Payout mail {Subject} to creator {CreatorId} failed", subject, line.CreatorId);
                }
            }
        }
    }
}
