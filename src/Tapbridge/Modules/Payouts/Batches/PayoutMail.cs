using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Mail;

namespace Tapbridge.Modules.Payouts.Batches;

/// <summary>The payout mails to creators: scheduled (the batch was approved), sent, and failed with the reason. Accounts appear masked.</summary>
public sealed class PayoutMail(Mailer mailer, ILogger<PayoutMail> logger)
{
    public async Task ScheduledAsync(TapbridgeDbContext db, PayoutBatch batch, IReadOnlyList<PayoutLine> lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await SendAsync(db, lines, line => ($"Your payout of {batch.Market.FormatMoney(line.Amount)} is on its way",
            $"the agency approved your payout of {batch.Market.FormatMoney(line.Amount)} to {line.Provider} {line.MaskedAccountNumber}, for {batch.PayDate:d MMM yyyy} (reference {batch.Reference}-{line.Number}). " +
            "We mail you again when the bank confirms it."), cancellationToken);
    }

    public async Task ResultsAsync(TapbridgeDbContext db, PayoutBatch batch, IReadOnlyList<PayoutLine> lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await SendAsync(db, lines, line => line.Status == PayoutLineStatus.Paid
            ? ($"Paid: {batch.Market.FormatMoney(line.Amount)} sent to {line.Provider}",
                $"the bank sent your payout of {batch.Market.FormatMoney(line.Amount)} to {line.Provider} {line.MaskedAccountNumber} (reference {batch.Reference}-{line.Number}). Its statement is under Me → Payouts.")
            : ($"Your payout of {batch.Market.FormatMoney(line.Amount)} could not be sent",
                $"the bank could not send your payout of {batch.Market.FormatMoney(line.Amount)} to {line.Provider} {line.MaskedAccountNumber}: {line.FailureReason}. " +
                "The amount is back in your payable balance and goes out with the next payout; check your payout method under Me → Payouts."), cancellationToken);
    }

    private async Task SendAsync(TapbridgeDbContext db, IReadOnlyList<PayoutLine> lines, Func<PayoutLine, (string Subject, string Body)> write, CancellationToken cancellationToken)
    {
        var ids = lines.Select(l => l.CreatorId).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => EF.Parameter(ids).Contains(u.OrganizationId)).ToListAsync(cancellationToken);
        foreach (var line in lines)
        {
            foreach (var user in users.Where(u => u.OrganizationId == line.CreatorId && u.Email != null))
            {
                var (subject, body) = write(line);
                try
                {
                    await mailer.SendAsync(user.Email!, subject, $"Hello {user.DisplayName},\n\n{char.ToUpperInvariant(body[0])}{body[1..]}\n", cancellationToken);
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
