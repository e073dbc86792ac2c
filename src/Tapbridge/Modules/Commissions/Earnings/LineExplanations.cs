using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Creators;
using Tapbridge.Modules.Orders;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Commissions.Earnings;

/// <summary>Why a line's amounts are what they are, and when it is paid. A creator may open their own lines only; staff any line.</summary>
public sealed class LineExplanations(IDbContextFactory<TapbridgeDbContext> contexts, EarningPostings postings, TimeProvider clock)
{
    public async Task<LineExplanation> ExplainAsync(Actor actor, Guid lineId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var line = await db.Set<OrderLine>().AsNoTracking().SingleOrDefaultAsync(l => l.Id == lineId, cancellationToken);
        if (line is null || (actor.Kind == OrganizationKind.Creator && line.CreatorId != actor.OrganizationId) || actor.Kind == OrganizationKind.Seller)
        {
            throw new NotFoundException("Order line");
        }

        var earning = await db.Set<LineEarning>().AsNoTracking().SingleAsync(e => e.LineId == lineId, cancellationToken);
        var handle = line.CreatorId is { } c ? await db.Set<Creator>().AsNoTracking().Where(x => x.Id == c).Select(x => x.Handle).SingleOrDefaultAsync(cancellationToken) : null;
        var campaign = (await CreatorEarnings.CampaignNamesAsync(db, [line.CampaignId], cancellationToken)).Values.FirstOrDefault();
        var history = (await db.Set<OrderLineChange>().AsNoTracking().Where(h => h.LineId == lineId).OrderBy(h => h.Version)
            .Select(h => new LineHistoryItem(h.At, h.Source, h.By, h.Summary, h.Status)).ToListAsync(cancellationToken))
            .Select(h => h with { SummaryPhrase = PhraseReader.Description(h.Summary) }).ToList();
        var entries = await db.Set<LedgerEntry>().AsNoTracking().Where(e => e.LineId == lineId).OrderBy(e => e.PostedAt).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var (confirm, pay) = earning.Expected((await PayoutSchedules.ForAsync(db, line.Market, cancellationToken)).Calendar, postings.HoldDays, now);
        var current = line.Current;
        var market = line.Market;
        var usesActual = line.Status is TikTokLineStatus.Completed || (line.Status == TikTokLineStatus.Frozen && current == line.Actual);
        var explanation = new LineExplanation(line.Id, line.MarketCode, line.Currency, line.OrderId, line.SkuId, line.ProductId, line.ProductName, campaign, line.TikTokCampaignId,
            line.CreatorUsername, handle, line.Attribution, line.ContentType, line.ContentId,
            line.Price, line.Quantity, line.ReturnedQuantity, line.RefundedQuantity, line.KeptQuantity, line.Status, line.OrderedAt, line.DeliveredAt,
            line.TapRate, line.CreatorRate,
            $"The seller's total commission of {Rates.Percent(line.TapRate)} goes to the agency (\"TAP rate\"); TikTok passes {Rates.Percent(line.CreatorRate)} of that to the creator, as fixed in the creator's promotion link.",
            earning.ShareRate, earning.ShareRateSource.Length > 0 ? earning.ShareRateSource : "No creator yet: no share",
            line.Estimated, line.Actual, usesActual, line.ExpectedBase, line.ExpectedTap, line.ExpectedCreator, line.Discrepancy, BaseNote(line, market),
            current.CreatorCommission, current.PartnerCommission, earning.Share,
            earning.Stage, earning.Hold(now), confirm, pay, earning.ConfirmedAt, earning.PayableAt, history,
            entries.Select(e => new LedgerEntryView(e.PostedAt, e.Kind, e.Description,
                [.. e.Legs.Select(l => new LedgerLegView(l.Account, l.CreatorId, l.Amount))])
            {
                DescriptionPhrase = PhraseReader.Description(e.Description),
            }).ToList())
        {
            ShareRatePhrase = PhraseReader.ShareSource(earning.ShareRateSource, earning.ShareRate),
            DiscrepancyPhrase = line.Discrepancy is null ? null : SayDiscrepancy(line),
            BaseNotePhrase = SayBaseNote(line),
            HoldPhrase = earning.HoldPhrase(now),
        };
        return actor.Kind == OrganizationKind.Creator ? ForCreator(explanation) : explanation;
    }

    /// <summary>
    /// What a creator may see of their own line: not whose username TikTok reported when staff assigned it, not which
    /// staff member did what, and no creator ids (a reassigned line's entries name the creator it came from).
    /// </summary>
    private static LineExplanation ForCreator(LineExplanation line) => line with
    {
        CreatorUsername = line.Attribution == Attribution.Handle ? line.CreatorUsername : "",
        History = line.History.Select(h => h with
        {
            By = h.Source switch
            {
                LineSource.Staff => "Agency staff",
                LineSource.Csv => "Partner Center export",
                LineSource.Api or LineSource.Webhook => h.By,
            },
        }).ToList(),
        Entries = line.Entries.Select(e => e with { Legs = e.Legs.Select(l => l with { CreatorId = null }).ToList() }).ToList(),
    };

    /// <summary>What <see cref="BaseNote"/> says, for the page to say it in the reader's language.</summary>
    private static Phrase? SayBaseNote(OrderLine line) => line.Status switch
    {
        TikTokLineStatus.Cancelled => Phrase.Of(PhraseKind.BaseCancelled),
        TikTokLineStatus.Deducted => Phrase.Of(PhraseKind.BaseDeducted),
        _ when line.ReturnedQuantity + line.RefundedQuantity > 0 => Phrase.Of(PhraseKind.BaseReturned,
            line.ReturnedQuantity + line.RefundedQuantity, line.Quantity, line.KeptQuantity, new PhraseMoney(line.Price)),
        TikTokLineStatus.Processing => Phrase.Of(PhraseKind.BaseEstimated),
        _ => null,
    };

    /// <summary>
    /// How TikTok's figures differ from Tapbridge's (what the line's <see cref="OrderLine.Discrepancy"/> says), for the
    /// page to say it in the reader's language.
    /// </summary>
    private static Phrase SayDiscrepancy(OrderLine line)
    {
        var snapshot = line.ToSnapshot();
        var differences = ExpectedAmounts.Of(snapshot).Differences(snapshot);
        if (differences.Count == 0)
        {
            return Phrase.Verbatim(line.Discrepancy ?? "");
        }

        var said = differences.Select(d => d.Kind switch
        {
            AmountDifferenceKind.BaseBelow => Phrase.Of(PhraseKind.BaseBelow, new PhraseMoney(d.Reported), new PhraseMoney(d.Expected)),
            AmountDifferenceKind.BaseAbove => Phrase.Of(PhraseKind.BaseAbove, new PhraseMoney(d.Reported), new PhraseMoney(d.Expected)),
            AmountDifferenceKind.Tap => Phrase.Of(PhraseKind.TapDiffers, new PhraseMoney(d.Reported), new PhrasePercent(d.Rate),
                new PhraseMoney(d.Expected)),
            AmountDifferenceKind.CreatorOnSale => Phrase.Of(PhraseKind.CreatorRateOnSale, new PhrasePercent(d.Rate), new PhraseMoney(d.Reported),
                new PhraseMoney(d.Expected)),
            AmountDifferenceKind.Creator => Phrase.Of(PhraseKind.CreatorDiffers, new PhraseMoney(d.Reported), new PhrasePercent(d.Rate),
                new PhraseMoney(d.Expected)),
        }).ToList();
        return Phrase.Of(PhraseKind.Sentence, Phrase.List(said));
    }

    /// <summary>Why the base is not price × quantity: returns and refunds, or a cancellation.</summary>
    private static string? BaseNote(OrderLine line, Market market) => line.Status switch
    {
        TikTokLineStatus.Cancelled => "The order was cancelled: there is no commission on it.",
        TikTokLineStatus.Deducted => "TikTok deducted the commission (a chargeback or a breach of TikTok's rules).",
        _ when line.ReturnedQuantity + line.RefundedQuantity > 0 =>
            $"{line.ReturnedQuantity + line.RefundedQuantity} of {line.Quantity} returned or refunded: the actual base counts {line.KeptQuantity} × {market.FormatMoney(line.Price)}.",
        TikTokLineStatus.Processing => "Estimated: TikTok reports the actual amounts when the order completes (after the return window).",
        _ => null,
    };
}
