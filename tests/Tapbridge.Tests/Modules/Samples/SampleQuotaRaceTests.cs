using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Samples;
using Tapbridge.Modules.Samples.Requests;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Modules.Samples;

/// <summary>
/// Creators asking for the last samples at the same moment through two instances on one database: PostgreSQL, as in
/// production, and SQLite, where the demo and a single-machine install run.
/// </summary>
public abstract class SampleQuotaRaceTests(TapbridgeApp fixture)
{
    [Fact]
    public async Task Two_instances_answering_many_creators_at_once_never_give_more_samples_than_the_quota()
    {
        var first = fixture.Require();
        await using var second = new SecondInstance(first.ConnectionString, first.Provider);
        var (product, _, _) = await first.ProductWithSamplesAsync(quota: 3);
        var creators = new List<Guid>();
        for (var i = 0; i < 10; i++)
        {
            creators.Add((await first.ApprovedCreatorAsync()).Id);
        }

        var asks = creators.Select((creator, i) => AskAsync(i % 2 == 0 ? first.Services : second.Services, creator, product)).ToList();
        var outcomes = await Task.WhenAll(asks);

        outcomes.Count(o => o is null).ShouldBe(3, string.Join("; ", outcomes.OfType<string>()));
        outcomes.OfType<string>().ShouldAllBe(refusal => refusal.Contains("taken"));
        await using var scope = first.Scope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<TapbridgeDbContext>>().CreateDbContextAsync();
        (await db.Set<SampleRequest>().CountAsync(s => s.RegistrationId == product)).ShouldBe(3);
        (await db.Set<SampleQuotaUse>().SingleAsync(q => q.RegistrationId == product)).Booked.ShouldBe(3);
    }

    /// <summary>Null when the sample was given, else the refusal.</summary>
    private static async Task<string?> AskAsync(IServiceProvider instance, Guid creatorId, Guid product)
    {
        await using var scope = instance.CreateAsyncScope();
        var actor = new Actor(Guid.NewGuid(), creatorId, OrganizationKind.Creator, "Maria", new HashSet<string> { Roles.Creator });
        var ask = new AskForSample(product, "17293847562011", "Maria Dela Cruz", "+63 917 123 4567", "88 Jupiter Street, Makati City",
            ContentFormat.Video, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(5)));
        try
        {
            await scope.ServiceProvider.GetRequiredService<CreatorSamples>().AskAsync(actor, ask, CancellationToken.None);
            return null;
        }
        catch (RuleViolationException e)
        {
            return e.English;
        }
    }
}

public sealed class SampleQuotaRaceTestsOnSqlite(SqliteApp app) : SampleQuotaRaceTests(app), IClassFixture<SqliteApp>;

public sealed class SampleQuotaRaceTestsOnPostgres(PostgresApp app) : SampleQuotaRaceTests(app), IClassFixture<PostgresApp>;
