using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Commissions;
using Tapbridge.Modules.Orders;
using Tapbridge.Platform.Data;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Platform;

/// <summary>
/// Rows written by <see cref="BulkRows"/> are rows EF wrote: read back and queried by every kind of column (GUIDs,
/// enums stored as text, dates, times as Unix milliseconds, nulls), a line and its earning share one row, and a stale
/// update or a duplicate is a conflict.
/// </summary>
public abstract class BulkRowsTests(TapbridgeApp fixture) : AppTests(fixture)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 3, 4, 5, 678, TimeSpan.Zero);

    [Fact]
    public async Task Rows_written_in_bulk_read_back_and_are_found_by_EF_exactly_as_written()
    {
        var (line, earning, entries) = ConfirmedEarning();
        await using (var scope = App.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await BulkRows.InsertAsync(db, [(line, earning)], CancellationToken.None);
            await BulkRows.InsertAsync(db, entries, CancellationToken.None);
            await transaction.CommitAsync();
        }

        await using var read = App.Scope();
        var set = read.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
        var storedLine = await set.Set<OrderLine>().AsNoTracking().SingleAsync(l => l.Id == line.Id && l.OrderId == line.OrderId && l.Status == TikTokLineStatus.Completed && l.DeliveredAt == line.DeliveredAt);
        storedLine.ShouldBeEquivalentTo(line);
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
        var (line, earning, _) = ConfirmedEarning();
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await BulkRows.InsertAsync(db, [(line, earning)], CancellationToken.None);
            await transaction.CommitAsync();
        }

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var stale = await Should.ThrowAsync<DbUpdateConcurrencyException>(() => BulkRows.UpdateAsync(db, [(earning, (object?)(earning.Version - 1))], CancellationToken.None));
            DbConflicts.IsConflict(stale).ShouldBeTrue();
            await Should.ThrowAsync<DbUpdateConcurrencyException>(() => BulkRows.UpdateAsync(db, [(earning, (object?)null)], CancellationToken.None));
            await BulkRows.UpdateAsync(db, [(earning, (object?)earning.Version)], CancellationToken.None);
            await transaction.RollbackAsync();
        }

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var duplicate = await Should.ThrowAsync<DbUpdateException>(() => BulkRows.InsertAsync(db, [(line, earning)], CancellationToken.None));
            DbConflicts.IsConflict(duplicate).ShouldBeTrue(duplicate.InnerException?.Message);
        }
    }

    [Fact]
    public async Task A_line_stored_without_its_earning_gets_it_by_an_update_against_no_version_once()
    {
        var (line, earning, _) = ConfirmedEarning();
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await BulkRows.InsertAsync(db, [line], CancellationToken.None);
            (await db.Set<LineEarning>().AnyAsync(e => e.LineId == line.Id)).ShouldBeFalse();
            await BulkRows.UpdateAsync(db, [(earning, (object?)null)], CancellationToken.None);
            await Should.ThrowAsync<DbUpdateConcurrencyException>(() => BulkRows.UpdateAsync(db, [(earning, (object?)null)], CancellationToken.None));
            await transaction.CommitAsync();
        }

        (await db.Set<LineEarning>().AsNoTracking().SingleAsync(e => e.LineId == line.Id)).ShouldBeEquivalentTo(earning);
        (await db.Set<OrderLine>().AsNoTracking().SingleAsync(l => l.Id == line.Id)).ShouldBeEquivalentTo(line);
    }

    private static (OrderLine Line, LineEarning Earning, List<LedgerEntry> Entries) ConfirmedEarning()
    {
        var line = OrderLine.Start(new OrderLineSnapshot
        {
            MarketCode = "PH", Currency = "PHP", OrderId = $"57{Random.Shared.NextInt64(100_000_000_000_000, 999_999_999_999_999)}", SkuId = "1729000000000000001",
            ProductId = "1729000000000000900", ProductName = "Bulk serum", CreatorUsername = "bulk_creator", Price = 61_725, Quantity = 1, TapRate = 2000, CreatorRate = 5500,
            Status = TikTokLineStatus.Completed, OrderedAt = Now.AddDays(-30), DeliveredAt = Now.AddDays(-25),
            Estimated = new ReportedAmounts(61_725, 12_345, 6_789, 0, 0), Actual = new ReportedAmounts(61_725, 12_345, 6_789, 0, 0),
        }, LineSource.Api, Now);
        var facts = new LineFacts(line.Id, "PH", "PHP", Guid.NewGuid(), null, 12_345, 6_789, null, false, null, Now.AddDays(-30), Now.AddDays(-25));
        var earning = LineEarning.For(facts);
        List<LedgerEntry> entries = [.. earning.Apply(facts, _ => new ShareRate(2500, "Tier default: Rising, PH"), 14, $"line:{facts.LineId}:v1", "First reported", Now)];
        entries.Add(earning.Mature(PayoutCalendar.Default, Now)!);
        earning.Stage.ShouldBe(EarningStage.Confirmed);
        return (line, earning, entries);
    }
}

public sealed class BulkRowsTestsOnSqlite(SqliteApp app) : BulkRowsTests(app), IClassFixture<SqliteApp>;

public sealed class BulkRowsTestsOnPostgres(PostgresApp app) : BulkRowsTests(app), IClassFixture<PostgresApp>;
