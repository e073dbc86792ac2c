using Microsoft.EntityFrameworkCore;

namespace Tapbridge.Platform.Data;

public static class DbConflicts
{
    /// <summary>Another writer won a row (its version moved, or it inserted the same key first): worth reading again and retrying.</summary>
    public static bool IsConflict(DbUpdateException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e is DbUpdateConcurrencyException
            || e.InnerException is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 or 5 or 6 }
            || e.InnerException is Npgsql.PostgresException { SqlState: "23505" or "40001" or "40P01" };
    }
}
