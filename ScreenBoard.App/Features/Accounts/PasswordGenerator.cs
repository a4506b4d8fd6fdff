using System.Security.Cryptography;

namespace ScreenBoard.App.Features.Accounts;

/// <summary>Passwords the office hands out (new account, reset): random, readable, and within Identity's rules.</summary>
public static class PasswordGenerator
{
    // No 0/O, 1/l/I: people read these off a screen and type them.
    private const string Lower = "abcdefghijkmnpqrstuvwxyz";
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";
    private const string Symbols = "-!#%+";

    public static string Generate(int length = 14)
    {
        var all = Lower + Upper + Digits + Symbols;
        var chars = new List<char> { Pick(Lower), Pick(Upper), Pick(Digits), Pick(Symbols) };
        while (chars.Count < length)
        {
            chars.Add(Pick(all));
        }

        return new string(chars.OrderBy(_ => RandomNumberGenerator.GetInt32(int.MaxValue)).ToArray());
    }

    private static char Pick(string from) => from[RandomNumberGenerator.GetInt32(from.Length)];
}
