using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Platform.Data;

/// <summary>
/// A market's consecutive months or days, told apart inside a database query: <see cref="Of"/> in a selector given to
/// <see cref="Expand{T, TKey}"/> becomes a sum of CASEs over the ranges' starts, which are computed here in the market's time
/// zone. The databases cannot do it themselves alike: SQLite keeps instants as unix milliseconds and knows no time zones.
/// </summary>
public sealed class TimeRanges
{
    private static readonly MethodInfo OfMethod = typeof(TimeRanges).GetMethod(nameof(Of))!;
    private readonly IReadOnlyList<DateOnly> firsts;
    private readonly IReadOnlyList<Bound> bounds;

    private TimeRanges(Market market, IReadOnlyList<DateOnly> firsts, DateOnly end)
    {
        this.firsts = firsts;
        bounds = [.. firsts.Append(end).Select(d => new Bound(market.StartOf(d)))];
    }

    /// <summary>The number of ranges; <see cref="Of"/> gives -1 before the first and <see cref="Count"/> after the last.</summary>
    public int Count => firsts.Count;

    /// <summary>The market's months from the one holding <paramref name="from"/> to the one holding <paramref name="to"/>.</summary>
    public static TimeRanges Months(Market market, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(market);
        var first = LocalDay(market, from);
        var last = LocalDay(market, to);
        var months = new List<DateOnly>();
        for (var m = new DateOnly(first.Year, first.Month, 1); m <= last; m = m.AddMonths(1))
        {
            months.Add(m);
        }

        return new TimeRanges(market, months, months[^1].AddMonths(1));
    }

    /// <summary>The market's days from the one holding <paramref name="from"/> to the one holding <paramref name="to"/>.</summary>
    public static TimeRanges Days(Market market, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(market);
        var first = LocalDay(market, from);
        var days = Enumerable.Range(0, LocalDay(market, to).DayNumber - first.DayNumber + 1).Select(first.AddDays).ToList();
        return new TimeRanges(market, days, days[^1].AddDays(1));
    }

    /// <summary>The local day the range <paramref name="index"/> starts on.</summary>
    public DateOnly this[int index] => firsts[index];

    public bool Holds(int index) => index >= 0 && index < Count;

    /// <summary>Which range <paramref name="at"/> falls in; only inside a selector given to <see cref="Expand{T, TKey}"/>.</summary>
    public static int Of(DateTimeOffset at) => throw new InvalidOperationException($"{nameof(TimeRanges)}.{nameof(Of)} runs only inside a database query.");

    /// <summary><paramref name="selector"/> with each <see cref="Of"/> replaced by the sum over these ranges.</summary>
    public Expression<Func<T, TKey>> Expand<T, TKey>(Expression<Func<T, TKey>> selector) => (Expression<Func<T, TKey>>)new Expander(this).Visit(selector);

    /// <summary>
    /// Groups rows by ranges fitted to the data: <paramref name="span"/> reads the first and last instant, <paramref name="group"/>
    /// groups by the ranges between them. A row added outside the span between the two reads is caught, and the ranges fitted again.
    /// </summary>
    public static async Task<(TimeRanges? Ranges, List<T> Groups)> FitAsync<T>(
        Func<Task<(DateTimeOffset From, DateTimeOffset To)?>> span, Func<DateTimeOffset, DateTimeOffset, TimeRanges> split, Func<TimeRanges, Task<List<T>>> group,
        Func<T, int> rangeOf)
    {
        ArgumentNullException.ThrowIfNull(span);
        ArgumentNullException.ThrowIfNull(split);
        ArgumentNullException.ThrowIfNull(group);
        while (await span() is { } found)
        {
            var ranges = split(found.From, found.To);
            var groups = await group(ranges);
            if (groups.TrueForAll(g => ranges.Holds(rangeOf(g))))
            {
                return (ranges, groups);
            }
        }

        return (null, []);
    }

    /// <summary>The first and last of <paramref name="instants"/> (two index seeks where an index orders them), or null when there are none.</summary>
    public static async Task<(DateTimeOffset From, DateTimeOffset To)?> SpanAsync(IQueryable<DateTimeOffset> instants, CancellationToken cancellationToken)
    {
        var from = await instants.OrderBy(a => a).Select(a => (DateTimeOffset?)a).FirstOrDefaultAsync(cancellationToken);
        var to = await instants.OrderByDescending(a => a).Select(a => (DateTimeOffset?)a).FirstOrDefaultAsync(cancellationToken);
        return from is { } f && to is { } t ? (f, t) : null;
    }

    /// <summary><paramref name="rows"/> grouped by <paramref name="key"/>, in which <see cref="Of"/> names the range of an instant.</summary>
    public IQueryable<IGrouping<TKey, T>> GroupBy<T, TKey>(IQueryable<T> rows, Expression<Func<T, TKey>> key) => rows.GroupBy(Expand(key));

    /// <summary>"2026-10": the range's first day as the month it starts.</summary>
    public string Month(int index) => firsts[index].ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    private static DateOnly LocalDay(Market market, DateTimeOffset at) => DateOnly.FromDateTime(market.ToLocal(at).DateTime);

    /// <summary>
    /// (at &gt;= start0 ? 1 : 0) + (at &gt;= start1 ? 1 : 0) + … - 1: a sum, not nested conditionals, whose translation EF
    /// simplifies in time exponential in their depth. The starts go as parameters, so the query's plan is reused.
    /// </summary>
    private Expression Case(Expression at)
    {
        Expression result = Expression.Constant(-1);
        foreach (var bound in bounds)
        {
            var start = Expression.Property(Expression.Constant(bound), nameof(Bound.Start));
            result = Expression.Add(result, Expression.Condition(Expression.GreaterThanOrEqual(at, start), Expression.Constant(1), Expression.Constant(0)));
        }

        return result;
    }

    private sealed record Bound(DateTimeOffset Start);

    private sealed class Expander(TimeRanges ranges) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node) =>
            node.Method == OfMethod ? ranges.Case(Visit(node.Arguments[0])) : base.VisitMethodCall(node);
    }
}
