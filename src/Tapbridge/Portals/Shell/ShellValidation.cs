using System.Globalization;
using System.Resources;

namespace Tapbridge.Portals.Shell;

/// <summary>
/// The account forms' validation messages in the page's language: DataAnnotations attributes name a property here
/// (<c>ErrorMessageResourceType</c>/<c>ErrorMessageResourceName</c>) and read it each time they report.
/// </summary>
internal static class ShellValidation
{
    private static readonly ResourceManager Resources = new(typeof(ShellText));

    public static string EnterEmail => Text("Validation.EnterEmail");

    public static string ValidEmail => Text("Validation.ValidEmail");

    public static string EnterPassword => Text("Validation.EnterPassword");

    public static string EnterCurrentPassword => Text("Validation.EnterCurrentPassword");

    public static string EnterName => Text("Validation.EnterName");

    public static string NameLength => Text("Validation.NameLength");

    private static string Text(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;
}
