using System.Globalization;
using System.Resources;

namespace Tapbridge.Portals.Creator;

/// <summary>
/// The creator portal's words (CreatorText.resx and its translations). The static properties serve the sign-up form's
/// validation attributes (<c>ErrorMessageResourceType</c>), which cannot take an injected localizer.
/// </summary>
internal sealed class CreatorText
{
    private static readonly ResourceManager Resources = new(typeof(CreatorText));

    private CreatorText()
    {
    }

    public static string SignUpHandleRequired => Get("SignUp.Handle.Required");

    public static string SignUpMarketRequired => Get("SignUp.Market.Required");

    public static string SignUpNameRequired => Get("SignUp.Name.Required");

    public static string SignUpNameLength => Get("SignUp.Name.Length");

    public static string SignUpFollowersRequired => Get("SignUp.Followers.Required");

    public static string SignUpFollowersRange => Get("SignUp.Followers.Range");

    public static string SignUpEmailRequired => Get("SignUp.Email.Required");

    public static string SignUpEmailInvalid => Get("SignUp.Email.Invalid");

    private static string Get(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;
}
