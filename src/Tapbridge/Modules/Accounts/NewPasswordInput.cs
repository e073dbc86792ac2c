using System.ComponentModel.DataAnnotations;

namespace Tapbridge.Modules.Accounts;

/// <summary>
/// A new password typed twice, for every form that sets one. Identity's options enforce the rules;
/// these attributes only let the form say what is wrong before a round trip.
/// </summary>
public class NewPasswordInput
{
    [Required(ErrorMessage = "Choose a password.")]
    [StringLength(MaxLengthPasswordValidator.MaxLength, MinimumLength = 12, ErrorMessage = "Use 12 to 128 characters.")]
    public string Password { get; set; } = "";

    [Compare(nameof(Password), ErrorMessage = "The two passwords are not the same.")]
    public string ConfirmPassword { get; set; } = "";
}
