using CiCd.Configuration;
using CiCd.Data.Arff;
using CiCd.Errors;
using CiCd.Storage;

namespace CiCd.Init;

/// <summary>The init stage: converts an ARFF input to CSV, writes the initial config, and proves it loads.</summary>
public static class ConfigInitializer
{
    /// <summary>Writes the config <paramref name="request"/> asks for; an existing file is replaced only when <paramref name="force"/>.</summary>
    public static InitResult Write(InitRequest request, bool force)
    {
        var configPath = Path.GetFullPath(request.ConfigPath);
        RefuseOverwrite(configPath, force);
        if (!File.Exists(request.DataPath))
        {
            throw new InputException(request.DataPath, null, null, "data file not found (--data)");
        }
        var data = Path.GetFullPath(request.DataPath);
        if (!string.Equals(Path.GetExtension(data), ".arff", StringComparison.OrdinalIgnoreCase))
        {
            return WriteFor(request with { DataPath = data, ConfigPath = configPath }, null);
        }
        var csv = Path.Combine(Path.GetDirectoryName(configPath)!, Path.GetFileNameWithoutExtension(data) + ".csv");
        RefuseOverwrite(csv, force);
        var existed = File.Exists(csv);
        var imported = ArffImporter.Import(data, csv);
        try
        {
            return WriteFor(request with { DataPath = csv, ConfigPath = configPath, DeclaredLevels = imported.DeclaredLevels() }, data);
        }
        catch (Exception e) when (!existed)
        {
            // A CSV left by a refused config would refuse the retry ("already exists"), once the rows or --target are mended.
            File.Delete(csv);
            // The CSV is gone, so a problem found in it names the ARFF file and line the user can open instead.
            if (e is InputException input && input.File == csv)
            {
                throw new InputException(data, input.Line is { } line ? imported.SourceLine(line) : null, null, input.Problem, input);
            }
            throw;
        }
    }

    /// <summary>Writes the config for a CSV that already exists (as <c>mlops data import --config-out</c> does after converting).</summary>
    public static InitResult WriteFor(InitRequest request, string? convertedFrom)
    {
        var draft = InitialConfig.Render(request);
        // The config must load as written: a guess the loader refuses is a bug here, not the user's to fix.
        var config = ConfigLoader.Parse(request.ConfigPath, draft.Text);
        AtomicFile.WriteAllText(request.ConfigPath, draft.Text);
        return new InitResult(request.ConfigPath, request.DataPath, convertedFrom, config, draft.Warnings);
    }

    /// <summary>Refuses (exit 2, naming the file) to replace a file that exists unless <paramref name="force"/>: what init and import write.</summary>
    public static void RefuseOverwrite(string path, bool force)
    {
        if (File.Exists(path) && !force)
        {
            throw new InputException(path, null, null, "already exists; pass --force to replace it");
        }
    }
}
