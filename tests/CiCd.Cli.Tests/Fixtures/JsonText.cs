using System.Text.Json;

namespace CiCd.Cli.Tests.Fixtures;

/// <summary>Parses JSON the tool printed or wrote, into an element that outlives its document.</summary>
public static class JsonText
{
    public static JsonElement Parse(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static JsonElement ReadFile(string path) => Parse(File.ReadAllText(path));
}
