using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Tapbridge.Tests.Platform.BadInput;

/// <summary>
/// Sees every write the app commits while it answers a request marked with <see cref="ProbeHeader"/>: a write inside a
/// transaction that is rolled back is forgotten, anything else is kept, so a refused request can be checked to have
/// changed nothing.
/// </summary>
public sealed partial class WriteWatch(IHttpContextAccessor requests) : DbCommandInterceptor, IDbTransactionInterceptor
{
    public const string ProbeHeader = "X-Bad-Input-Probe";

    private readonly ConcurrentDictionary<string, ConcurrentQueue<(DbTransaction? Transaction, string Sql)>> writes = new();

    public IReadOnlyList<string> WritesOf(string probe) =>
        writes.TryRemove(probe, out var found) ? found.Select(w => w.Sql).ToList() : [];

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result) =>
        Seen(command, result);

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Seen(command, result));

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result) => Seen(command, result);

    public override ValueTask<int> NonQueryExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Seen(command, result));

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(transaction);
        return Task.CompletedTask;
    }

    private T Seen<T>(DbCommand command, T result)
    {
        if (requests.HttpContext?.Request.Headers[ProbeHeader].ToString() is { Length: > 0 } probe && Write().IsMatch(command.CommandText))
        {
            writes.GetOrAdd(probe, _ => new()).Enqueue((command.Transaction, command.CommandText));
        }

        return result;
    }

    private void Forget(DbTransaction transaction)
    {
        foreach (var (probe, queue) in writes)
        {
            writes[probe] = new(queue.Where(w => !ReferenceEquals(w.Transaction, transaction)));
        }
    }

    [GeneratedRegex(@"^\s*(INSERT\s+INTO|UPDATE\s+\S+\s+SET|DELETE\s+FROM)\b", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex Write();
}
