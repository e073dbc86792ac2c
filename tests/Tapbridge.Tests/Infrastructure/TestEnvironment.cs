namespace Tapbridge.Tests.Infrastructure;

/// <summary>What the test script provides. When it says PostgreSQL is required, its absence fails tests instead of skipping them.</summary>
public static class TestEnvironment
{
    public static string? PostgresServer => Environment.GetEnvironmentVariable("TAPBRIDGE_TEST_POSTGRES") is { Length: > 0 } value ? value : null;

    public static bool PostgresRequired => Environment.GetEnvironmentVariable("TAPBRIDGE_REQUIRE_POSTGRES") == "1";

    public const string PostgresMissingMessage =
        "TAPBRIDGE_TEST_POSTGRES is not set: PostgreSQL tests need a server (./test.sh starts one).";
}
