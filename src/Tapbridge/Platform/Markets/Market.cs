using System.Globalization;
using System.Runtime.CompilerServices;

namespace Tapbridge.Platform.Markets;

/// <summary>
/// A TikTok Shop market the agency can work in. Currency minor units follow ISO 4217 as TikTok settles them:
/// VND and IDR have none. The messenger is the contact channel TikTok requires on campaigns in that market.
/// </summary>
public sealed record Market(string Code, string Name, string Currency, int MinorUnits, string TimeZoneId, string Culture, string? RequiredMessenger)
{
    public static readonly Market Vietnam = new("VN", "Vietnam", "VND", 0, "Asia/Ho_Chi_Minh", "vi-VN", "Zalo");
    public static readonly Market Philippines = new("PH", "Philippines", "PHP", 2, "Asia/Manila", "en-PH", "Viber");
    public static readonly Market Thailand = new("TH", "Thailand", "THB", 2, "Asia/Bangkok", "th-TH", "LINE");
    public static readonly Market Indonesia = new("ID", "Indonesia", "IDR", 0, "Asia/Jakarta", "id-ID", "WhatsApp");
    public static readonly Market Malaysia = new("MY", "Malaysia", "MYR", 2, "Asia/Kuala_Lumpur", "ms-MY", "WhatsApp");
    public static readonly Market Singapore = new("SG", "Singapore", "SGD", 2, "Asia/Singapore", "en-SG", "WhatsApp");
    public static readonly Market UnitedStates = new("US", "United States", "USD", 2, "America/Los_Angeles", "en-US", null);

    public static readonly IReadOnlyList<Market> All = [Vietnam, Philippines, Thailand, Indonesia, Malaysia, Singapore, UnitedStates];

    /// <summary>
    /// The first month any amount can belong to: TikTok Shop's affiliate programme did not exist before. Dates before
    /// it are typing mistakes, not history.
    /// </summary>
    public static readonly DateOnly EarliestBusinessDay = new(2020, 1, 1);

    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    public static Market? Find(string? code) =>
        All.FirstOrDefault(m => string.Equals(m.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static Market Get(string code) =>
        Find(code) ?? throw RuleViolationException.Say<PlatformRules>("Market.Unsupported", "market", code, string.Join(", ", All.Select(m => m.Code)));

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone);

    /// <summary>The instant (in UTC) that a wall-clock time in this market stands for.</summary>
    public DateTimeOffset FromLocal(DateTime local)
    {
        var wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(wall, TimeZone.GetUtcOffset(wall)).ToUniversalTime();
    }

    /// <summary>Midnight at the start of <paramref name="day"/> in this market, in UTC.</summary>
    public DateTimeOffset StartOf(DateOnly day) => FromLocal(day.ToDateTime(TimeOnly.MinValue));

    /// <summary>An amount in this market's currency as integer minor units, rounded half away from zero.</summary>
    public long ToMinor(decimal amount) => (long)decimal.Round(amount * Scale, 0, MidpointRounding.AwayFromZero);

    /// <summary>
    /// The largest amount one entry may carry: 100 billion in the major unit (₫100,000,000,000, ₱100,000,000,000.00).
    /// Far above any real payment, and small enough that millions of them sum without overflowing a 64-bit integer.
    /// </summary>
    public long MaxAmount => ToMinor(100_000_000_000m);

    /// <summary>
    /// <see cref="ToMinor"/> for an amount a person typed: one past <see cref="MaxAmount"/> either way, so the rules
    /// refuse it by name instead of the conversion overflowing.
    /// </summary>
    public long ToMinorBounded(decimal amount) => ToMinor(Math.Clamp(amount, -ToMajor(MaxAmount) - 1, ToMajor(MaxAmount) + 1));

    public decimal ToMajor(long minor) => (decimal)minor / Scale;

    /// <summary>The sign people in the market write before an amount: ₫, ₱, ฿, Rp, RM, S$, $.</summary>
    public string Symbol => Currency switch
    {
        "VND" => "₫",
        "PHP" => "₱",
        "THB" => "฿",
        "IDR" => "Rp",
        "MYR" => "RM",
        "SGD" => "S$",
        "USD" => "$",
        _ => Currency + " ",
    };

    /// <summary>
    /// "₫74.470" for a Vietnamese reader, "₫74,470" for an English one, "₱1,299.00": the market's sign and decimals, the
    /// reader's digit grouping (the current culture, which follows the person's language).
    /// </summary>
    public string FormatMoney(long minor) => Money(minor).ToString(CultureInfo.CurrentCulture);

    /// <summary>
    /// The amount as <see cref="FormatMoney"/> writes it, with the digit grouping of the culture it is formatted with: a
    /// value for a sentence whose language is chosen later (a rule's message, also kept in English).
    /// </summary>
    public FormattableString Money(long minor) => FormattableStringFactory.Create(
        (minor < 0 ? "-" : "") + "{0}{1:N" + MinorUnits.ToString(CultureInfo.InvariantCulture) + "}", Symbol, Math.Abs(ToMajor(minor)));

    /// <summary>"1299.00" or "129000": the amount in major units for files, with the currency's decimals and no grouping.</summary>
    public string Plain(long minor) => ToMajor(minor).ToString("F" + MinorUnits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private decimal Scale => MinorUnits == 0 ? 1m : 100m;
}
