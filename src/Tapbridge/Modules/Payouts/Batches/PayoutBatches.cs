using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Agency;
using Tapbridge.Modules.Commissions;
using Tapbridge.Modules.Creators;
using Tapbridge.Modules.Payouts.Batches.BankFiles;
using Tapbridge.Modules.Payouts.Methods;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Markets;
using Tapbridge.Platform.Security;
using static Tapbridge.Platform.RuleViolationException;

namespace Tapbridge.Modules.Payouts.Batches;

/// <summary>
/// Finance's payout batches: one Finance user prepares a market's batch from the creators' payable balances (holding
/// those who cannot be paid, with why), another approves it, which posts it to the ledger in one transaction; the
/// bank file is built from the approved lines, and the bank's results post what was paid and return what failed.
/// Every step is checked against the batch's version and keyed in the ledger by its line, so a repeat, a second tab or
/// a second instance posts nothing twice.
/// </summary>
public sealed class PayoutBatches(IDbContextFactory<TapbridgeDbContext> contexts, AgencyDirectory agency, LedgerCheck ledger, PayoutMail mail, SecretProtector secrets,
    IEnumerable<IBankFileFormat> formats, IOptions<PayoutSettings> settings, ILogger<PayoutBatches> logger, TimeProvider clock)
{
    private static readonly Actor SchedulerActor = new(PayoutBatch.Scheduler, Guid.Empty, OrganizationKind.Agency, PayoutBatch.SchedulerName, new HashSet<string>());

    public Task<PayoutBatchView> PrepareAsync(Actor actor, string? marketCode, CancellationToken cancellationToken) => PrepareAsync(actor, marketCode, null, cancellationToken);

    /// <summary>
    /// The scheduler's run: each market's batch Payouts:PrepareDaysBefore days before its pay day, for Finance to review and
    /// approve; nothing when Payouts:PrepareOnSchedule is false (Finance prepares them).
    /// </summary>
    public async Task<IReadOnlyList<PayoutBatchView>> PrepareOnScheduleAsync(CancellationToken cancellationToken) =>
        settings.Value.PrepareOnSchedule ? await PrepareDueAsync(settings.Value.PrepareDaysBefore, cancellationToken) : [];

    /// <summary>
    /// In each market whose next pay day is at most <paramref name="daysBefore"/> days away and
    /// has no batch yet (one Finance dropped is not made again), prepares it for a Finance user to review.
    /// </summary>
    public async Task<IReadOnlyList<PayoutBatchView>> PrepareDueAsync(int daysBefore, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var prepared = new List<PayoutBatchView>();
        AgencyInfo agencyInfo;
        try
        {
            agencyInfo = await agency.GetAsync(cancellationToken);
        }
        catch (NotFoundException)
        {
            // Before the agency is set up there is nothing to pay.
            return prepared;
        }

        foreach (var market in agencyInfo.Markets)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var calendar = (await PayoutSchedules.ForAsync(db, market, cancellationToken)).Calendar;
            var payDate = calendar.NextPayDate(now, market);
            // Not before the cycle closed: a batch pays what was payable at its cut-off.
            if (DateOnly.FromDateTime(market.ToLocal(now).DateTime) < payDate.AddDays(-daysBefore) || now < calendar.CutOffFor(payDate, market)
                || await db.Set<PayoutBatch>().AnyAsync(b => b.MarketCode == market.Code && b.PayDate == payDate, cancellationToken))
            {
                continue;
            }

            try
            {
                prepared.Add(await PrepareAsync(SchedulerActor, market.Code, payDate, cancellationToken));
                logger.LogInformation("Prepared payout batch {Batch} for Finance to review", prepared[^1].Reference);
            }
            catch (RuleViolationException e)
            {
                logger.LogInformation("No {Market} payout batch for {PayDate}: {Reason}", market.Code, payDate, e.English);
            }
        }

        return prepared;
    }

    /// <summary>A batch for <paramref name="payDate"/> instead of the next pay day without a batch: the scheduler's, and the demo world's past payouts.</summary>
    internal async Task<PayoutBatchView> PrepareAsync(Actor actor, string? marketCode, DateOnly? payDate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var market = await agency.RequireMarketAsync(marketCode, cancellationToken);
        await RequireBalancedLedgerAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        Require<PayoutsRules>(!await db.Set<PayoutBatch>().AnyAsync(b => b.MarketCode == market.Code && (b.Status == PayoutBatchStatus.Prepared || b.Status == PayoutBatchStatus.Approved), cancellationToken),
            null, "Batch.Open", market.Name);
        var schedule = await PayoutSchedules.ForAsync(db, market, cancellationToken);
        var paying = payDate ?? await FreePayDateAsync(db, market, schedule.Calendar, now, cancellationToken);
        var cutOff = schedule.Calendar.CutOffFor(paying, market);
        var balances = await PayableBalancesAsync(db, market, null, cutOff, cancellationToken);
        var creators = await db.Set<Creator>().AsNoTracking().Where(c => EF.Parameter(balances.Keys.ToList()).Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var methods = await CurrentMethodsAsync(db, market, balances.Keys, cancellationToken);
        var id = Guid.CreateVersion7(now);
        var number = 0;
        var lines = balances.Where(b => creators.ContainsKey(b.Key)).OrderBy(b => creators[b.Key].Handle, StringComparer.Ordinal).Select(b =>
        {
            var method = methods.GetValueOrDefault(b.Key);
            var target = method is null ? null : new PayoutTarget(method.Id, method.Provider.Name, method.HolderName, method.AccountLast4);
            return PayoutLine.Create(id, b.Key, b.Value, Hold(b.Value, schedule, creators[b.Key], method, now), target, ++number);
        }).ToList();
        var batch = PayoutBatch.Prepare(id, market, paying, cutOff, lines, actor.UserId, actor.DisplayName, now);
        db.Add(batch);
        db.AddRange(lines);
        await SaveAsync(db, () => Say<PayoutsRules>("Batch.PreparedMeanwhile", null, market.Name), cancellationToken);
        return View(batch, lines, creators.ToDictionary(c => c.Key, c => c.Value.Handle));
    }

    /// <summary>A Finance user signs off a batch the scheduler prepared, so that another can approve it.</summary>
    public async Task<PayoutBatchView> ReviewAsync(Actor actor, Guid batchId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var batch = await BatchAsync(db, batchId, cancellationToken);
        batch.Review(actor.UserId, actor.DisplayName, clock.GetUtcNow());
        await SaveAsync(db, () => Say<PayoutsRules>("Batch.ReviewedMeanwhile", null), cancellationToken);
        return await GetAsync(batchId, cancellationToken);
    }

    public async Task<PayoutBatchView> ApproveAsync(Actor actor, Guid batchId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await RequireBalancedLedgerAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var batch = await BatchAsync(db, batchId, cancellationToken);
        batch.Approve(actor.UserId, actor.DisplayName, now);
        var lines = await db.Set<PayoutLine>().Where(l => l.BatchId == batchId).ToListAsync(cancellationToken);
        var included = lines.Where(l => l.Status == PayoutLineStatus.Included).ToList();
        var balances = await PayableBalancesAsync(db, batch.Market, included.Select(l => l.CreatorId).ToList(), null, cancellationToken);
        var methods = await CurrentMethodsAsync(db, batch.Market, included.Select(l => l.CreatorId), cancellationToken);
        foreach (var line in included)
        {
            // Nothing is paid beyond what is payable now, nor to an account other than the one Finance reviewed.
            Require<PayoutsRules>(balances.GetValueOrDefault(line.CreatorId) >= line.Amount && methods.GetValueOrDefault(line.CreatorId) is { } method && method.Id == line.MethodId && method.Hold(now) is null,
                null, "Batch.LineChanged", line.Number);
            db.Add(LedgerEntry.Post($"payout:{line.Id}", null, EntryKind.PayoutApproved, batch.Currency, $"Payout {batch.Reference}-{line.Number} to {line.Provider} {line.MaskedAccountNumber}", now,
                [(LedgerAccount.CreatorPayable, line.CreatorId, line.Amount), (LedgerAccount.CreatorInPayout, line.CreatorId, -line.Amount)])!);
        }

        await SaveAsync(db, () => Say<PayoutsRules>("Batch.ApprovedMeanwhile", null), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var handles = await HandlesAsync(db, lines, cancellationToken);
        await mail.ScheduledAsync(db, batch, included, cancellationToken);
        return View(batch, lines, handles);
    }

    public async Task<PayoutBatchView> CancelAsync(Guid batchId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var batch = await BatchAsync(db, batchId, cancellationToken);
        batch.Cancel();
        await SaveAsync(db, () => Say<PayoutsRules>("Batch.ChangedMeanwhile", null), cancellationToken);
        return await GetAsync(batchId, cancellationToken);
    }

    /// <summary>The formats a batch's bank file can be made in for <paramref name="marketCode"/>, with why one cannot be yet.</summary>
    public IReadOnlyList<BankFileFormatView> BankFileFormats(string marketCode)
    {
        var market = Market.Get(marketCode);
        return [.. formats.Where(f => f.Serves(market)).Select(f => new BankFileFormatView(f.Code, f.Name, f.Unavailable(market)))];
    }

    /// <summary>The bank transfer file of an approved batch in <paramref name="formatCode"/> (default CSV): the lines sent, with the full account numbers (the only place they are decrypted).</summary>
    public async Task<BankFile> BankFileAsync(Guid batchId, string? formatCode, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var batch = await db.Set<PayoutBatch>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken) ?? throw new NotFoundException("Payout batch");
        Require<PayoutsRules>(batch.Status is PayoutBatchStatus.Approved or PayoutBatchStatus.Completed, null, "BankFile.NotApproved");
        var format = formats.FirstOrDefault(f => f.Code == (formatCode ?? "csv") && f.Serves(batch.Market))
            ?? throw Say<PayoutsRules>("BankFile.UnknownFormat", "format", formatCode, batch.Market.Name, string.Join(", ", BankFileFormats(batch.MarketCode).Select(f => f.Code)));
        if (format.Unavailable(batch.Market) is { } unavailable)
        {
            // The format's own words about the agency's configuration (also shown on the batch's page): English only.
            throw new RuleViolationException(unavailable, "format");
        }

        var lines = await db.Set<PayoutLine>().AsNoTracking().Where(l => l.BatchId == batchId && l.Status != PayoutLineStatus.Held).OrderBy(l => l.Number).ToListAsync(cancellationToken);
        var methodIds = lines.Select(l => l.MethodId!.Value).ToList();
        var methods = await db.Set<PayoutMethod>().AsNoTracking().Where(m => EF.Parameter(methodIds).Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
        var handles = await HandlesAsync(db, lines, cancellationToken);
        var transfers = lines.Select(l => (Line: l, Method: methods[l.MethodId!.Value])).Select(x => new BankTransfer($"{batch.Reference}-{x.Line.Number}", x.Method.ProviderCode, x.Method.Provider.Name,
            x.Method.Kind, x.Method.HolderName, secrets.Unprotect(x.Method.ProtectedAccountNumber), x.Line.Amount, handles.GetValueOrDefault(x.Line.CreatorId, ""))).ToList();
        return format.Write(new BankFileBatch(batch.Reference, batch.Market, batch.PayDate, batch.ApprovedAt!.Value, transfers));
    }

    public async Task<PayoutBatchView> RecordResultAsync(Actor actor, Guid batchId, Guid lineId, PayoutResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(result);
        await ResultsAsync(actor, batchId, (_, lines) => [(lines.SingleOrDefault(l => l.Id == lineId) ?? throw new NotFoundException("Payout line"), result.Paid, result.Reason)], cancellationToken);
        return await GetAsync(batchId, cancellationToken);
    }

    /// <summary>
    /// The bank's result file (CSV with the columns reference, status — paid or failed — and reason): every row is
    /// checked before anything is recorded, so a file with an error records nothing and says which rows are wrong; the
    /// same file twice records nothing the second time.
    /// </summary>
    public async Task<ResultFileReport> UploadResultsAsync(Actor actor, Guid batchId, Stream file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var rows = await PayoutResultFile.ReadAsync(file, cancellationToken);
        var changed = await ResultsAsync(actor, batchId, (batch, lines) =>
        {
            var (matched, errors) = PayoutResultFile.Match(rows, batch.Reference, lines);
            if (errors.Count > 0)
            {
                throw Join([.. errors.Take(20)], "file");
            }

            return matched;
        }, cancellationToken);
        return new ResultFileReport(rows.Count, changed.Count(c => c.Status == PayoutLineStatus.Paid), changed.Count(c => c.Status == PayoutLineStatus.Failed), rows.Count - changed.Count);
    }

    /// <summary>Whether <paramref name="userId"/> prepared or reviewed the batch (and so cannot approve it).</summary>
    public async Task<bool> ReviewedByAsync(Guid batchId, Guid userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<PayoutBatch>().AnyAsync(b => b.Id == batchId && b.ReviewedById == userId, cancellationToken);
    }

    public async Task<IReadOnlyList<PayoutBatchView>> ListAsync(string? market, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var batches = await db.Set<PayoutBatch>().AsNoTracking().Where(b => market == null || b.MarketCode == market).OrderByDescending(b => b.PreparedAt).Take(50).ToListAsync(cancellationToken);
        return [.. batches.Select(b => View(b, [], []))];
    }

    public async Task<PayoutBatchView> GetAsync(Guid batchId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var batch = await db.Set<PayoutBatch>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken) ?? throw new NotFoundException("Payout batch");
        var lines = await db.Set<PayoutLine>().AsNoTracking().Where(l => l.BatchId == batchId).OrderBy(l => l.Number).ToListAsync(cancellationToken);
        return View(batch, lines, await HandlesAsync(db, lines, cancellationToken));
    }

    /// <summary>A creator's payouts (and the pay days they were held on, with why), newest first. Staff pass the creator; a creator sees only their own.</summary>
    public async Task<IReadOnlyList<CreatorPayoutView>> ForCreatorAsync(Actor actor, Guid? creatorId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var creator = actor.Kind == OrganizationKind.Creator ? actor.OrganizationId : creatorId ?? throw Say<PayoutsRules>("Batch.NameCreator", "creatorId");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Set<Creator>().AnyAsync(c => c.Id == creator, cancellationToken))
        {
            throw new NotFoundException("Creator");
        }

        var rows = await (from l in db.Set<PayoutLine>().AsNoTracking()
                          join b in db.Set<PayoutBatch>().AsNoTracking() on l.BatchId equals b.Id
                          where l.CreatorId == creator && b.Status != PayoutBatchStatus.Cancelled
                          orderby b.PayDate descending, b.PreparedAt descending
                          select new { l, b }).Take(60).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new CreatorPayoutView(r.l.Id, $"{r.b.Reference}-{r.l.Number}", r.b.PayDate, r.b.Currency, r.l.Amount,
            r.b.Status == PayoutBatchStatus.Prepared && r.l.Status == PayoutLineStatus.Included ? PayoutLineStatus.Included : r.l.Status, r.b.Status,
            r.l.HoldReason, r.l.Provider, r.l.MaskedAccountNumber, r.l.FailureReason, r.l.ResolvedAt))];
    }

    /// <summary>Records the results <paramref name="choose"/> picks in one transaction; returns the lines that changed.</summary>
    private async Task<List<PayoutLine>> ResultsAsync(Actor actor, Guid batchId, Func<PayoutBatch, List<PayoutLine>, IReadOnlyList<(PayoutLine Line, bool Paid, string? Reason)>> choose,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var batch = await BatchAsync(db, batchId, cancellationToken);
        var lines = await db.Set<PayoutLine>().Where(l => l.BatchId == batchId).ToListAsync(cancellationToken);
        var changed = new List<PayoutLine>();
        foreach (var (line, paid, reason) in choose(batch, lines))
        {
            Require<PayoutsRules>(line.Status != PayoutLineStatus.Held, "status", "Line.Held", line.Number);
            if (!line.Resolve(paid, reason, actor.DisplayName, now))
            {
                continue;
            }

            changed.Add(line);
            db.Add(LedgerEntry.Post($"{(paid ? "paid" : "failed")}:{line.Id}", null, paid ? EntryKind.PayoutPaid : EntryKind.PayoutFailed, batch.Currency,
                paid ? $"Paid: {batch.Reference}-{line.Number} to {line.Provider} {line.MaskedAccountNumber}" : $"Payout {batch.Reference}-{line.Number} failed: {line.FailureReason}; back to payable", now,
                [(LedgerAccount.CreatorInPayout, line.CreatorId, line.Amount), (paid ? LedgerAccount.CreatorPaid : LedgerAccount.CreatorPayable, line.CreatorId, -line.Amount)])!);
        }

        if (changed.Count > 0)
        {
            batch.ResultsIn(lines, now);
        }

        await SaveAsync(db, () => Say<PayoutsRules>("Batch.ResultsMeanwhile", null), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await mail.ResultsAsync(db, batch, changed, cancellationToken);
        return changed;
    }

    /// <summary>The first pay day from today on that has no live batch: after a month's batch is paid early, the next is next month's.</summary>
    private static async Task<DateOnly> FreePayDateAsync(TapbridgeDbContext db, Market market, PayoutCalendar calendar, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var payDate = calendar.NextPayDate(now, market);
        var taken = await db.Set<PayoutBatch>().AsNoTracking().Where(b => b.MarketCode == market.Code && b.Status != PayoutBatchStatus.Cancelled && b.PayDate >= payDate)
            .Select(b => b.PayDate).ToListAsync(cancellationToken);
        while (taken.Contains(payDate))
        {
            payDate = calendar.PayDateAfter(payDate);
        }

        return payDate;
    }

    private static string? Hold(long balance, PayoutSchedule schedule, Creator creator, PayoutMethod? method, DateTimeOffset now) =>
        schedule.NotPaid(balance)
        ?? (creator.Status != CreatorStatus.Approved ? $"@{creator.Handle} is {creator.Status.ToString().ToLowerInvariant()}: payouts are held until the agency reinstates them." : null)
        ?? (method is null ? "No payout method: the creator adds one under Me → Payouts." : method.Hold(now));

    /// <summary>
    /// Each creator's payable balance in the market's currency, from the ledger (what earnings made payable, less what
    /// payouts took): with <paramref name="cutOff"/>, only what became payable by then counts, while whatever took from the
    /// balance counts whenever it was posted, so the batch never pays what is no longer owed.
    /// </summary>
    private static async Task<Dictionary<Guid, long>> PayableBalancesAsync(TapbridgeDbContext db, Market market, IReadOnlyCollection<Guid>? creators, DateTimeOffset? cutOff,
        CancellationToken cancellationToken)
    {
        var entries = db.Set<LedgerEntry>().AsNoTracking().Where(LedgerEntry.MovesPayouts).Where(e => e.CreatorId != null && e.Currency == market.Currency);
        if (cutOff is { } until)
        {
            entries = entries.Where(e => e.CreatorPayable > 0 || e.EffectiveAt <= until);
        }

        if (creators is not null)
        {
            entries = entries.Where(e => EF.Parameter(creators).Contains(e.CreatorId!.Value));
        }

        return await entries.GroupBy(e => e.CreatorId!.Value).Select(g => new { Creator = g.Key, Balance = -g.Sum(e => e.CreatorPayable) }).Where(g => g.Balance != 0)
            .ToDictionaryAsync(g => g.Creator, g => g.Balance, cancellationToken);
    }

    private static async Task<Dictionary<Guid, PayoutMethod>> CurrentMethodsAsync(TapbridgeDbContext db, Market market, IEnumerable<Guid> creators, CancellationToken cancellationToken)
    {
        var ids = creators.ToList();
        return await db.Set<PayoutMethod>().AsNoTracking().Where(m => m.MarketCode == market.Code && m.EndedAt == null && EF.Parameter(ids).Contains(m.CreatorId))
            .ToDictionaryAsync(m => m.CreatorId, cancellationToken);
    }

    private static async Task<PayoutBatch> BatchAsync(TapbridgeDbContext db, Guid batchId, CancellationToken cancellationToken) =>
        await db.Set<PayoutBatch>().SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken) ?? throw new NotFoundException("Payout batch");

    private static async Task<Dictionary<Guid, string>> HandlesAsync(TapbridgeDbContext db, IEnumerable<PayoutLine> lines, CancellationToken cancellationToken)
    {
        var ids = lines.Select(l => l.CreatorId).Distinct().ToList();
        return await db.Set<Creator>().AsNoTracking().Where(c => EF.Parameter(ids).Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Handle, cancellationToken);
    }

    private async Task RequireBalancedLedgerAsync(CancellationToken cancellationToken)
    {
        var check = await ledger.RunAsync(cancellationToken);
        Require<PayoutsRules>(check.Balanced, null, "Ledger.Unbalanced", check.Problems.Count, check.Problems.Count > 0 ? check.Problems[0] : "");
    }

    /// <summary>Saves; a conflict with a change made meanwhile is refused with <paramref name="conflict"/>.</summary>
    private static async Task SaveAsync(TapbridgeDbContext db, Func<RuleViolationException> conflict, CancellationToken cancellationToken)
    {
        var moved = db.ChangeTracker.Entries<PayoutBatch>()
            .Where(e => e.State == EntityState.Added || e.Property(b => b.Status).IsModified)
            .Select(e => e.Entity.Status).ToList();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            PayoutTelemetry.Moved(moved);
        }
        catch (DbUpdateException e) when (DbConflicts.IsConflict(e))
        {
            throw conflict();
        }
    }

    private static PayoutBatchView View(PayoutBatch b, IReadOnlyList<PayoutLine> lines, Dictionary<Guid, string> handles) =>
        new(b.Id, b.Reference, b.MarketCode, b.Currency, b.PayDate, b.CutOffAt, b.Status, b.PreparedBy, b.PreparedAt, b.Scheduled, b.ReviewedBy, b.ReviewedAt, b.ApprovedBy, b.ApprovedAt, b.CompletedAt, b.Total, b.Included, b.Held,
            [.. lines.OrderBy(l => l.Number).Select(l => new PayoutLineView(l.Id, l.Number, $"{b.Reference}-{l.Number}", l.CreatorId, handles.GetValueOrDefault(l.CreatorId, ""), l.Amount, l.Status,
                l.HoldReason, l.Provider, l.HolderName, l.MaskedAccountNumber, l.FailureReason, l.ResolvedAt))]);
}
