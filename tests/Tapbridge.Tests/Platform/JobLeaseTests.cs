using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Jobs;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Platform;

/// <summary>A recurring job runs on one instance at a time: the lease row decides, on either database.</summary>
public abstract class JobLeaseTests(TapbridgeApp fixture) : AppTests(fixture)
{
    private IDbContextFactory<TapbridgeDbContext> Contexts => App.Services.GetRequiredService<IDbContextFactory<TapbridgeDbContext>>();

    [Fact]
    public async Task Of_many_instances_racing_for_a_lease_exactly_one_wins()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var name = $"race-{Guid.NewGuid():N}";
        var instances = Enumerable.Range(0, 8).Select(i => new JobLeases(Contexts, clock, $"instance-{i}")).ToList();

        var won = await Task.WhenAll(instances.Select(l => l.TryAcquireAsync(name, TimeSpan.FromMinutes(1), CancellationToken.None)));

        won.Count(w => w).ShouldBe(1);
    }

    [Fact]
    public async Task A_lease_passes_on_only_when_it_expires_or_is_released()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var name = $"handover-{Guid.NewGuid():N}";
        var first = new JobLeases(Contexts, clock, "first");
        var second = new JobLeases(Contexts, clock, "second");

        (await first.TryAcquireAsync(name, TimeSpan.FromMinutes(1), CancellationToken.None)).ShouldBeTrue();
        (await second.TryAcquireAsync(name, TimeSpan.FromMinutes(1), CancellationToken.None)).ShouldBeFalse();
        (await first.TryAcquireAsync(name, TimeSpan.FromMinutes(1), CancellationToken.None)).ShouldBeTrue("the holder extends its own lease");
        clock.Advance(TimeSpan.FromMinutes(1));
        (await second.TryAcquireAsync(name, TimeSpan.FromMinutes(1), CancellationToken.None)).ShouldBeTrue("an expired lease is free");
        await second.ReleaseAsync(name, CancellationToken.None);
        (await first.TryAcquireAsync(name, TimeSpan.FromMinutes(1), CancellationToken.None)).ShouldBeTrue("a released lease is free");
    }
}

public sealed class JobLeaseTestsOnSqlite(SqliteApp app) : JobLeaseTests(app), IClassFixture<SqliteApp>;

public sealed class JobLeaseTestsOnPostgres(PostgresApp app) : JobLeaseTests(app), IClassFixture<PostgresApp>;
