namespace Tapbridge.Platform.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
