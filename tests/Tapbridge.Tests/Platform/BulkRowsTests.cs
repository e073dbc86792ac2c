using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Commissions;
using Tapbridge.Platform.Data;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Platform;

/// <summary>
/// Rows written by <see cref="BulkRows"/> are rows EF wrote: read back and queried by every kind of column (GUIDs,
/// enums stored as text, dates, times as Unix milliseconds, nulls), and a stale update or a duplicate is a conflict.
/// </summary>
public abstract class BulkRowsTests(TapbridgeApp fixture) : AppTests(fixture)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 3, 4, 5, 678, TimeSpan.Zero);

    [Fact]
    public async Task Rows_written_in_bulk_read_back_and_are_found_by_EF_exactly_as_written()
    {
        var (earning, entries) = ConfirmedEarning();
        await using (var scope = App.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await BulkRows.InsertAsync(db, [earning], CancellationToken.None);
            await BulkRows.InsertAsync(db, entries, CancellationToken.None);
            await transaction.CommitAsync();
        }

        await using var read = App.Scope();
        var set = read.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
        var stored = await set.Set<LineEarning>().AsNoTracking().SingleAsync(e => e.LineId == earning.LineId && e.CreatorId == earning.CreatorId
            && e.Stage == EarningStage.Confirmed && e.PayDate == earning.PayDate && e.ConfirmedAt == earning.ConfirmedAt && e.CampaignId == null);
        stored.ShouldBeEquivalentTo(earning);
        var keys = entries.Select(e => e.SourceKey).ToList();
        var written = await set.Set<LedgerEntry>().AsNoTracking().Where(e => keys.Contains(e.SourceKey)).ToListAsync();
        written.OrderBy(e => e.SourceKey, StringComparer.Ordinal).ToList().ShouldBeEquivalentTo(entries.OrderBy(e => e.SourceKey, StringComparer.Ordinal).ToList());
        (await set.Set<LedgerEntry>().Where(e => e.CreatorId == earning.CreatorId && e.Currency == "PHP").SumAsync(e => e.CreatorConfirmed)).ShouldBe(-earning.Share);
        (await set.Set<LedgerEntry>().AsNoTracking().CountAsync(e => e.LineId == earning.LineId && e.Kind == EntryKind.Confirmation && e.PostedAt == Now)).ShouldBe(1);
    }

    [Fact]
    public async Task An_update_against_a_version_that_moved_on_is_a_conflict_and_a_duplicate_insert_too()
    {
        var (earning, _) = ConfirmedEarning();
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await BulkRows.InsertAsync(db, [earning], CancellationToken.None);
            await transaction.CommitAsync();
        }

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var stale = await Should.ThrowAsync<DbUpdateConcurrencyException>(() => BulkRows.UpdateAsync(db, [(earning, (object)(earning.Version - 1))], CancellationToken.None));
            DbConflicts.IsConflict(stale).ShouldBeTrue();
            await BulkRows.UpdateAsync(db, [(earning, (object)earning.Version)], CancellationToken.None);
            await transaction.RollbackAsync();
        }

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var duplicate = await Should.ThrowAsync<DbUpdateException>(() => BulkRows.InsertAsync(db, [earning], CancellationToken.None));
            DbConflicts.IsConflict(duplicate).ShouldBeTrue(duplicate.InnerException?.Message);
        }
    }

    private static (LineEarning Earning, List<LedgerEntry> Entries) ConfirmedEarning()
    {
        var facts = new LineFacts(Guid.CreateVersion7(), "PH", "PHP", Guid.NewGuid(), null, 12_345, 6_789, null, false, null, Now.AddDays(-30), Now.AddDays(-25));
        var earning = LineEarning.For(facts);
        List<LedgerEntry> entries = [.. earning.Apply(facts, _ => new ShareRate(2500, "Tier default: Rising, PH"), 14, $"line:{facts.LineId}:v1", "First reported", Now)];
        entries.Add(earning.Mature(PayoutCalendar.Default, Now)!);
        earning.Stage.ShouldBe(EarningStage.Confirmed);
        return (earning, entries);
    }
}

public sealed class BulkRowsTestsOnSqlite(SqliteApp app) : BulkRowsTests(app), IClassFixture<SqliteApp>;

public sealed class BulkRowsTestsOnPostgres(PostgresApp app) : BulkRowsTests(app), IClassFixture<PostgresApp>;
