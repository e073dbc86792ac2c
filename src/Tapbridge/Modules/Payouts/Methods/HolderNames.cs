using System.Globalization;
using System.Text;

namespace Tapbridge.Modules.Payouts.Methods;

/// <summary>
/// Whether an account holder's name is the creator's name on record: the same words in any order, ignoring case,
/// accents and punctuation ("SANTOS, MARIA" is "Maria Santos"; "Nguyễn Văn An" is "NGUYEN VAN AN"). Anything else is
/// for staff to judge (initials, a nickname, a spouse's account).
/// </summary>
internal static class HolderNames
{
    public static bool Match(string holder, string nameOnRecord)
    {
        var a = Words(holder);
        return a.Count > 0 && a.SequenceEqual(Words(nameOnRecord));
    }

    private static List<string> Words(string name)
    {
        var plain = new StringBuilder(name.Length);
        foreach (var c in name.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(char.IsLetterOrDigit(c) ? char.ToUpperInvariant(c) : ' ');
            }
        }

        return [.. plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)];
    }
}
