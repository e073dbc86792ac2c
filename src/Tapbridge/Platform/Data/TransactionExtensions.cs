namespace Tapbridge.Platform.Data;

public static class TransactionExtensions
{
    /// <summary>
    /// Runs <paramref name="work"/> in one transaction: all of it is stored, or none. On failure the context forgets
    /// what it tracked, so the caller (often a form that re-renders) sees the stored state, not the refused one.
    /// </summary>
    public static async Task<T> InTransactionAsync<T>(this TapbridgeDbContext db, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(work);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var result = await work();
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
    }
}
