using Microsoft.Data.Sqlite;
using Npgsql;

namespace Tapbridge.Platform.Data;

/// <summary>Where the product's data lives, read once from configuration and validated before anything starts.</summary>
/// <param name="MigrateOnStartup">Database:MigrateOnStartup: apply pending migrations before serving (default true).</param>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, bool MigrateOnStartup = true)
{
    public const string DefaultSqlite = "Data Source=data/tapbridge.db";

    public static DatabaseSettings Read(IConfiguration configuration, string contentRoot)
    {
        var providerName = configuration["Database:Provider"];
        DatabaseProvider provider;
        if (string.IsNullOrWhiteSpace(providerName))
        {
            provider = DatabaseProvider.Sqlite;
        }
        else if (!Enum.TryParse(providerName, ignoreCase: true, out provider) || !Enum.IsDefined(provider))
        {
            throw new InvalidConfigurationException(
                $"Database:Provider '{providerName}' is not supported; use Sqlite or Postgres.");
        }

        var connectionString = configuration.GetConnectionString("Tapbridge");
        var migrate = MigrateOnStartupOf(configuration["Database:MigrateOnStartup"]);
        return provider switch
        {
            DatabaseProvider.Sqlite => new(provider, NormalizeSqlite(connectionString ?? DefaultSqlite, contentRoot), migrate),
            DatabaseProvider.Postgres => new(provider, ValidatePostgres(connectionString), migrate),
        };
    }

    private static bool MigrateOnStartupOf(string? value) =>
        string.IsNullOrWhiteSpace(value) ? true
        : bool.TryParse(value, out var migrate) ? migrate
        : throw new InvalidConfigurationException($"Database:MigrateOnStartup '{value}' must be true or false.");

    private static string NormalizeSqlite(string connectionString, string contentRoot)
    {
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new InvalidConfigurationException($"ConnectionStrings:Tapbridge is not a valid SQLite connection string: {e.Message}");
        }

        if (string.IsNullOrWhiteSpace(builder.DataSource))
        {
            throw new InvalidConfigurationException("ConnectionStrings:Tapbridge names no SQLite Data Source.");
        }

        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        if (builder.DataSource != ":memory:")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        builder.Pooling = true;
        return builder.ToString();
    }

    private static string ValidatePostgres(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidConfigurationException("ConnectionStrings:Tapbridge is required when Database:Provider is Postgres.");
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            if (string.IsNullOrWhiteSpace(builder.Host))
            {
                throw new InvalidConfigurationException("ConnectionStrings:Tapbridge names no PostgreSQL Host.");
            }

            return builder.ConnectionString;
        }
        catch (ArgumentException e)
        {
            throw new InvalidConfigurationException($"ConnectionStrings:Tapbridge is not a valid PostgreSQL connection string: {e.Message}");
        }
    }
}
