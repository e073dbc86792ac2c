using System.Linq.Expressions;

namespace Tapbridge.Modules.Commissions;

/// <summary>
/// The ledger's accounts, each defined once: whether it is kept per creator, and its column on <c>ledger_entries</c>
/// (ADR 13). An entry's posting and legs, what its amounts sum to, and the ledger check's balances all follow from this
/// list, so adding an account is its <see cref="LedgerAccount"/> member, its column on <see cref="LedgerEntry"/>, one
/// line here and a migration.
/// </summary>
internal static class ChartOfAccounts
{
    private static readonly ChartAccount[] Accounts =
    [
        new(LedgerAccount.TikTokReceivable, perCreator: false, e => e.TikTokReceivable),
        new(LedgerAccount.CommissionRevenue, perCreator: false, e => e.CommissionRevenue),
        new(LedgerAccount.CreatorShareExpense, perCreator: false, e => e.CreatorShareExpense),
        new(LedgerAccount.CreatorPending, perCreator: true, e => e.CreatorPending),
        new(LedgerAccount.CreatorConfirmed, perCreator: true, e => e.CreatorConfirmed),
        new(LedgerAccount.CreatorPayable, perCreator: true, e => e.CreatorPayable),
        new(LedgerAccount.TikTokPaidCreatorCommission, perCreator: true, e => e.TikTokPaidCreatorCommission),
        new(LedgerAccount.TikTokPaidCreatorCommissionContra, perCreator: false, e => e.TikTokPaidCreatorCommissionContra),
        new(LedgerAccount.CreatorInPayout, perCreator: true, e => e.CreatorInPayout),
        new(LedgerAccount.CreatorPaid, perCreator: true, e => e.CreatorPaid),
    ];

    private static readonly Dictionary<LedgerAccount, ChartAccount> ByAccount = Accounts.ToDictionary(a => a.Account);

    public static IReadOnlyList<ChartAccount> All => Accounts;

    public static ChartAccount Of(LedgerAccount account) => ByAccount[account];

    /// <summary>Entries whose amounts do not sum to zero, as a query the database answers.</summary>
    public static Expression<Func<LedgerEntry, bool>> Unbalanced { get; } = BuildUnbalanced();

    /// <summary>Each group's key and its sum of each account, in the order of <see cref="All"/>, in one query the database answers.</summary>
    public static IQueryable<AccountSums<TKey>> SumEach<TKey>(this IQueryable<IGrouping<TKey, LedgerEntry>> groups)
    {
        var group = Expression.Parameter(typeof(IGrouping<TKey, LedgerEntry>), "g");
        var sum = ((Func<IEnumerable<LedgerEntry>, Func<LedgerEntry, long>, long>)Enumerable.Sum).Method;
        var body = Expression.New(typeof(AccountSums<TKey>).GetConstructors().Single(),
            Expression.Property(group, nameof(IGrouping<TKey, LedgerEntry>.Key)),
            Expression.NewArrayInit(typeof(long), Accounts.Select(a => Expression.Call(sum, group, a.Column))));
        return groups.Select(Expression.Lambda<Func<IGrouping<TKey, LedgerEntry>, AccountSums<TKey>>>(body, group));
    }

    private static Expression<Func<LedgerEntry, bool>> BuildUnbalanced()
    {
        var entry = Expression.Parameter(typeof(LedgerEntry), "e");
        var total = Accounts.Select(a => new ReplaceParameter(a.Column.Parameters[0], entry).Visit(a.Column.Body)).Aggregate(Expression.Add);
        return Expression.Lambda<Func<LedgerEntry, bool>>(Expression.NotEqual(total, Expression.Constant(0L)), entry);
    }

    private sealed class ReplaceParameter(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}

/// <summary>One account of the chart: its column on the entry, read and added to through the same definition.</summary>
internal sealed class ChartAccount
{
    private readonly Func<LedgerEntry, long> read;
    private readonly Action<LedgerEntry, long> add;

    public ChartAccount(LedgerAccount account, bool perCreator, Expression<Func<LedgerEntry, long>> column)
    {
        ArgumentNullException.ThrowIfNull(column);
        Account = account;
        PerCreator = perCreator;
        Column = column;
        read = column.Compile();
        var amount = Expression.Parameter(typeof(long), "amount");
        add = Expression.Lambda<Action<LedgerEntry, long>>(Expression.AddAssign(column.Body, amount), column.Parameters[0], amount).Compile();
    }

    public LedgerAccount Account { get; }

    /// <summary>Whether the account is kept per creator (the entry's <see cref="LedgerEntry.CreatorId"/>).</summary>
    public bool PerCreator { get; }

    public Expression<Func<LedgerEntry, long>> Column { get; }

    public long Read(LedgerEntry entry) => read(entry);

    internal void Add(LedgerEntry entry, long amount) => add(entry, amount);
}

/// <summary>A group's key and its sum of each account, in the order of <see cref="ChartOfAccounts.All"/>.</summary>
internal sealed record AccountSums<TKey>(TKey Key, long[] Sums);
