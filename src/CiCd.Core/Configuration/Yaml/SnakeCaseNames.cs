using System.Text;

namespace CiCd.Configuration.Yaml;

/// <summary>Maps PascalCase enum members to the snake_case words written in mlops.yaml.</summary>
public static class SnakeCaseNames
{
    /// <summary>"LightGbm" → "light_gbm".</summary>
    public static string ToSnakeCase(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                builder.Append('_');
            }
            builder.Append(char.ToLowerInvariant(pascal[i]));
        }
        return builder.ToString();
    }

    /// <summary>The snake_case word for an enum member.</summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => ToSnakeCase(value.ToString());

    /// <summary>Parses the snake_case word for an enum member.</summary>
    public static bool TryParse<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Name(candidate), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }
}
