namespace Tapbridge.Tests.Infrastructure;

/// <summary>
/// Base of integration tests that run on both databases: a test class derives once per provider
/// (e.g. <c>SignInTestsOnSqlite</c>, <c>SignInTestsOnPostgres</c>) and every test runs on each.
/// </summary>
public abstract class AppTests(TapbridgeApp fixture)
{
    protected TapbridgeApp App => fixture.Require();
}
