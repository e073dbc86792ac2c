using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;

namespace Tapbridge.Platform;

/// <summary>
/// A business rule refused a change. <see cref="Field"/> names the input at fault when there is one. The message is in
/// the reader's language (<see cref="CultureInfo.CurrentUICulture"/>, numbers and dates in <see cref="CultureInfo.CurrentCulture"/>);
/// <see cref="English"/> is the same message in English, for what is stored in the database or logged.
/// </summary>
public sealed class RuleViolationException : Exception
{
    private static readonly ConcurrentDictionary<Type, ResourceManager> Texts = new();

    /// <summary>A refusal in words that come from outside (e.g. TikTok's own message): the same in every language.</summary>
    public RuleViolationException(string message, string? field = null)
        : this(message, message, field)
    {
    }

    private RuleViolationException(string message, string english, string? field)
        : base(message)
    {
        English = english;
        Field = field;
    }

    public string? Field { get; }

    /// <summary>The message in English (numbers and dates in the invariant culture): what is stored or logged.</summary>
    public string English { get; }

    /// <summary>
    /// The refusal worded by <paramref name="key"/> of the text area of marker class <typeparamref name="TText"/> (its
    /// .resx and translations), with <paramref name="values"/> as its placeholders {0}, {1}…
    /// </summary>
    public static RuleViolationException Say<TText>(string key, string? field, params object?[] values)
    {
        var texts = Texts.GetOrAdd(typeof(TText), type => new ResourceManager(type));
        return new RuleViolationException(
            Format(texts, key, CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture, values),
            Format(texts, key, CultureInfo.InvariantCulture, CultureInfo.InvariantCulture, values),
            field);
    }

    /// <summary>Refuses with <see cref="Say{TText}"/>, naming <paramref name="field"/>, unless <paramref name="rule"/> holds.</summary>
    public static void Require<TText>(bool rule, string? field, string key, params object?[] values)
    {
        if (!rule)
        {
            throw Say<TText>(key, field, values);
        }
    }

    /// <summary>Several refusals as one, their sentences one after the other (e.g. the rows of a file that cannot be read).</summary>
    public static RuleViolationException Join(IReadOnlyCollection<RuleViolationException> refusals, string? field)
    {
        ArgumentNullException.ThrowIfNull(refusals);
        return new RuleViolationException(string.Join(" ", refusals.Select(r => r.Message)), string.Join(" ", refusals.Select(r => r.English)), field);
    }

    private static string Format(ResourceManager texts, string key, CultureInfo language, CultureInfo digits, object?[] values) =>
        string.Format(digits, texts.GetString(key, language) ?? throw new InvalidOperationException($"{texts.BaseName} has no text {key}."), values);
}
