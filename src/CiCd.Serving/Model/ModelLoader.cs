using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Serving.Hosting;
using CiCd.Serving.Input;
using CiCd.Serving.Scoring;
using CiCd.Storage;
using CiCd.Train;
using CiCd.Train.Trainers;
using Microsoft.Extensions.ObjectPool;
using Microsoft.Extensions.Options;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace CiCd.Serving.Model;

/// <summary>
/// Turns model files into a <see cref="ServedModel"/> or refuses them: the card must parse, the model's sha256
/// must match the card, the model must load with an input schema equal to the card's features, every pooled
/// scorer must score an example row (the warm-up), and a replacement must take the same fields as the model it replaces.
/// </summary>
public sealed class ModelLoader(IOptions<ServingOptions> options)
{
    // Scorers are cheap to keep but cost a mapper build to create: retain enough for every thread-pool thread that
    // may score at once, so a burst never builds (and then drops) scorers on the request path.
    private static readonly int PoolSize = Math.Max(8, Environment.ProcessorCount * 4);

    /// <summary>Runs once the model's checksum matched the card, before the model is read; a test replaces the file here.</summary>
    internal Action<string>? Checked { get; init; }

    /// <summary>Loads, verifies and warms the model in <paramref name="files"/>.</summary>
    public ServedModel Load(ModelFiles files, ServedModel? current)
    {
        var card = ReadCard(files.CardPath);
        // One open file for the checksum and the load: a retrain renaming its folder into place between the two would
        // otherwise have the next run's model served under this run's card, the checksum having passed on this one's.
        using var modelFile = Open(files.ModelPath);
        var sha = Hash(files.ModelPath, modelFile);
        if (!string.Equals(sha, card.ModelSha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new ModelRejectedException("checksum", $"{files.ModelPath}: sha256 {sha} does not match the card's {card.ModelSha256}");
        }
        Checked?.Invoke(files.ModelPath);
        var schema = Schema(files.CardPath, card);
        if (current is not null && !current.Schema.Accepts(schema))
        {
            throw new ModelRejectedException("schema", $"{files.CardPath}: the new model takes other fields or kinds than the one serving " +
                $"({string.Join(", ", schema.Features.Select(f => $"{f.Name}:{f.Kind}"))}); clients would break");
        }
        var (model, inputSchema) = ReadModel(files.ModelPath, modelFile);
        var featureIndexes = MatchSchema(files.ModelPath, inputSchema, schema);
        MatchTask(files.ModelPath, model, inputSchema, card.Task);
        var scorers = Scorers(files.ModelPath, model, inputSchema, featureIndexes, card.Task, schema);
        var pool = new DefaultObjectPool<IScorer>(new ScorerPoolPolicy(scorers.Create), PoolSize);
        var identity = new ModelIdentity(card.Name, files.Version ?? card.RunId);
        var served = new ServedModel(card, identity, files.ModelPath, schema, pool, files.Registry) { Scoring = scorers.Kind };
        WarmUp(served, pool, files.ModelPath);
        return served;
    }

    // The card passed its checks; whatever the schema or the scorers still refuse must be a refusal too, never an
    // exception that escapes the reloader and stops a host that is serving the previous version.
    private FeatureSchema Schema(string path, ModelCard card)
    {
        try
        {
            return new FeatureSchema(card.Features, options.Value.UnseenCategories, card.Target) { IgnoredColumns = card.IgnoredColumns ?? [] };
        }
        catch (Exception e) when (ModelLoadFailure.IsKnown(e))
        {
            throw ModelLoadFailure.Corrupt(path, "the card's features do not make an input schema", e);
        }
    }

    private static ScorerFactory Scorers(string path, ITransformer model, DataViewSchema inputSchema, int[] featureIndexes, TaskKind task, FeatureSchema schema)
    {
        try
        {
            return new ScorerFactory(model, inputSchema, featureIndexes, task, schema);
        }
        catch (Exception e) when (ModelLoadFailure.IsKnown(e))
        {
            throw ModelLoadFailure.Corrupt(path, "the model cannot be scored with the card's features", e);
        }
    }

    private static ModelCard ReadCard(string path)
    {
        try
        {
            // Checked in full: a duplicate or null feature name would otherwise throw while building the schema, outside
            // the refusals the reloader survives, and stop a service that is still serving the previous version.
            return ModelCardFile.Read(path);
        }
        catch (InputException e)
        {
            throw new ModelRejectedException("corrupt", $"model card unreadable: {e.Message}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelRejectedException("corrupt", $"{path}: model card unreadable ({e.GetType().Name}: {e.Message})", e);
        }
    }

    // The files can change between the source locating them and this read (a rewrite in progress): anything but a
    // refusal would escape the reloader and stop the host, taking the model still serving down with it.
    private static FileStream Open(string path)
    {
        try
        {
            return File.OpenRead(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ModelRejectedException("missing", $"{path}: file not found", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unreadable(path, e);
        }
    }

    private static string Hash(string path, FileStream model)
    {
        try
        {
            return ContentHash.Of(model);
        }
        catch (IOException e)
        {
            throw Unreadable(path, e);
        }
    }

    private static ModelRejectedException Unreadable(string path, Exception e) =>
        new("corrupt", $"{path}: unreadable ({e.GetType().Name}: {e.Message})", e);

    private static (ITransformer, DataViewSchema) ReadModel(string path, FileStream file)
    {
        try
        {
            file.Position = 0;
            var model = new MLContext().Model.Load(file, out var inputSchema);
            return (model, inputSchema);
        }
        catch (Exception e) when (ModelLoadFailure.IsKnown(e))
        {
            throw ModelLoadFailure.Corrupt(path, "not a loadable ML.NET model", e);
        }
    }

    // The saved input schema is the model's real contract; a card that disagrees with it describes another model.
    private static int[] MatchSchema(string path, DataViewSchema inputSchema, FeatureSchema schema)
    {
        var indexes = new int[inputSchema.Count];
        foreach (var column in inputSchema)
        {
            var index = schema.IndexOf(column.Name);
            var expected = index < 0 ? null : schema.Features[index].Kind == ColumnKind.Numeric ? (DataViewType)NumberDataViewType.Single : TextDataViewType.Instance;
            if (expected is null || !column.Type.Equals(expected))
            {
                throw new ModelRejectedException("schema", $"{path}: input column '{column.Name}' ({column.Type}) is not a feature of the card with that type");
            }
            indexes[column.Index] = index;
        }
        if (inputSchema.Count != schema.Features.Count)
        {
            throw new ModelRejectedException("schema", $"{path}: the model takes {Counted.Of(inputSchema.Count, "input")}, the card lists {schema.Features.Count}");
        }
        return indexes;
    }

    // A card whose task disagrees with its model would have the model's output read as something else: a classifier's
    // raw margin served as a regression value, or a regressor's number read as class probabilities.
    private static void MatchTask(string path, ITransformer model, DataViewSchema inputSchema, TaskKind task)
    {
        DataViewSchema output;
        try
        {
            output = model.GetOutputSchema(inputSchema);
        }
        catch (Exception e) when (ModelLoadFailure.IsKnown(e))
        {
            throw ModelLoadFailure.Corrupt(path, "the model cannot be applied to the card's features", e);
        }
        var predictsClasses = output.GetColumnOrNull(ColumnNames.PredictedLabel) is not null;
        if (predictsClasses == (task == TaskKind.Regression))
        {
            throw new ModelRejectedException("schema", $"{path}: the card says {task.ToString().ToLowerInvariant()} but the model " +
                (predictsClasses ? "predicts classes" : "predicts a number (a regression model)"));
        }
    }

    // Creating every scorer now pays the mapper construction and JIT before the model takes traffic.
    private static void WarmUp(ServedModel served, DefaultObjectPool<IScorer> pool, string path)
    {
        var example = served.Schema.Example();
        var scorers = new List<IScorer>(PoolSize);
        var probabilities = new double[served.Outputs];
        try
        {
            for (var i = 0; i < PoolSize; i++)
            {
                var scorer = pool.Get();
                scorers.Add(scorer);
                scorer.Score([example], 0, 1, probabilities);
            }
        }
        catch (Exception e) when (ModelLoadFailure.IsKnown(e))
        {
            throw ModelLoadFailure.Corrupt(path, "the model fails to score an example row", e);
        }
        scorers.ForEach(pool.Return);
    }
}
